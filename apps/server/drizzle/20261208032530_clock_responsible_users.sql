ALTER TABLE "clocks" DROP CONSTRAINT "clocks_responsible_user_id_users_id_fk";
--> statement-breakpoint
DROP INDEX "clocks_open_user_idx";--> statement-breakpoint
ALTER TABLE "clocks" ADD COLUMN "responsible_user_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
CREATE INDEX "clocks_open_escalated_idx" ON "clocks" USING btree ("agency_id") WHERE "clocks"."status" = 'open' AND "clocks"."escalated_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "clocks_open_user_idx" ON "clocks" USING gin ("responsible_user_ids") WHERE "clocks"."status" = 'open';--> statement-breakpoint
-- Keep who answers for each existing clock: the one person becomes a list of one.
UPDATE "clocks" SET "responsible_user_ids" = ARRAY["responsible_user_id"] WHERE "responsible_user_id" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "clocks" DROP COLUMN "responsible_user_id";