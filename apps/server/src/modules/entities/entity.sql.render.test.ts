import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { entityRows, publicEntityRows } from './index';

const dialect = new PgDialect();
const rendered = (fragment: ReturnType<typeof sql>) => dialect.sqlToQuery(fragment).sql;

describe('entity sub-selects other areas join', () => {
  it('gives public disclosures an entity with identity and county only, never contacts, representative or coordinates', () => {
    const text = rendered(sql`SELECT 1 FROM ${publicEntityRows}`);
    for (const column of [
      'legal_representative',
      'contact_person',
      'contact_phone',
      'longitude',
      'latitude',
      'address',
      'permit_number',
    ]) {
      expect(text).not.toContain(column);
    }
    expect(Object.keys(publicEntityRows._.selectedFields).sort()).toEqual([
      'countyCode',
      'creditCode',
      'id',
      'name',
      'nameSortKey',
    ]);
  });

  it('renders as a named sub-select whose fields read through its alias, so a caller never names the table', () => {
    expect(rendered(sql`SELECT ${entityRows.name} FROM ${entityRows}`)).toMatch(
      /^SELECT "entity"\."name" FROM \(select .* from "regulated_entities"\) "entity"$/,
    );
  });
});
