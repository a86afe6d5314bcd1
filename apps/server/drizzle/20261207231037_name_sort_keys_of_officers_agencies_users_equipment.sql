ALTER TABLE "users" ADD COLUMN "display_name_sort_key" text COLLATE "C";--> statement-breakpoint
ALTER TABLE "equipment_items" ADD COLUMN "name_sort_key" text COLLATE "C";--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "name_sort_key" text COLLATE "C";--> statement-breakpoint
ALTER TABLE "officers" ADD COLUMN "name_sort_key" text COLLATE "C";--> statement-breakpoint
CREATE INDEX "users_display_name_sort_idx" ON "users" USING btree ("display_name_sort_key");--> statement-breakpoint
CREATE INDEX "equipment_items_name_sort_idx" ON "equipment_items" USING btree ("name_sort_key");--> statement-breakpoint
CREATE INDEX "officers_name_sort_idx" ON "officers" USING btree ("name_sort_key");