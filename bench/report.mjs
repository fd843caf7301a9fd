// npm run bench:report — seeds a quarter (2026-Q3, Europe/Berlin) straight into PostgreSQL:
// BENCH_CLICKS clicks (default 5,000,000; four per customer, down the funnel) and BENCH_CONVERSIONS
// conversions (default 500,000) with their credited touches (position-based 40/20/40 over four
// touches) and CPS ledger entries (approved, as a closed quarter's are); then asks the API for the partner-mix report and times one worker
// building it, sampling the worker's memory (VmRSS, and VmHWM, the kernel's peak) meanwhile.
import { readFileSync } from 'node:fs';
import { call, env, query, say, seed, startStack } from './stack.mjs';

const CLICKS = Number(process.env.BENCH_CLICKS || 5_000_000);
const CONVERSIONS = Number(process.env.BENCH_CONVERSIONS || 500_000);
const CUSTOMERS = Math.floor(CLICKS / 4);
const ROLES = ['awareness', 'consideration', 'conversion', 'retention'];
const TYPES = { awareness: 'creator', consideration: 'review', conversion: 'coupon', retention: 'loyalty' };
const Q3_START = '2026-06-30T22:00:00Z'; // 2026-07-01 00:00 in Berlin
// Customers' first clicks spread over 88 days, so that four clicks an hour apart and the order stay in Q3.
const STEP_SECONDS = (88 * 86400) / CUSTOMERS;

const kib = (pid, field) => {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) : 0;
};

