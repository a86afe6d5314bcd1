CREATE TABLE "inspection_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"record_id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"catalogue_item_id" uuid,
	"description" text NOT NULL,
	"disposition" varchar(24) NOT NULL,
	"rectification_due_on" date,
	"handled_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"record_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" varchar(40) NOT NULL,
	"byte_size" integer NOT NULL,
	"sha256" varchar(64) NOT NULL,
	"content" "bytea" NOT NULL,
	"caption" text,
	"taken_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_record_confirmations" (
	"record_id" uuid NOT NULL,
	"officer_id" uuid NOT NULL,
	"user_id" uuid,
	"confirmed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "inspection_record_confirmations_record_id_officer_id_pk" PRIMARY KEY("record_id","officer_id")
);
--> statement-breakpoint
CREATE TABLE "inspection_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"inspected_on" date NOT NULL,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"location" text,
	"person_present" text,
	"person_present_position" text,
	"item_results" jsonb NOT NULL,
	"observations" text,
	"outcome" varchar(24) NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "officer_conflicts" (
	"officer_id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"declared_on" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "officer_conflicts_officer_id_entity_id_pk" PRIMARY KEY("officer_id","entity_id")
);
--> statement-breakpoint
CREATE TABLE "random_check_plan_items" (
	"plan_id" uuid NOT NULL,
	"catalogue_item_id" uuid NOT NULL,
	"required_specialty" varchar(40),
	CONSTRAINT "random_check_plan_items_plan_id_catalogue_item_id_pk" PRIMARY KEY("plan_id","catalogue_item_id")
);
--> statement-breakpoint
CREATE TABLE "random_check_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"number" varchar(40) NOT NULL,
	"title" text NOT NULL,
	"year" smallint NOT NULL,
	"kind" varchar(16) NOT NULL,
	"quarter" smallint,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"inspection_starts_on" date NOT NULL,
	"inspection_due_on" date NOT NULL,
	"publication_due_on" date NOT NULL,
	"pool_filter" jsonb NOT NULL,
	"ratio_officers" integer NOT NULL,
	"ratio_entities" integer NOT NULL,
	"key_polluter_percent" integer NOT NULL,
	"special_object_percent" integer NOT NULL,
	"min_officers_per_task" smallint NOT NULL,
	"is_cross_region" boolean DEFAULT false NOT NULL,
	"joint_departments" text[] DEFAULT '{}' NOT NULL,
	"status" varchar(16) NOT NULL,
	"secret" varchar(64),
	"commitment" varchar(64),
	"committed_at" timestamp with time zone,
	"public_entropy" text,
	"draw_witnesses" text,
	"seed" varchar(64),
	"algorithm_version" varchar(40),
	"draw_record" jsonb,
	"drawn_at" timestamp with time zone,
	"drawn_by" uuid,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "random_check_task_officers" (
	"task_id" uuid NOT NULL,
	"officer_id" uuid NOT NULL,
	"role" varchar(16) NOT NULL,
	CONSTRAINT "random_check_task_officers_task_id_officer_id_pk" PRIMARY KEY("task_id","officer_id")
);
--> statement-breakpoint
CREATE TABLE "random_check_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"stratum" varchar(16) NOT NULL,
	"position" integer NOT NULL,
	"item_ids" uuid[] NOT NULL,
	"status" varchar(16) NOT NULL,
	"outcome" varchar(24),
	"inspected_on" date,
	"completed_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "inspection_findings" ADD CONSTRAINT "inspection_findings_record_id_inspection_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."inspection_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_findings" ADD CONSTRAINT "inspection_findings_entity_id_regulated_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."regulated_entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_findings" ADD CONSTRAINT "inspection_findings_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_findings" ADD CONSTRAINT "inspection_findings_catalogue_item_id_catalogue_items_id_fk" FOREIGN KEY ("catalogue_item_id") REFERENCES "public"."catalogue_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_findings" ADD CONSTRAINT "inspection_findings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_photos" ADD CONSTRAINT "inspection_photos_record_id_inspection_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."inspection_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_photos" ADD CONSTRAINT "inspection_photos_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_record_confirmations" ADD CONSTRAINT "inspection_record_confirmations_record_id_inspection_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."inspection_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_record_confirmations" ADD CONSTRAINT "inspection_record_confirmations_officer_id_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."officers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_record_confirmations" ADD CONSTRAINT "inspection_record_confirmations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_records" ADD CONSTRAINT "inspection_records_task_id_random_check_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."random_check_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_records" ADD CONSTRAINT "inspection_records_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer_conflicts" ADD CONSTRAINT "officer_conflicts_officer_id_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."officers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer_conflicts" ADD CONSTRAINT "officer_conflicts_entity_id_regulated_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."regulated_entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer_conflicts" ADD CONSTRAINT "officer_conflicts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "random_check_plan_items" ADD CONSTRAINT "random_check_plan_items_plan_id_random_check_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."random_check_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "random_check_plan_items" ADD CONSTRAINT "random_check_plan_items_catalogue_item_id_catalogue_items_id_fk" FOREIGN KEY ("catalogue_item_id") REFERENCES "public"."catalogue_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "random_check_plans" ADD CONSTRAINT "random_check_plans_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "random_check_plans" ADD CONSTRAINT "random_check_plans_drawn_by_users_id_fk" FOREIGN KEY ("drawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "random_check_plans" ADD CONSTRAINT "random_check_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "random_check_task_officers" ADD CONSTRAINT "random_check_task_officers_task_id_random_check_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."random_check_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "random_check_task_officers" ADD CONSTRAINT "random_check_task_officers_officer_id_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."officers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "random_check_tasks" ADD CONSTRAINT "random_check_tasks_plan_id_random_check_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."random_check_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "random_check_tasks" ADD CONSTRAINT "random_check_tasks_entity_id_regulated_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."regulated_entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "random_check_tasks" ADD CONSTRAINT "random_check_tasks_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inspection_findings_agency_idx" ON "inspection_findings" USING btree ("agency_id","disposition");--> statement-breakpoint
CREATE INDEX "inspection_findings_entity_idx" ON "inspection_findings" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "inspection_photos_record_idx" ON "inspection_photos" USING btree ("record_id");--> statement-breakpoint
CREATE UNIQUE INDEX "inspection_records_task_idx" ON "inspection_records" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "officer_conflicts_entity_idx" ON "officer_conflicts" USING btree ("entity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "random_check_plans_number_idx" ON "random_check_plans" USING btree ("agency_id","number");--> statement-breakpoint
CREATE INDEX "random_check_plans_agency_year_idx" ON "random_check_plans" USING btree ("agency_id","year");--> statement-breakpoint
CREATE INDEX "random_check_task_officers_officer_idx" ON "random_check_task_officers" USING btree ("officer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "random_check_tasks_plan_entity_idx" ON "random_check_tasks" USING btree ("plan_id","entity_id");--> statement-breakpoint
CREATE INDEX "random_check_tasks_agency_idx" ON "random_check_tasks" USING btree ("agency_id","status");--> statement-breakpoint
CREATE INDEX "random_check_tasks_entity_idx" ON "random_check_tasks" USING btree ("entity_id");