CREATE TABLE "import_job_errors" (
	"job_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"row_number" integer NOT NULL,
	"column_header" text,
	"value" text,
	"message" text NOT NULL,
	CONSTRAINT "import_job_errors_job_id_position_pk" PRIMARY KEY("job_id","position")
);
--> statement-breakpoint
ALTER TABLE "officer_awards" ADD COLUMN "kind" varchar(16) DEFAULT 'praise' NOT NULL;--> statement-breakpoint
ALTER TABLE "officer_secondments" ADD COLUMN "approved_by" uuid;--> statement-breakpoint
ALTER TABLE "officer_secondments" ADD COLUMN "filed_by" uuid;--> statement-breakpoint
ALTER TABLE "officers" ADD COLUMN "backbone_pool" varchar(16);--> statement-breakpoint
ALTER TABLE "import_job_errors" ADD CONSTRAINT "import_job_errors_job_id_import_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."import_jobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer_secondments" ADD CONSTRAINT "officer_secondments_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer_secondments" ADD CONSTRAINT "officer_secondments_filed_by_users_id_fk" FOREIGN KEY ("filed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;