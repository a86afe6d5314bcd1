ALTER TABLE "clocks" DROP CONSTRAINT "clocks_responsible_user_id_users_id_fk";
--> statement-breakpoint
DROP INDEX "clocks_open_user_idx";--> statement-breakpoint
ALTER TABLE "clocks" ADD COLUMN "responsible_user_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
CREATE INDEX "clocks_open_user_idx" ON "clocks" USING gin ("responsible_user_ids") WHERE "clocks"."status" = 'open';--> statement-breakpoint
ALTER TABLE "clocks" DROP COLUMN "responsible_user_id";