const stack = await startStack({ worker: false });
try {
  const { brand, managerKey } = await seed();
  const partners = [];
  for (let i = 0; i < 40; i++) {
    const role = ROLES[Math.floor(i / 10)];
    partners.push(
      await call('POST', '/v1/partners', managerKey, { name: `Bench ${role} ${i}`, type: TYPES[role], role }),
    );
  }
  const plan = await call('POST', '/v1/commission-plans', managerKey, {
    effectiveFrom: '2026-01-01T00:00:00Z',
    lookbackDays: 30,
    lockDays: 30,
    attribution: { model: 'position_based' },
    rules: ROLES.map((role) => ({ role, cps: { rateBps: 500 } })),
  });
  await call('PUT', '/v1/partner-mix/target', managerKey, {
    awareness: 0.35,
    consideration: 0.25,
    conversion: 0.25,
    retention: 0.15,
  });
  await call('POST', '/v1/spend', managerKey, {
    channel: 'paid_social',
    periodStart: '2026-07-01',
    periodEnd: '2026-09-30',
    amount: '250000.00',
    currency: 'EUR',
  });
  for (const month of ['2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01']) {
    await query('SELECT ensure_clicks_partition($1::date)', [month]);
  }
  const ids = partners.map((partner) => partner.id);
  const roles = partners.map((partner) => partner.role);
  // The partner of a customer's k-th click: awareness first, then consideration, conversion, retention.
  const partnerIndex = (customer, k) => `((${k} - 1) * 10 + (${customer} * 7 + ${k}) % 10)`;
  const clickTime = (customer, k) =>
    `$2::timestamptz + make_interval(secs => floor(${customer} * ${STEP_SECONDS})) + make_interval(hours => ${k})`;

  let started = Date.now();
  const CHUNK = 250_000;
  for (let from = 0; from < CUSTOMERS; from += CHUNK) {
    await query(
      `INSERT INTO clicks (id, occurred_at, received_at, brand_id, partner_id, partner_role, source, customer_key_hash, creditable)
       SELECT md5('k' || c || ':' || k)::uuid, ${clickTime('c', 'k')}, now(), $1,
              ($3::uuid[])[1 + ${partnerIndex('c', 'k')}], ($4::text[])[1 + ${partnerIndex('c', 'k')}], 's2s',
              md5('c' || c) || md5('d' || c), true
         FROM generate_series($5::int, $6::int) AS c, generate_series(1, 4) AS k`,
      [brand.id, Q3_START, ids, roles, from, Math.min(from + CHUNK, CUSTOMERS) - 1],
    );
  }
  say(`seeded ${CUSTOMERS * 4} clicks in ${((Date.now() - started) / 1000).toFixed(0)} s`);

  started = Date.now();
  // Conversion c belongs to customer floor(c × CUSTOMERS / CONVERSIONS), an hour after its 4th click.
  const customerOf = `floor(c::bigint * ${CUSTOMERS} / ${CONVERSIONS})::int`;
  await query(
    `INSERT INTO conversions (id, brand_id, transaction_id, amount_minor, currency, customer_key_hash, new_customer,
                              occurred_at, status, source, fingerprint, enqueued_at, attributed_at, journey_source, plan_id)
     SELECT md5('o' || c)::uuid, $1, 'R-' || c, 1000 + (c::bigint * 7919) % 30000, 'EUR',
            md5('c' || ci) || md5('d' || ci), c % 3 = 0, ${clickTime('ci', 5)}, 'approved', 'api',
            md5('f' || c) || md5('g' || c), now(), now(), 'customer_key', $4
       FROM (SELECT c, ${customerOf} AS ci FROM generate_series(0, $3::int - 1) AS c) s`,
    [brand.id, Q3_START, CONVERSIONS, plan.id],
  );
  await query(
    `INSERT INTO conversion_touches (conversion_id, click_id, brand_id, partner_id, role, occurred_at, base_weight,
                                     role_weight, credit, attributed_revenue_minor)
     SELECT md5('o' || c)::uuid, md5('k' || ci || ':' || k)::uuid, $1, ($3::uuid[])[1 + ${partnerIndex('ci', 'k')}],
            ($4::text[])[1 + ${partnerIndex('ci', 'k')}], ${clickTime('ci', 'k')},
            CASE WHEN k IN (1, 4) THEN '2/5' ELSE '1/10' END, '1', CASE WHEN k IN (1, 4) THEN '2/5' ELSE '1/10' END,
            CASE k WHEN 1 THEN a * 4 / 10 WHEN 4 THEN a - a * 4 / 10 - 2 * (a / 10) ELSE a / 10 END
       FROM (SELECT c, ${customerOf} AS ci, 1000 + (c::bigint * 7919) % 30000 AS a
               FROM generate_series(0, $5::int - 1) AS c) s, generate_series(1, 4) AS k`,
    [brand.id, Q3_START, ids, roles, CONVERSIONS],
  );
  await query(
    `INSERT INTO commission_entries (id, entry_key, brand_id, partner_id, conversion_id, kind, amount_minor, currency,
                                     status, occurred_at, approvable_at, approved_at, credit, attributed_revenue_minor)
     SELECT gen_random_uuid(), 'b:' || t.conversion_id || ':' || t.click_id, $1, t.partner_id, t.conversion_id, 'cps',
            t.attributed_revenue_minor * 5 / 100, 'EUR', 'approved', c.occurred_at, c.occurred_at + interval '30 days',
            c.occurred_at + interval '30 days',
            t.credit, t.attributed_revenue_minor
       FROM conversion_touches t JOIN conversions c ON c.id = t.conversion_id WHERE t.brand_id = $1`,
    [brand.id],
  );
  await query(
    `INSERT INTO impressions_daily (brand_id, partner_id, day, count)
     SELECT $1, p, d::date, 1000 + (extract(doy FROM d)::int * 37) % 5000
       FROM unnest($2::uuid[]) AS p, generate_series('2026-07-01'::date, '2026-09-30'::date, interval '1 day') AS d`,
    [brand.id, ids.slice(0, 20)],
  );
  // Statistics, as a live database has them; checkpointed, so that writing out the seeding does not
  // land in the timed part.
  await query('VACUUM ANALYZE');
  await query('CHECKPOINT');
  const [{ touches }] = await query('SELECT count(*)::int AS touches FROM conversion_touches');
  say(
    `seeded ${CONVERSIONS} conversions, ${touches} touches and their ledger in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );

  const worker = await stack.startWorker();
  const baseline = kib(worker.pid, 'VmRSS');
  say(`worker up (RSS ${(baseline / 1024).toFixed(0)} MiB); asking for the 2026-Q3 report`);
  const requested = Date.now();
  const { id } = await call('POST', '/v1/reports/partner-mix', managerKey, { quarter: '2026-Q3' });
  let maxRss = baseline;
  let report;
  for (;;) {
    maxRss = Math.max(maxRss, kib(worker.pid, 'VmRSS'));
    report = await call('GET', `/v1/reports/partner-mix/${id}`, managerKey);
    if (report.status === 'done' || report.status === 'failed') break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const seconds = (Date.now() - requested) / 1000;
  const building = (Date.parse(report.completedAt) - Date.parse(report.startedAt)) / 1000;
  const peak = kib(worker.pid, 'VmHWM');
  console.log(`
bench:report  ${new Date().toISOString()}  ${CUSTOMERS * 4} clicks, ${CONVERSIONS} conversions, ${touches} touches, 40 partners
  status                 ${report.status}${report.error ? ` (${report.error})` : ''}
  report                 ${seconds.toFixed(1)} s from request to done (build ${building.toFixed(1)} s), target ≤ 60 s
  worker memory          RSS ${(baseline / 1024).toFixed(0)} MiB before, ${(maxRss / 1024).toFixed(0)} MiB max sampled, peak (VmHWM) ${(peak / 1024).toFixed(0)} MiB, target < 1024 MiB
  figures                revenue ${report.totals?.revenue} EUR, attributed ${report.totals?.attributedRevenue}, MER ${report.mer?.mer}, Markov journeys ${JSON.stringify(report.dataDriven?.markov?.journeys)}
`);
  process.exitCode = report.status === 'done' && seconds <= 60 && peak < 1024 * 1024 ? 0 : 1;
  if (env.BENCH_PRINT) console.log(JSON.stringify(report, null, 2));
} finally {
  await stack.stop();
}
