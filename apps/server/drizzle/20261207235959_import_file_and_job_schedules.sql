CREATE TABLE "job_schedules" (
	"name" text PRIMARY KEY NOT NULL,
	"last_tick_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "import_jobs" ADD COLUMN "file" "bytea";