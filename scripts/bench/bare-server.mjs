// The ceiling: a bare Fastify route on the same machine, no database, no session. With
// BENCH_REPLAY (a JSON file { name: [{ query, params }] }) and BENCH_REPLAY_DATABASE_URL it also
// serves GET /replay/:name, which runs the statements the application sent for one request of that
// endpoint (recorded with QINGSHAN_QUERY_LOG) through a pg pool of the application's size — the
// floor the SQL alone sets, without Fastify plugins, session code, zod or presenters.
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import pg from 'pg';

const app = Fastify({ logger: false });
app.get('/bare', async () => ({ status: 'ok' }));

if (process.env.BENCH_REPLAY && process.env.BENCH_REPLAY_DATABASE_URL) {
  const replays = JSON.parse(readFileSync(process.env.BENCH_REPLAY, 'utf8'));
  // The application's pool: 10 connections, UTC (apps/server/src/db/client.ts).
  const pool = new pg.Pool({
    connectionString: process.env.BENCH_REPLAY_DATABASE_URL,
    max: 10,
    options: '-c TimeZone=UTC',
  });
  app.get('/replay/:name', async (request, reply) => {
    const statements = replays[request.params.name];
    if (!statements) return reply.code(404).send({ error: 'unknown replay' });
    // One connection per request, the statements in order, as named (prepared) statements: the
    // cheapest way pg can send them.
    const client = await pool.connect();
    try {
      let rows = [];
      for (const [index, statement] of statements.entries()) {
        ({ rows } = await client.query({
          name: `${request.params.name}-${index}`,
          text: statement.query,
          values: statement.params,
        }));
      }
      return { rows };
    } finally {
      client.release();
    }
  });
}

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
console.log('ready');
