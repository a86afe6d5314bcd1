// `node scripts/bench/explain.mjs <statements.json> [endpoint…]`: EXPLAIN ANALYZE of every statement
// `npm run bench:scale` recorded (BENCH_SCALE_STATEMENTS=<file>), on BENCH_SCALE_DATABASE_URL. Each
// statement runs three times on one connection and the last (warm) run is reported: execution and
// planning time, with the plan when PLAN=1.
import { readFileSync } from 'node:fs';
import pg from 'pg';

const [file, ...only] = process.argv.slice(2);
const replays = JSON.parse(readFileSync(file, 'utf8'));
const client = new pg.Client({
  connectionString: process.env.BENCH_SCALE_DATABASE_URL,
  options: '-c TimeZone=UTC',
});
await client.connect();
for (const [endpoint, statements] of Object.entries(replays)) {
  if (only.length > 0 && !only.includes(endpoint)) continue;
  console.log(`== ${endpoint}`);
  for (const statement of statements) {
    if (/^\s*explain/i.test(statement.query)) continue;
    let plan = [];
    for (let run = 0; run < 3; run++) {
      ({ rows: plan } = await client.query(
        `EXPLAIN (ANALYZE, COSTS OFF) ${statement.query}`,
        statement.params,
      ));
    }
    const lines = plan.map((row) => row['QUERY PLAN']);
    const timing = lines.filter((line) => /^(Planning|Execution) Time/.test(line)).join(', ');
    console.log(`  ${timing} — ${statement.query.replace(/\s+/g, ' ').trim().slice(0, 110)}`);
    if (process.env.PLAN === '1') console.log(lines.map((line) => `      ${line}`).join('\n'));
  }
}
await client.end();
