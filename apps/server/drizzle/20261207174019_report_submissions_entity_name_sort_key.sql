CREATE TABLE "random_check_report_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"kind" varchar(16) NOT NULL,
	"period" varchar(7) NOT NULL,
	"status" varchar(16) NOT NULL,
	"due_on" date NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"submitted_by_user_id" uuid NOT NULL,
	"submitted_by_name" text NOT NULL,
	"figures" jsonb NOT NULL,
	"figures_hash" varchar(64) NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by_name" text,
	"withdraw_reason" text,
	"accepted_at" timestamp with time zone,
	"accepted_by_name" text
);
--> statement-breakpoint
ALTER TABLE "regulated_entities" ADD COLUMN "name_sort_key" text COLLATE "C";--> statement-breakpoint
ALTER TABLE "random_check_report_submissions" ADD CONSTRAINT "random_check_report_submissions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "random_check_report_submissions" ADD CONSTRAINT "random_check_report_submissions_submitted_by_user_id_users_id_fk" FOREIGN KEY ("submitted_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "random_check_report_submissions_current_idx" ON "random_check_report_submissions" USING btree ("agency_id","kind","period") WHERE "random_check_report_submissions"."status" <> 'withdrawn';--> statement-breakpoint
CREATE INDEX "random_check_report_submissions_period_idx" ON "random_check_report_submissions" USING btree ("kind","period");--> statement-breakpoint
CREATE INDEX "regulated_entities_name_sort_idx" ON "regulated_entities" USING btree ("name_sort_key");