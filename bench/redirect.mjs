// npm run bench:redirect — GET /c/{code} against a bare Fastify 302 on the same machine, same load.
// Prints req/s, p50/p99 latency and the ratio, then checks that every 302 became exactly one click row.
// BENCH_WORKER=during runs the worker (and its PostgreSQL writes) during the load as well; by default
// it starts after the load, as when clicks queue up while the worker is busy or down.
import autocannon from 'autocannon';
import { api, metric, query, say, seed, startChild, startStack } from './stack.mjs';

const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
const WORKER_DURING = process.env.BENCH_WORKER === 'during';
const BARE_PORT = Number(process.env.BENCH_BARE_PORT || 3182);
const REDIRECTS = 'pmx_redirects_total{outcome="tracked"}';

const load = (url) =>
  autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers: { 'user-agent': 'Mozilla/5.0 bench' } });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const summary = (results) => ({
  rps: median(results.map((r) => r.requests.average)),
  p50: median(results.map((r) => r.latency.p50)),
  p99: median(results.map((r) => r.latency.p99)),
  errors: results.reduce((sum, r) => sum + r.errors + r.timeouts, 0),
});

const stack = await startStack({ worker: WORKER_DURING });
let bare;
try {
  const { link } = await seed();
  bare = await startChild(new URL('./bare-redirect-server.mjs', import.meta.url).pathname, [
    String(BARE_PORT),
    link.destinationUrl,
  ]);
  say(`warm-up, then ${ROUNDS} alternating rounds of ${SECONDS} s at ${CONNECTIONS} connections`);
  await autocannon({ url: `${api}/c/${link.code}`, connections: 10, duration: 2 });
  await autocannon({ url: `http://127.0.0.1:${BARE_PORT}/c/x`, connections: 10, duration: 2 });

  const rounds = { bare: [], redirect: [] };
  for (let round = 0; round < ROUNDS; round++) {
    rounds.bare.push(await load(`http://127.0.0.1:${BARE_PORT}/c/x`));
    rounds.redirect.push(await load(`${api}/c/${link.code}`));
    const [b, r] = [rounds.bare[round], rounds.redirect[round]];
    say(
      `round ${round + 1}: bare ${b.requests.average.toFixed(0)} req/s, /c ${r.requests.average.toFixed(0)} req/s ` +
        `(ratio ${(r.requests.average / b.requests.average).toFixed(2)}, p99 ${r.latency.p99} ms)`,
    );
  }
  // Counted by the API as it sends each 302: the load generator stops without reading the last
  // answers in flight, whose clicks are recorded all the same.
  const served = await metric(REDIRECTS);
  const unrecorded = await metric('pmx_clicks_total', 'outcome="unrecorded"');

  if (!WORKER_DURING) await stack.startWorker();
  say('waiting for the worker to write every click');
  let stored = 0;
  const drainStart = Date.now();
  for (let i = 0; i < 1200 && stored < served; i++) {
    [{ count: stored }] = await query('SELECT count(*)::int AS count FROM clicks');
    if (stored < served) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const drainSeconds = (Date.now() - drainStart) / 1000;
  await new Promise((resolve) => setTimeout(resolve, 1000));
  [{ count: stored }] = await query('SELECT count(*)::int AS count FROM clicks');
  const [{ duplicates }] = await query('SELECT count(*) - count(DISTINCT id) AS duplicates FROM clicks');

  const b = summary(rounds.bare);
  const r = summary(rounds.redirect);
  const exact = stored === served && Number(duplicates) === 0 && unrecorded === 0;
  console.log(`
bench:redirect  ${new Date().toISOString()}  ${CONNECTIONS} connections, ${ROUNDS} rounds × ${SECONDS} s, median of rounds
  worker             ${WORKER_DURING ? 'running during the load' : 'started after the load'}
  bare Fastify 302   ${b.rps.toFixed(0).padStart(7)} req/s   p50 ${b.p50} ms   p99 ${b.p99} ms
  /c/{code} 302      ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${r.p50} ms   p99 ${r.p99} ms   errors ${r.errors}
  ratio              ${(r.rps / b.rps).toFixed(2)} (target ≥ 0.50); p99 ${r.p99} ms (target ≤ 25 ms)
  302s served        ${served} (all of them, warm-up included, counted by the API)
  click rows         ${stored}, duplicate ids ${duplicates}, unrecorded ${unrecorded} → ${exact ? 'exactly one row per 302' : 'MISMATCH'}
  worker drain       ${drainSeconds.toFixed(1)} s after the load
`);
  process.exitCode = exact ? 0 : 1;
} finally {
  bare?.kill();
  await stack.stop();
}
