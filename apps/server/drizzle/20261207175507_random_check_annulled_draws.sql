CREATE TABLE "random_check_annulled_draws" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"commitment" varchar(64) NOT NULL,
	"committed_at" timestamp with time zone,
	"secret" varchar(64),
	"public_entropy" text,
	"seed" varchar(64),
	"draw_record" jsonb,
	"drawn_at" timestamp with time zone,
	"task_count" integer NOT NULL,
	"reason" text NOT NULL,
	"annulled_at" timestamp with time zone NOT NULL,
	"annulled_by" uuid
);
--> statement-breakpoint
ALTER TABLE "random_check_annulled_draws" ADD CONSTRAINT "random_check_annulled_draws_plan_id_random_check_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."random_check_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "random_check_annulled_draws" ADD CONSTRAINT "random_check_annulled_draws_annulled_by_users_id_fk" FOREIGN KEY ("annulled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "random_check_annulled_draws_plan_idx" ON "random_check_annulled_draws" USING btree ("plan_id");