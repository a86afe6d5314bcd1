import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMigrationJournal } from '../../db/migrate';
import { migrationsFolder } from '../../test/test-constants';
import { createTestServer, type TestServer } from '../../test/test-server';

describe('GET /api/health', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers without a session with the database kind and the newest migration', async () => {
    const response = await server.anonymous().get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      status: 'ok',
      database: process.env.QS_TEST_DB === 'postgres' ? 'postgresql' : 'pglite',
      migration: readMigrationJournal(migrationsFolder).at(-1)!.tag,
    });
  });

  it('serves the OpenAPI description generated from the zod contracts', async () => {
    const response = await server.anonymous().get('/api/openapi.json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe('3.0.3');
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/agencies', '/api/users', '/api/audit', '/api/health']),
    );
    const login = response.body.paths['/api/auth/login'].post;
    expect(login.requestBody.content['application/json'].schema.required).toEqual(['username', 'password']);
  });
});
