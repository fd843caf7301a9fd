// npm run bench:partners — the console's partners table (GET /v1/partners/figures) on a brand of
// realistic size, seeded straight into PostgreSQL: BENCH_PARTNERS partners (default 2,000), their
// BENCH_CLICKS clicks (default 200,000) and BENCH_CONVERSIONS conversions (default 20,000, two
// credited touches each, with their CPS ledger entries) over the last 30 days, spread unevenly (a
// few partners bring most of it, as in real programs). Then times pages of 50 partners sorted by
// attributed revenue, one request at a time and four at a time, and prints p50/p95/p99.
import { api, call, query, say, seed, startStack } from './stack.mjs';

const PARTNERS = Number(process.env.BENCH_PARTNERS || 2_000);
const CLICKS = Number(process.env.BENCH_CLICKS || 200_000);
const CONVERSIONS = Number(process.env.BENCH_CONVERSIONS || 20_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS || 300);
const ROLES = ['awareness', 'consideration', 'conversion', 'retention'];
const TYPES = { awareness: 'creator', consideration: 'review', conversion: 'coupon', retention: 'loyalty' };
const TARGET_P95_MS = 200;

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Times `count` GETs of `paths` (taken in turn), `concurrency` at a time; latencies in ms, sorted. */
async function time(paths, key, count, concurrency) {
  const latencies = [];
  let next = 0;
  const one = async () => {
    while (next < count) {
      const path = paths[next++ % paths.length];
      const started = performance.now();
      const response = await fetch(`${api}${path}`, { headers: { Authorization: `Bearer ${key}` } });
      const body = await response.json();
      latencies.push(performance.now() - started);
      if (!response.ok || body.data.length === 0)
        throw new Error(`${path} → ${response.status} ${JSON.stringify(body)}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, one));
  return latencies.sort((a, b) => a - b);
}

const stack = await startStack({ worker: false });
try {
  const { brand, managerKey } = await seed();
  const plan = await call('POST', '/v1/commission-plans', managerKey, {
    effectiveFrom: new Date(Date.now() - 90 * 86_400_000).toISOString(),
    lookbackDays: 30,
    lockDays: 30,
    attribution: { model: 'linear' },
    rules: ROLES.map((role) => ({ role, cps: { rateBps: 1000 } })),
  });
  let started = Date.now();
  // Partner i's role is the i-th in turn; ids in creation order, as UUIDv7 would be.
  await query(
    `INSERT INTO partners (id, brand_id, name, type, role, status, email)
     SELECT md5('p' || i)::uuid, $1, 'Bench partner ' || lpad(i::text, 5, '0'),
            ($2::text[])[1 + i % 4], ($3::text[])[1 + i % 4], CASE WHEN i % 50 = 0 THEN 'suspended' ELSE 'active' END,
            'partner' || i || '@bench.example'
       FROM generate_series(0, $4::int - 1) AS i`,
    [brand.id, ROLES.map((role) => TYPES[role]), ROLES, PARTNERS],
  );
  const now = new Date();
  for (const back of [0, 1, 2]) {
    await query('SELECT ensure_clicks_partition($1::date)', [
      new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 10),
    ]);
  }
  // A partner drawn with weight falling off as a power of its index: the first few bring most.
  const skewed = (seed) => `(floor(${PARTNERS} * power((abs(hashtext(${seed})) % 1000000) / 1000000.0, 3)))::int`;
  await query(
    `INSERT INTO clicks (id, occurred_at, received_at, brand_id, partner_id, partner_role, source, customer_key_hash, creditable)
     SELECT md5('k' || c)::uuid, now() - make_interval(secs => (c::bigint * 7919) % (29 * 86400)), now(), $1,
            md5('p' || ${skewed("'k' || c")})::uuid, ($2::text[])[1 + ${skewed("'k' || c")} % 4], 's2s',
            md5('c' || c % 50000) || md5('d' || c % 50000), c % 40 <> 0
       FROM generate_series(0, $3::int - 1) AS c`,
    [brand.id, ROLES, CLICKS],
  );
  say(`seeded ${PARTNERS} partners and ${CLICKS} clicks in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  started = Date.now();
  await query(
    `INSERT INTO conversions (id, brand_id, transaction_id, amount_minor, currency, customer_key_hash, new_customer,
                              occurred_at, status, source, fingerprint, enqueued_at, attributed_at, journey_source, plan_id)
     SELECT md5('o' || c)::uuid, $1, 'R-' || c, 1000 + (c::bigint * 7919) % 30000, 'EUR',
            md5('c' || c) || md5('d' || c), c % 3 = 0, now() - make_interval(secs => (c::bigint * 104729) % (29 * 86400)),
            CASE WHEN c % 25 = 0 THEN 'rejected' ELSE 'approved' END, 'api',
            md5('f' || c) || md5('g' || c), now(), now(), 'customer_key', $3
       FROM generate_series(0, $2::int - 1) AS c`,
    [brand.id, CONVERSIONS, plan.id],
  );
  // Two touches per conversion, half the credit each (the second takes the odd minor unit).
  await query(
    `INSERT INTO conversion_touches (conversion_id, click_id, brand_id, partner_id, role, occurred_at, base_weight,
                                     role_weight, credit, attributed_revenue_minor)
     SELECT c.id, md5('t' || c.transaction_id || ':' || k)::uuid, $1, md5('p' || s.i)::uuid, ($2::text[])[1 + s.i % 4],
            c.occurred_at - interval '1 hour', '1/2', '1', '1/2',
            CASE k WHEN 1 THEN c.amount_minor / 2 ELSE c.amount_minor - c.amount_minor / 2 END
       FROM conversions c, generate_series(1, 2) AS k,
            LATERAL (SELECT ${skewed("c.transaction_id || ':' || k")} AS i) s
      WHERE c.brand_id = $1`,
    [brand.id, ROLES],
  );
  await query(
    `INSERT INTO commission_entries (id, entry_key, brand_id, partner_id, conversion_id, kind, amount_minor, currency,
                                     status, occurred_at, approvable_at, credit, attributed_revenue_minor)
     SELECT gen_random_uuid(), 'b:' || t.conversion_id || ':' || t.click_id, $1, t.partner_id, t.conversion_id, 'cps',
            t.attributed_revenue_minor / 10, 'EUR', CASE WHEN c.status = 'rejected' THEN 'rejected' ELSE 'pending' END,
            c.occurred_at, c.occurred_at + interval '30 days', t.credit, t.attributed_revenue_minor
       FROM conversion_touches t JOIN conversions c ON c.id = t.conversion_id WHERE t.brand_id = $1`,
    [brand.id],
  );
  // Statistics, as a live database has them; checkpointed, so that writing out the seeding does not
  // land in the timed part.
  await query('VACUUM ANALYZE');
  await query('CHECKPOINT');
  const [{ touches, entries }] = await query(
    `SELECT (SELECT count(*)::int FROM conversion_touches) AS touches, (SELECT count(*)::int FROM commission_entries) AS entries`,
  );
  say(
    `seeded ${CONVERSIONS} conversions, ${touches} touches, ${entries} entries in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );

  const byRevenue = [1, 2, 3, 4, 5].map((page) => `/v1/partners/figures?sort=-revenue&limit=50&page=${page}`);
  await time(byRevenue, managerKey, 20, 1); // warm-up: connections, plans, caches
  const single = await time(byRevenue, managerKey, REQUESTS, 1);
  const four = await time(byRevenue, managerKey, REQUESTS, 4);
  const others = {};
  for (const sort of ['-epc', 'name', '-clicks']) {
    others[sort] = await time([`/v1/partners/figures?sort=${sort}&limit=50`], managerKey, 50, 1);
  }
  const filtered = await time(
    ['/v1/partners/figures?sort=-revenue&limit=50&role=awareness&search=partner%2001'],
    managerKey,
    50,
    1,
  );
  const first = await call('GET', byRevenue[0], managerKey);
  const line = (label, sorted) =>
    `  ${label.padEnd(34)} p50 ${percentile(sorted, 50).toFixed(1)} ms   p95 ${percentile(sorted, 95).toFixed(1)} ms   p99 ${percentile(sorted, 99).toFixed(1)} ms   (${sorted.length} requests)`;
  console.log(`
bench:partners  ${new Date().toISOString()}  ${PARTNERS} partners, ${CLICKS} clicks, ${CONVERSIONS} conversions, ${touches} touches, ${entries} entries
${line('-revenue, pages 1-5, 1 at a time', single)}
${line('-revenue, pages 1-5, 4 at a time', four)}
${Object.entries(others)
  .map(([sort, sorted]) => line(`${sort}, page 1`, sorted))
  .join('\n')}
${line('-revenue, role + search', filtered)}
  target                             p95 < ${TARGET_P95_MS} ms (one at a time)
  top partner                        ${first.data[0].name}: ${first.data[0].clicks} clicks, ${first.data[0].conversions} conversions, ${first.data[0].attributedRevenue} EUR, commission ${first.data[0].commission}, EPC ${first.data[0].epc}; ${first.total} partners
`);
  process.exitCode = percentile(single, 95) < TARGET_P95_MS ? 0 : 1;
} finally {
  await stack.stop();
}
