CREATE TABLE "catalogue_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"catalogue_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"code" varchar(40) NOT NULL,
	"name" text NOT NULL,
	"data" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" varchar(40) NOT NULL,
	"owner_agency_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"status" varchar(16) NOT NULL,
	"effective_from" date,
	"based_on_id" uuid,
	"note" text,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "equipment_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"occurred_on" date NOT NULL,
	"from_status" varchar(16),
	"to_status" varchar(16) NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "equipment_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"category" varchar(40) NOT NULL,
	"name" text NOT NULL,
	"model" text,
	"serial_number" varchar(60),
	"asset_number" varchar(40),
	"acquired_on" date,
	"status" varchar(16) DEFAULT 'in_use' NOT NULL,
	"status_changed_on" date,
	"replaces_id" uuid,
	"note" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agency_staffing" (
	"agency_id" uuid PRIMARY KEY NOT NULL,
	"authorized_positions" integer NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entity_supervisors" (
	"entity_id" uuid NOT NULL,
	"officer_id" uuid NOT NULL,
	"assigned_on" date NOT NULL,
	"assigned_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "officer_awards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"officer_id" uuid NOT NULL,
	"title" text NOT NULL,
	"awarded_on" date NOT NULL,
	"awarded_by" text NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "officer_secondments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"officer_id" uuid NOT NULL,
	"host_organisation" text NOT NULL,
	"reason" text,
	"starts_on" date NOT NULL,
	"planned_ends_on" date NOT NULL,
	"returned_on" date,
	"leaves_city" boolean DEFAULT false NOT NULL,
	"approval_document" text,
	"approved_on" date,
	"filed_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "officer_trainings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"officer_id" uuid NOT NULL,
	"title" text NOT NULL,
	"kind" varchar(24) NOT NULL,
	"organiser" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"hours" integer NOT NULL,
	"is_passed" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "officers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"user_id" uuid,
	"real_name_number" varchar(24) NOT NULL,
	"name" text NOT NULL,
	"gender" varchar(8) NOT NULL,
	"birth_year" integer,
	"phone" text,
	"post" text NOT NULL,
	"status" varchar(16) DEFAULT 'on_duty' NOT NULL,
	"certificate_number" varchar(40),
	"certificate_issuer" text,
	"certificate_valid_from" date,
	"certificate_valid_until" date,
	"monitoring_certificate_number" varchar(40),
	"monitoring_certificate_valid_until" date,
	"has_legal_qualification" boolean DEFAULT false NOT NULL,
	"legal_qualification_number" varchar(40),
	"specialties" text[] DEFAULT '{}' NOT NULL,
	"is_backbone" boolean DEFAULT false NOT NULL,
	"backbone_since" date,
	"joined_on" date,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "compliance_point_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_id" uuid NOT NULL,
	"occurred_on" date NOT NULL,
	"points" integer NOT NULL,
	"reason" text NOT NULL,
	"source_type" varchar(32),
	"source_id" text,
	"agency_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_cards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_id" uuid NOT NULL,
	"color" varchar(8) NOT NULL,
	"reason" text NOT NULL,
	"basis" text,
	"document_number" varchar(60),
	"issued_on" date NOT NULL,
	"agency_id" uuid NOT NULL,
	"lifted_on" date,
	"lift_reason" text,
	"lifted_by_agency_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"level" varchar(16) NOT NULL,
	"evaluated_on" date NOT NULL,
	"agency_id" uuid NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entity_commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"letter_delivered_on" date,
	"delivery_method" varchar(24),
	"commitment_signed_on" date,
	"signatory" text,
	"document_sha256" varchar(64),
	"note" text,
	"agency_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entity_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_id" uuid NOT NULL,
	"occurred_on" date NOT NULL,
	"kind" varchar(32) NOT NULL,
	"title" text NOT NULL,
	"detail" text,
	"compliance" varchar(24),
	"source_type" varchar(32),
	"source_id" text,
	"agency_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entity_list_memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_id" uuid NOT NULL,
	"list" varchar(16) NOT NULL,
	"listed_on" date NOT NULL,
	"reason" text NOT NULL,
	"basis" text,
	"agency_id" uuid NOT NULL,
	"removed_on" date,
	"removal_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "import_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" varchar(32) NOT NULL,
	"file_name" text NOT NULL,
	"status" varchar(16) NOT NULL,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"processed_rows" integer DEFAULT 0 NOT NULL,
	"error_count" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_count" integer DEFAULT 0 NOT NULL,
	"updated_count" integer DEFAULT 0 NOT NULL,
	"agency_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "key_polluter_listings" (
	"entity_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"medium" varchar(24) NOT NULL,
	CONSTRAINT "key_polluter_listings_entity_id_year_medium_pk" PRIMARY KEY("entity_id","year","medium")
);
--> statement-breakpoint
CREATE TABLE "regulated_entities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"credit_code" varchar(18) NOT NULL,
	"name" text NOT NULL,
	"legal_representative" text,
	"address" text,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"owner_agency_id" uuid NOT NULL,
	"industry_code" varchar(4) NOT NULL,
	"permit_number" varchar(40),
	"permit_class" varchar(16),
	"permit_valid_until" date,
	"is_special_supervision" boolean DEFAULT false NOT NULL,
	"special_supervision_reason" text,
	"has_automatic_monitoring" boolean DEFAULT false NOT NULL,
	"is_monitoring_networked" boolean DEFAULT false NOT NULL,
	"operating_status" varchar(24) DEFAULT 'operating' NOT NULL,
	"longitude" double precision,
	"latitude" double precision,
	"contact_person" text,
	"contact_phone" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "catalogue_items" ADD CONSTRAINT "catalogue_items_catalogue_id_catalogues_id_fk" FOREIGN KEY ("catalogue_id") REFERENCES "public"."catalogues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogues" ADD CONSTRAINT "catalogues_owner_agency_id_agencies_id_fk" FOREIGN KEY ("owner_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogues" ADD CONSTRAINT "catalogues_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogues" ADD CONSTRAINT "catalogues_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_events" ADD CONSTRAINT "equipment_events_item_id_equipment_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."equipment_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_events" ADD CONSTRAINT "equipment_events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_items" ADD CONSTRAINT "equipment_items_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_staffing" ADD CONSTRAINT "agency_staffing_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_staffing" ADD CONSTRAINT "agency_staffing_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_supervisors" ADD CONSTRAINT "entity_supervisors_entity_id_regulated_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."regulated_entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_supervisors" ADD CONSTRAINT "entity_supervisors_officer_id_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."officers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_supervisors" ADD CONSTRAINT "entity_supervisors_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer_awards" ADD CONSTRAINT "officer_awards_officer_id_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."officers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer_secondments" ADD CONSTRAINT "officer_secondments_officer_id_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."officers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer_secondments" ADD CONSTRAINT "officer_secondments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer_trainings" ADD CONSTRAINT "officer_trainings_officer_id_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."officers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officers" ADD CONSTRAINT "officers_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officers" ADD CONSTRAINT "officers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_point_entries" ADD CONSTRAINT "compliance_point_entries_entity_id_regulated_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."regulated_entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_point_entries" ADD CONSTRAINT "compliance_point_entries_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_point_entries" ADD CONSTRAINT "compliance_point_entries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_cards" ADD CONSTRAINT "credit_cards_entity_id_regulated_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."regulated_entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_cards" ADD CONSTRAINT "credit_cards_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_cards" ADD CONSTRAINT "credit_cards_lifted_by_agency_id_agencies_id_fk" FOREIGN KEY ("lifted_by_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_cards" ADD CONSTRAINT "credit_cards_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_evaluations" ADD CONSTRAINT "credit_evaluations_entity_id_regulated_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."regulated_entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_evaluations" ADD CONSTRAINT "credit_evaluations_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_evaluations" ADD CONSTRAINT "credit_evaluations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_commitments" ADD CONSTRAINT "entity_commitments_entity_id_regulated_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."regulated_entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_commitments" ADD CONSTRAINT "entity_commitments_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_commitments" ADD CONSTRAINT "entity_commitments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_events" ADD CONSTRAINT "entity_events_entity_id_regulated_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."regulated_entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_events" ADD CONSTRAINT "entity_events_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_events" ADD CONSTRAINT "entity_events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_list_memberships" ADD CONSTRAINT "entity_list_memberships_entity_id_regulated_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."regulated_entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_list_memberships" ADD CONSTRAINT "entity_list_memberships_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_list_memberships" ADD CONSTRAINT "entity_list_memberships_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_polluter_listings" ADD CONSTRAINT "key_polluter_listings_entity_id_regulated_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."regulated_entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regulated_entities" ADD CONSTRAINT "regulated_entities_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regulated_entities" ADD CONSTRAINT "regulated_entities_owner_agency_id_agencies_id_fk" FOREIGN KEY ("owner_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "catalogue_items_catalogue_idx" ON "catalogue_items" USING btree ("catalogue_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "catalogue_items_code_idx" ON "catalogue_items" USING btree ("catalogue_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "catalogues_kind_owner_version_idx" ON "catalogues" USING btree ("kind","owner_agency_id","version");--> statement-breakpoint
CREATE INDEX "equipment_events_item_idx" ON "equipment_events" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "equipment_items_agency_idx" ON "equipment_items" USING btree ("agency_id","category");--> statement-breakpoint
CREATE UNIQUE INDEX "equipment_items_asset_number_idx" ON "equipment_items" USING btree ("asset_number");--> statement-breakpoint
CREATE UNIQUE INDEX "entity_supervisors_pair_idx" ON "entity_supervisors" USING btree ("entity_id","officer_id");--> statement-breakpoint
CREATE INDEX "entity_supervisors_officer_idx" ON "entity_supervisors" USING btree ("officer_id");--> statement-breakpoint
CREATE INDEX "officer_awards_officer_idx" ON "officer_awards" USING btree ("officer_id");--> statement-breakpoint
CREATE INDEX "officer_secondments_officer_idx" ON "officer_secondments" USING btree ("officer_id");--> statement-breakpoint
CREATE INDEX "officer_trainings_officer_idx" ON "officer_trainings" USING btree ("officer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "officers_real_name_number_idx" ON "officers" USING btree ("real_name_number");--> statement-breakpoint
CREATE UNIQUE INDEX "officers_user_id_idx" ON "officers" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "officers_agency_idx" ON "officers" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "officers_certificate_until_idx" ON "officers" USING btree ("certificate_valid_until");--> statement-breakpoint
CREATE INDEX "compliance_point_entries_entity_idx" ON "compliance_point_entries" USING btree ("entity_id","occurred_on");--> statement-breakpoint
CREATE INDEX "credit_cards_entity_idx" ON "credit_cards" USING btree ("entity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "credit_evaluations_entity_year_idx" ON "credit_evaluations" USING btree ("entity_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "entity_commitments_entity_year_idx" ON "entity_commitments" USING btree ("entity_id","year");--> statement-breakpoint
CREATE INDEX "entity_events_entity_idx" ON "entity_events" USING btree ("entity_id","occurred_on");--> statement-breakpoint
CREATE UNIQUE INDEX "entity_list_memberships_open_idx" ON "entity_list_memberships" USING btree ("entity_id","list") WHERE "entity_list_memberships"."removed_on" IS NULL;--> statement-breakpoint
CREATE INDEX "import_jobs_agency_idx" ON "import_jobs" USING btree ("agency_id","created_at");--> statement-breakpoint
CREATE INDEX "key_polluter_listings_year_idx" ON "key_polluter_listings" USING btree ("year","medium");--> statement-breakpoint
CREATE UNIQUE INDEX "regulated_entities_credit_code_idx" ON "regulated_entities" USING btree ("credit_code");--> statement-breakpoint
CREATE INDEX "regulated_entities_owner_idx" ON "regulated_entities" USING btree ("owner_agency_id");--> statement-breakpoint
CREATE INDEX "regulated_entities_county_idx" ON "regulated_entities" USING btree ("county_code");--> statement-breakpoint
CREATE INDEX "regulated_entities_industry_idx" ON "regulated_entities" USING btree ("industry_code");--> statement-breakpoint
CREATE INDEX "regulated_entities_name_idx" ON "regulated_entities" USING btree ("name");