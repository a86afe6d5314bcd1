-- Search by two characters (REG-1, the entity list's q; DECISIONS D57). pg_trgm extracts no
-- trigram from LIKE '%化工%', so a two-character search scanned every entity in scope. This index
-- holds every two-character substring (bigram) of the name, the legal representative and the
-- address: an entity whose text contains the two characters has that bigram, so
-- `entity_search_bigrams(...) @> ARRAY[q]` finds a superset of the LIKE matches from the index and
-- the LIKE itself, kept in the query, decides. An expression index, so every writer (forms,
-- imports by COPY, the demo loaders) keeps it right without code. Works the same on PGlite.
CREATE OR REPLACE FUNCTION entity_search_bigrams(name text, legal_representative text, address text)
RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT substr(t, i, 2)), '{}')
  FROM unnest(ARRAY[name, legal_representative, address]) AS t, generate_series(1, char_length(t) - 1) AS i
$$;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "regulated_entities_search_bigrams_idx" ON "regulated_entities"
  USING gin (entity_search_bigrams("name", "legal_representative", "address"));
