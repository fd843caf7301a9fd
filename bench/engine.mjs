// npm run bench:engine — seeds conversions with journeys of 1-8 touches straight into PostgreSQL,
// enqueues their attribution jobs, then starts one worker and times how fast it drains the queue.
// BENCH_CONVERSIONS sets how many (default 100,000).
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { Queue } from 'bullmq';
import { call, env, query, say, seed, startStack } from './stack.mjs';

/**
 * CPU seconds the whole machine spent busy so far (worker, PostgreSQL, Redis, everything), from
 * /proc/stat: a steadier figure than wall time on two shared cores for comparing two versions.
 */
function machineBusySeconds() {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = fields.map(Number); // idle and iowait skipped
  return (user + nice + system + irq + softirq + steal) / 100; // USER_HZ is 100 on Linux
}

const CONVERSIONS = Number(process.env.BENCH_CONVERSIONS || 100_000);
const ROLES = ['awareness', 'consideration', 'conversion', 'retention'];

const stack = await startStack({ worker: false });
const queue = new Queue('attribution', {
  connection: { url: env.REDIS_URL || 'redis://127.0.0.1:6379' },
  prefix: `${env.REDIS_PREFIX}:bull`,
});
try {
  const { brand, managerKey } = await seed();
  const partners = [];
  for (let i = 0; i < 8; i++) {
    partners.push(
      await call('POST', '/v1/partners', managerKey, {
        name: `Bench partner ${i}`,
        type: 'content',
        role: ROLES[i % 4],
      }),
    );
  }
  await call('POST', '/v1/commission-plans', managerKey, {
    effectiveFrom: '2026-01-01T00:00:00Z',
    lookbackDays: 30,
    lockDays: 30,
    attribution: { model: 'role_weighted' },
    rules: ROLES.map((role, i) => ({ role, cps: { rateBps: 500 + i * 250 } })),
    newCustomerBonus: { amount: '2.00' },
    caps: { perPartnerPerMonth: '100000.00' },
  });

  // One conversion in ten carries one of 50 promo codes (the code touch, codesOfBatch and the leak check).
  const codes = Number(process.env.BENCH_CODES ?? 50); // 0: no promo codes
  for (let i = 0; i < codes; i++) {
    await call('POST', `/v1/partners/${partners[i % 8].id}/codes`, managerKey, { code: `BENCH${i}` });
  }

  say(`seeding ${CONVERSIONS} conversions with journeys of 1-8 touches`);
  const at = new Date(Date.now() - 24 * 3600 * 1000);
  await query(`SELECT ensure_clicks_partition($1::date)`, [at.toISOString().slice(0, 8) + '01']);
  await query(`SELECT ensure_clicks_partition($1::date)`, [
    new Date(at.getTime() - 9 * 3600 * 1000).toISOString().slice(0, 8) + '01',
  ]);
  const partnerIds = partners.map((p) => p.id);
  const partnerRoles = partners.map((p) => p.role);
  await query(
    `INSERT INTO clicks (id, occurred_at, received_at, brand_id, partner_id, partner_role, source, customer_key_hash, creditable)
     SELECT gen_random_uuid(), $2::timestamptz - (k || ' hours')::interval, now(), $1,
            ($3::uuid[])[1 + (i + k) % 8], ($4::text[])[1 + (i + k) % 8], 's2s', md5('c' || i) || md5('k' || i), true
       FROM generate_series(1, $5::int) AS i, generate_series(1, 1 + (i % 8)) AS k`,
    [brand.id, at, partnerIds, partnerRoles, CONVERSIONS],
  );
  const ids = await query(
    `INSERT INTO conversions (id, brand_id, transaction_id, amount_minor, currency, customer_key_hash, new_customer,
                              occurred_at, status, source, fingerprint, enqueued_at, coupon_code)
     SELECT gen_random_uuid(), $1, 'B-' || i, 1000 + (i * 7919) % 30000, 'EUR', md5('c' || i) || md5('k' || i),
            i % 3 = 0, $2, 'pending', 'api', md5('f' || i) || md5('g' || i), now(),
            CASE WHEN i % 10 = 0 AND ${codes} > 0 THEN 'BENCH' || (i / 10) % ${Math.max(codes, 1)} END
       FROM generate_series(1, $3::int) AS i
     RETURNING id`,
    [brand.id, at, CONVERSIONS],
  );
  for (let start = 0; start < ids.length; start += 1000) {
    await queue.addBulk(
      ids.slice(start, start + 1000).map(({ id }) => ({
        name: 'attribute-conversion',
        data: { conversionId: id },
        opts: { jobId: id, removeOnComplete: true },
      })),
    );
  }
  // Statistics, as a live database has them: without, the planner reads journeys by the wrong index.
  // Vacuumed and checkpointed too, so that neither autovacuum on the fresh rows nor the checkpoint
  // of the seeding's writes lands in the timed part at random (runs varied by ±10 % without).
  await query('VACUUM ANALYZE');
  await query('CHECKPOINT');
  const [{ touches }] = await query('SELECT count(*)::int AS touches FROM clicks WHERE brand_id = $1', [brand.id]);

  say(`${ids.length} jobs queued over ${touches} touches; starting one worker`);
  const started = Date.now();
  const busyBefore = machineBusySeconds();
  await stack.startWorker();
  const startup = (Date.now() - started) / 1000;
  for (;;) {
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed');
    if (counts.waiting + counts.active + counts.delayed === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const seconds = (Date.now() - started) / 1000;
  const busy = machineBusySeconds() - busyBefore;
  const [{ attributed }] = await query(
    'SELECT count(*)::int AS attributed FROM conversions WHERE brand_id = $1 AND attributed_at IS NOT NULL',
    [brand.id],
  );
  const [{ entries }] = await query('SELECT count(*)::int AS entries FROM commission_entries WHERE brand_id = $1', [
    brand.id,
  ]);
  const failed = (await queue.getJobCounts('failed')).failed;
  console.log(`
bench:engine  ${new Date().toISOString()}  one worker process, ${touches} touches
  conversions credited   ${attributed} of ${ids.length} in ${seconds.toFixed(1)} s (worker start included), failed ${failed}
  throughput             ${(attributed / seconds).toFixed(0)} conversions/s (target ≥ 2,000), ${(entries / seconds).toFixed(0)} ledger rows/s (${entries} rows)
  worker start           ${startup.toFixed(1)} s until /health answered; ${(attributed / (seconds - startup)).toFixed(0)} conversions/s after it
  machine CPU            ${busy.toFixed(1)} s busy of ${(os.cpus().length * seconds).toFixed(1)} s on ${os.cpus().length} cores, ${((1000 * busy) / attributed).toFixed(3)} ms per conversion
`);
  process.exitCode = attributed === ids.length && failed === 0 ? 0 : 1;
} finally {
  await queue.close();
  await stack.stop();
}
