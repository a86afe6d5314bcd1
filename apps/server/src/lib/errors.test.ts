import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies } from '../db/schema/index';
import { agencyId } from '../demo/demo.agencies';
import { latestAuditId } from '../test/test-fixtures';
import { createTestServer, type TestAgent, type TestServer } from '../test/test-server';

describe('bad requests', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  /** Sends a raw body, with the agent's session and CSRF token when one is given. */
  function sendRaw(
    method: 'POST' | 'PATCH',
    url: string,
    payload: string,
    contentType: string,
    agent?: TestAgent,
  ) {
    const cookie = agent
      ? [...agent.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
      : undefined;
    return server.app.inject({
      method,
      url,
      payload,
      headers: {
        'content-type': contentType,
        ...(cookie ? { cookie, 'x-csrf-token': agent!.csrfToken } : {}),
      },
    });
  }

  it('malformed JSON is a 400 BAD_REQUEST, not a 500, and changes nothing', async () => {
    const login = await sendRaw(
      'POST',
      '/api/auth/login',
      '{"username": "admin", "password": ',
      'application/json',
    );
    expect(login.statusCode).toBe(400);
    expect(login.json().error.code).toBe('BAD_REQUEST');

    const admin = await server.as('nc.admin');
    const id = agencyId('360121-BUR');
    const [before] = await server.db.select().from(agencies).where(eq(agencies.id, id));
    const auditBefore = await latestAuditId(server);
    const patch = await sendRaw('PATCH', `/api/agencies/${id}`, "{name: '改名'}", 'application/json', admin);
    expect(patch.statusCode).toBe(400);
    expect(patch.json().error).toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('请求格式不正确'),
    });
    const [after] = await server.db.select().from(agencies).where(eq(agencies.id, id));
    expect(after).toEqual(before);
    expect(await latestAuditId(server)).toBe(auditBefore);
  });

  it('an empty JSON body, a body of the wrong type and an oversized body are 4xx with a message', async () => {
    const empty = await sendRaw('POST', '/api/auth/login', '', 'application/json');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error).toEqual({ code: 'BAD_REQUEST', message: '请求内容不能为空' });

    const form = await sendRaw(
      'POST',
      '/api/auth/login',
      'username=admin',
      'application/x-www-form-urlencoded',
    );
    expect(form.statusCode).toBe(415);
    expect(form.json().error.message).toContain('application/json');
    // Fastify parses text/plain as a string: the schema then refuses it as a whole.
    const text = await sendRaw('POST', '/api/auth/login', 'username=admin', 'text/plain');
    expect(text.statusCode).toBe(400);
    expect(text.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('请求内容'),
    });

    const array = await sendRaw('POST', '/api/auth/login', '["admin"]', 'application/json');
    expect(array.statusCode).toBe(400);
    expect(array.json().error.code).toBe('VALIDATION_FAILED');

    const huge = await sendRaw(
      'POST',
      '/api/auth/login',
      JSON.stringify({ username: 'admin', password: 'x'.repeat(3 * 1024 * 1024) }),
      'application/json',
    );
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('an unknown field is a 400 naming that field', async () => {
    const admin = await server.as('nc.admin');
    const response = await admin.patch(`/api/agencies/${agencyId('360121-BUR')}`, {
      name: '南昌县生态环境局',
      colour: 'green',
    });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'colour',
      message: 'colour：不支持的字段',
    });
  });

  it('a field of the wrong type is a 400 naming the field with a message in Chinese', async () => {
    const response = await server.anonymous().post('/api/auth/login', { username: 42, password: 'x' });
    expect(response.status).toBe(400);
    expect(response.body.error.field).toBe('username');
    expect(response.body.error.message).toMatch(/^username：.*[\u4e00-\u9fff]/);
  });

  it('an id in the path that is not a uuid is a 400 naming id', async () => {
    const admin = await server.as('admin');
    for (const url of ['/api/agencies/123', '/api/users/abc', "/api/users/1'%20OR%20'1'='1"]) {
      const response = await admin.get(url);
      expect(response.status, url).toBe(400);
      expect(response.body.error).toMatchObject({
        code: 'VALIDATION_FAILED',
        field: 'id',
        message: 'id：编号格式不正确',
      });
    }
  });

  it('a page size over 200 is a 400 naming pageSize', async () => {
    const admin = await server.as('admin');
    const response = await admin.get('/api/users?pageSize=500');
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'pageSize',
      message: 'pageSize：每页最多 200 条',
    });
  });

  it('an unknown API route is a 404 in JSON, with or without a session', async () => {
    const anonymous = await server.anonymous().get('/api/no-such-thing');
    expect(anonymous.status).toBe(404);
    expect(anonymous.headers['content-type']).toContain('application/json');
    expect(anonymous.body.error).toEqual({
      code: 'NOT_FOUND',
      message: '接口不存在，请检查请求的地址和方法',
    });
    const agent = await server.as('ncx.inspector');
    const post = await agent.post('/api/agencies/merge', {});
    expect(post.status).toBe(404);
    expect(post.body.error.code).toBe('NOT_FOUND');
  });

  it('router errors (a path parameter over 100 characters, a URL that does not decode) use the one error shape without echoing the URL', async () => {
    const admin = await server.as('admin');
    const tooLong = await admin.get(`/api/users/${'a'.repeat(150)}`);
    expect(tooLong.status).toBe(400);
    expect(tooLong.headers['content-type']).toContain('application/json');
    expect(tooLong.body).toEqual({
      error: { code: 'BAD_REQUEST', message: expect.stringContaining('路径参数过长') },
    });
    const badUrl = await admin.get('/api/users/%E0%A4%A');
    expect(badUrl.status).toBe(400);
    expect(badUrl.body).toEqual({ error: { code: 'BAD_REQUEST', message: expect.stringContaining('链接') } });
    const unknown = await server.anonymous().get('/api/no-such-thing-<script>');
    for (const response of [tooLong, badUrl, unknown]) {
      expect(response.raw.body).not.toMatch(/aaaa|%E0|script|FST_/);
    }
    const json = await sendRaw('POST', '/api/auth/login', '{"username": "秘密的名字', 'application/json');
    expect(json.json().error.message).not.toContain('秘密的名字');
  });

  it('NUL, lone surrogates and control characters are a 400 naming the field, with or without a session, and change nothing', async () => {
    const anonymous = server.anonymous();
    const results = await anonymous.get('/api/public/random-checks/results?q=%00');
    expect(results.status).toBe(400);
    expect(results.body.error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'q' });
    expect(results.body.error.message).toMatch(/^q：.*NUL/);
    const login = await anonymous.post('/api/auth/login', { username: 'admin\u0000', password: 'x' });
    expect(login.status).toBe(400);
    expect(login.body.error.field).toBe('username');

    const admin = await server.as('nc.admin');
    const id = agencyId('360121-BUR');
    const [before] = await server.db.select().from(agencies).where(eq(agencies.id, id));
    const auditBefore = await latestAuditId(server);
    for (const [body, field] of [
      [{ name: '南昌县\u0000局' }, 'name'],
      [{ name: '南昌县\ud800局' }, 'name'],
      [{ name: '南昌县\u0007局' }, 'name'],
      [{ name: '南昌县\n局' }, 'name'],
      [{ description: '第一行\u0000' }, 'description'],
      [{ description: '第一行\u001b[31m' }, 'description'],
    ] as const) {
      const response = await admin.patch(`/api/agencies/${id}`, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.field).toBe(field);
    }
    const keyWithNul = await admin.patch(`/api/agencies/${id}`, { 'name\u0000': '南昌县局' });
    expect(keyWithNul.status).toBe(400);
    const [after] = await server.db.select().from(agencies).where(eq(agencies.id, id));
    expect(after).toEqual(before);
    expect(await latestAuditId(server)).toBe(auditBefore);
  });

  it('a multi-line field keeps its tabs and line breaks', async () => {
    const admin = await server.as('nc.admin');
    const id = agencyId('360121-BUR');
    const description = '负责全县生态环境执法。\n\t一、日常巡查；\r\n\t二、信访处理。';
    const response = await admin.patch(`/api/agencies/${id}`, { description });
    expect(response.status).toBe(200);
    const [after] = await server.db.select().from(agencies).where(eq(agencies.id, id));
    expect(after!.description).toBe(description);
  });
});
