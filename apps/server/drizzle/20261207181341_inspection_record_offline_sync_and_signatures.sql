CREATE TABLE "inspection_record_signatures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"record_id" uuid NOT NULL,
	"signer" varchar(20) NOT NULL,
	"officer_id" uuid,
	"signer_key" varchar(40) NOT NULL,
	"signer_name" text,
	"content" "bytea",
	"byte_size" integer,
	"sha256" varchar(64),
	"is_refused" boolean DEFAULT false NOT NULL,
	"refusal_note" text,
	"witness" text,
	"signed_at" timestamp with time zone NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
ALTER TABLE "inspection_records" ADD COLUMN "person_present_id_number" text;--> statement-breakpoint
ALTER TABLE "inspection_records" ADD COLUMN "person_present_phone" text;--> statement-breakpoint
ALTER TABLE "inspection_records" ADD COLUMN "certificates_shown" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "inspection_records" ADD COLUMN "rights_informed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "inspection_records" ADD COLUMN "recusal" jsonb;--> statement-breakpoint
ALTER TABLE "inspection_records" ADD COLUMN "revision" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "inspection_records" ADD COLUMN "last_draft_id" uuid;--> statement-breakpoint
ALTER TABLE "inspection_record_signatures" ADD CONSTRAINT "inspection_record_signatures_record_id_inspection_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."inspection_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_record_signatures" ADD CONSTRAINT "inspection_record_signatures_officer_id_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."officers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_record_signatures" ADD CONSTRAINT "inspection_record_signatures_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "inspection_record_signatures_signer_idx" ON "inspection_record_signatures" USING btree ("record_id","signer_key");