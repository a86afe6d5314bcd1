import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../test/test-server';
import { describeStatement } from './log-serializers';

describe('error log lines', () => {
  let server: TestServer;
  const lines: string[] = [];
  beforeAll(async () => {
    server = await createTestServer({
      logger: { level: 'info', stream: { write: (line) => lines.push(line) } },
    });
  });
  afterAll(async () => {
    await server.close();
  });

  it('name a failed query by its SQLSTATE and statement, without the SQL values or the row', async () => {
    const personal = ['张三丰', '13800138000', '厂区东侧排口有黑色废水'];
    const failure = await server.db
      .execute(
        sql`SELECT ${personal[0]}::text AS name, ${`${personal[1]} ${personal[2]}`}::uuid FROM agencies`,
      )
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(Error);
    lines.length = 0;
    server.app.log.error({ err: failure }, 'unhandled error');
    expect(lines).toHaveLength(1);
    const logged = JSON.parse(lines[0]!);
    expect(logged.err).toMatchObject({
      code: '22P02',
      condition: 'invalid_text_representation',
      statement: 'select agencies',
    });
    for (const value of personal) expect(lines[0]).not.toContain(value);
    expect(lines[0]).not.toContain('::uuid');
  });

  it('keep the query string of a request out of the request log', async () => {
    lines.length = 0;
    await server.anonymous().get('/api/public/random-checks/results?q=13800138000');
    expect(lines.join('')).toContain('/api/public/random-checks/results');
    expect(lines.join('')).not.toContain('13800138000');
  });

  it('describe a statement by its verb and first table', () => {
    expect(describeStatement('insert into "audit_log" ("id", "summary") values ($1, $2)')).toBe(
      'insert audit_log',
    );
    expect(describeStatement('update "users" set "display_name" = $1 where "users"."id" = $2')).toBe(
      'update users',
    );
    expect(describeStatement('select "id" from "entities" where "name" like $1')).toBe('select entities');
    expect(describeStatement('SELECT pg_advisory_xact_lock($1)')).toBe('select');
  });
});
