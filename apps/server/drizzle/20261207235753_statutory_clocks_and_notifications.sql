CREATE TABLE "clocks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_kind" varchar(32) NOT NULL,
	"subject_id" uuid NOT NULL,
	"kind" varchar(32) NOT NULL,
	"agency_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"responsible_user_id" uuid,
	"responsible_permission" varchar(48),
	"rule_key" varchar(48) NOT NULL,
	"amount" integer,
	"label" text NOT NULL,
	"basis" text NOT NULL,
	"subject" text NOT NULL,
	"context" text NOT NULL,
	"path" text NOT NULL,
	"started_on" date NOT NULL,
	"started_at" timestamp with time zone,
	"due_on" date,
	"visible_from" date NOT NULL,
	"pauses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"extensions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" varchar(16) NOT NULL,
	"met_on" date,
	"escalated_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" varchar(32) NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"path" text NOT NULL,
	"dedupe_key" varchar(120) NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "clocks" ADD CONSTRAINT "clocks_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clocks" ADD CONSTRAINT "clocks_responsible_user_id_users_id_fk" FOREIGN KEY ("responsible_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "clocks_subject_rule_idx" ON "clocks" USING btree ("subject_kind","subject_id","rule_key");--> statement-breakpoint
CREATE INDEX "clocks_open_agency_idx" ON "clocks" USING btree ("agency_id","due_on") WHERE "clocks"."status" = 'open';--> statement-breakpoint
CREATE INDEX "clocks_open_user_idx" ON "clocks" USING btree ("responsible_user_id") WHERE "clocks"."status" = 'open' AND "clocks"."responsible_user_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_user_dedupe_idx" ON "notifications" USING btree ("user_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "notifications_user_created_idx" ON "notifications" USING btree ("user_id","created_at");