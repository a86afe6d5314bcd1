-- Search by part of a name (REG-1, the entity list's q): LIKE '%…%' on the name, the legal
-- representative, the address and the credit code. A B-tree cannot serve a pattern that starts with
-- a wildcard, so the search scanned every entity in scope; trigram GIN indexes answer it from the
-- index (pg_trgm ships with PostgreSQL and with PGlite, which loads it in db/client.ts). Patterns
-- of fewer than three characters have no trigram and still scan (see docs/PERFORMANCE.md).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "regulated_entities_name_trgm_idx" ON "regulated_entities" USING gin ("name" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "regulated_entities_legal_representative_trgm_idx" ON "regulated_entities" USING gin ("legal_representative" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "regulated_entities_address_trgm_idx" ON "regulated_entities" USING gin ("address" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "regulated_entities_credit_code_trgm_idx" ON "regulated_entities" USING gin ("credit_code" gin_trgm_ops);
