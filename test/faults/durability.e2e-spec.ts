import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { Redis } from 'ioredis';
import { loadConfig } from '#config';
import { DAY_MS, hashCustomerKey, HOUR_MS } from '#domain';
import { AttributionQueueService } from '#core/conversions/index.js';
import { type ClickRecord, ClickWriterService } from '#core/tracking/index.js';
import {
  bearer,
  type BrandFixture,
  type ChildApp,
  createBrandFixture,
  eventually,
  isoDaysAgo,
  publishPlan,
  startChildApp,
  startTcpProxy,
  startTestApi,
  startTestWorker,
  type TcpProxy,
  type TestApi,
  testClock,
} from '#testing';

const config = loadConfig();
// Child processes start, die and restart; after a Redis outage a BullMQ worker may wait its
// runRetryDelay (15 s) before it reads again. Generous limits keep a busy machine from failing them.
const SLOW = 120_000;

/** Position-based over awareness and conversion touches, a rate per role: order-independent (no tiers or caps). */
const PLAN = {
  effectiveFrom: isoDaysAgo(30), // before every click and conversion (days and minutes ago)
  lookbackDays: 30,
  lockDays: 30,
  attribution: { model: 'position_based' },
  rules: [
    { role: 'awareness', cps: { rateBps: 1000 } },
    { role: 'conversion', cps: { rateBps: 300 } },
  ],
};

/** A creditable server-to-server click, as the click writer stores it. */
function clickOf(brandId: string, partnerId: string, role: 'awareness' | 'conversion', at: string): ClickRecord {
  return {
    id: randomUUID(),
    occurredAt: at,
    receivedAt: at,
    brandId,
    partnerId,
    linkId: null,
    partnerRole: role,
    source: 's2s',
    customerKeyHash: null,
    sub1: null,
    sub2: null,
    sub3: null,
    sub4: null,
    sub5: null,
    ipPrefix: null,
    userAgent: null,
    isBot: false,
    creditable: true,
    notCreditableReason: null,
  };
}

/**
 * Seeds `count` customers for a brand, each with an awareness click two days before `now` and a
 * conversion-role click an hour before (written straight to PostgreSQL), and one conversion each a
 * minute before (inserted with `enqueued_at` null, so that the sweeper enqueues them: no worker runs
 * yet). Transaction ids, amounts and times are the same for every brand given the same `now`, so
 * their ledgers can be compared. Times are the business clock's (the engine's lookback, months and
 * lock periods are reckoned on it); `created_at` stays the database's, which the sweeper reads.
 */
async function seedConversions(api: TestApi, brand: BrandFixture, count: number, now: Date): Promise<void> {
  const [{ secret }] = await api.query<{ secret: Buffer }>(
    'SELECT customer_key_secret AS secret FROM brands WHERE id = $1',
    [brand.id],
  );
  const click = (partnerId: string, role: 'awareness' | 'conversion', at: Date, customer: string): ClickRecord => ({
    ...clickOf(brand.id, partnerId, role, at.toISOString()),
    customerKeyHash: hashCustomerKey(secret, customer),
  });
  const customers = Array.from({ length: count }, (_, i) => `customer-${i}`);
  await api.app
    .get(ClickWriterService)
    .write(
      customers.flatMap((customer) => [
        click(brand.partners.awareness.id, 'awareness', new Date(now.getTime() - 2 * DAY_MS), customer),
        click(brand.partners.conversion.id, 'conversion', new Date(now.getTime() - HOUR_MS), customer),
      ]),
    );
  await api.query(
    `INSERT INTO conversions (id, brand_id, transaction_id, amount_minor, currency, customer_key_hash, occurred_at,
                              status, source, fingerprint, created_at)
     SELECT gen_random_uuid(), $1, 'ORDER-' || n, 1000 + (n * 37) % 9000, 'EUR', hash, $3::timestamptz,
            'pending', 'api', md5(n::text) || md5(n::text), now() - interval '1 minute'
       FROM unnest($2::text[]) WITH ORDINALITY AS c(hash, n)`,
    [brand.id, customers.map((customer) => hashCustomerKey(secret, customer)), new Date(now.getTime() - 60_000)],
  );
}

/** A brand's ledger with partners named by role, comparable across brands. */
async function ledgerOf(
  api: TestApi,
  brandId: string,
): Promise<{ entries: unknown[]; touches: unknown[]; totals: unknown[] }> {
  const entries = await api.query(
    `SELECT c.transaction_id, p.role, e.kind, e.amount_minor::int AS amount, e.status, e.credit,
            e.attributed_revenue_minor::int AS revenue
       FROM commission_entries e JOIN conversions c ON c.id = e.conversion_id JOIN partners p ON p.id = e.partner_id
      WHERE e.brand_id = $1 ORDER BY 1, 2, 3`,
    [brandId],
  );
  const touches = await api.query(
    `SELECT c.transaction_id, t.role, t.credit, t.attributed_revenue_minor::int AS revenue
       FROM conversion_touches t JOIN conversions c ON c.id = t.conversion_id
      WHERE t.brand_id = $1 ORDER BY 1, 2`,
    [brandId],
  );
  const totals = await api.query(
    `SELECT p.role, r.measure, r.period, r.total_minor::bigint::text AS total
       FROM partner_running_totals r JOIN partners p ON p.id = r.partner_id
      WHERE r.brand_id = $1 ORDER BY 1, 2, 3`,
    [brandId],
  );
  return { entries, touches, totals };
}

const attributedCount = async (api: TestApi, brandId: string): Promise<number> =>
  (
    await api.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM conversions WHERE brand_id = $1 AND attributed_at IS NOT NULL',
      [brandId],
    )
  )[0].n;

describe('the worker killed (SIGKILL) in the middle of attribution batches', () => {
  const prefix = `${config.REDIS_PREFIX}:killed`;
  const COUNT = 1000;
  let api: TestApi;
  let redis: Redis;

  beforeAll(async () => {
    api = await startTestApi({ REDIS_PREFIX: prefix });
    redis = new Redis(config.REDIS_URL);
  });
  afterAll(async () => {
    await redis.quit();
    await api.close();
  });

  it(
    'writes, once restarted, exactly the ledger a clean run writes',
    async () => {
      const killed = await createBrandFixture(api);
      const clean = await createBrandFixture(api);
      for (const brand of [killed, clean]) await publishPlan(api, brand.managerKey, PLAN);
      // Both brands' events dated from one instant: the same months and lock ends in both ledgers.
      const now = testClock.now();
      await seedConversions(api, killed, COUNT, now);
      // Only this test's brands: rows of other files sharing the database are theirs to enqueue.
      while ((await api.app.get(AttributionQueueService).sweep(0, killed.id)) > 0);

      let worker = await startChildApp('worker', { REDIS_PREFIX: prefix });
      const credited = await eventually(async () => {
        const n = await attributedCount(api, killed.id);
        return n >= COUNT / 10 ? n : null;
      }, 60);
      worker.process.kill('SIGKILL');
      await worker.exited;
      const atKill = await attributedCount(api, killed.id);
      // Killed mid-run: some conversions credited, not all.
      expect(credited).toBeLessThan(COUNT);
      expect(atKill).toBeLessThan(COUNT);

      // What 30 s of lock expiry and two stalled checks would do, without waiting for them: the dead
      // worker's locks go, and its active jobs are marked stalled, for the next worker to take back.
      const queue = `${prefix}:bull:attribution`;
      const active = await redis.lrange(`${queue}:active`, 0, -1);
      if (active.length > 0) {
        await redis.del(...active.map((id) => `${queue}:${id}:lock`));
        await redis.sadd(`${queue}:stalled`, ...active);
      }
      await redis.del(`${queue}:stalled-check`);

      worker = await startChildApp('worker', { REDIS_PREFIX: prefix });
      await eventually(async () => (await attributedCount(api, killed.id)) === COUNT, 90);

      // The same conversions, credited by the restarted worker without a kill.
      await seedConversions(api, clean, COUNT, now);
      while ((await api.app.get(AttributionQueueService).sweep(0, clean.id)) > 0);
      await eventually(async () => (await attributedCount(api, clean.id)) === COUNT, 90);
      worker.process.kill('SIGTERM');
      await worker.exited;

      const afterKill = await ledgerOf(api, killed.id);
      const cleanRun = await ledgerOf(api, clean.id);
      // Two touches a conversion (awareness then conversion), a CPS entry for each.
      expect(afterKill.touches).toHaveLength(2 * COUNT);
      expect(afterKill.entries).toHaveLength(2 * COUNT);
      expect(afterKill).toEqual(cleanRun);
      const failed = await redis.zcard(`${queue}:failed`);
      expect(failed).toBe(0);
      process.stdout.write(
        `[faults] worker SIGKILL: killed with ${atKill}/${COUNT} conversions credited and ${active.length} jobs active; ` +
          `after restart the ledger (${afterKill.entries.length} entries) equals the clean run's\n`,
      );
    },
    SLOW,
  );
});

describe('Redis stopped while conversions are posted', () => {
  const prefix = `${config.REDIS_PREFIX}:redis-cut`;
  const redisUrl = new URL(config.REDIS_URL);
  let api: TestApi;
  let worker: ChildApp;
  let proxy: TcpProxy;

  afterAll(async () => {
    // Everything reaches Redis again before it closes (a connection closed mid-reconnect lingers).
    await proxy.restore().catch(() => undefined);
    worker?.process.kill('SIGTERM');
    await worker?.exited;
    await api?.close();
    await proxy?.close();
  });

  it(
    'accepts every conversion (201) and, once Redis is back, attributes each exactly once',
    async () => {
      proxy = await startTcpProxy({ host: redisUrl.hostname, port: Number(redisUrl.port || 6379) });
      const overrides = { REDIS_PREFIX: prefix, REDIS_URL: `redis://127.0.0.1:${proxy.port}` };
      api = await startTestApi(overrides);
      // A worker process of its own, cut off from Redis with the API (its reconnect noise stays in its stderr).
      worker = await startChildApp('worker', overrides);
      const brand = await createBrandFixture(api);
      await publishPlan(api, brand.managerKey, {
        ...PLAN,
        attribution: { model: 'last_click' },
        rules: [{ cps: { rateBps: 1000 } }],
      });
      const [{ secret }] = await api.query<{ secret: Buffer }>(
        'SELECT customer_key_secret AS secret FROM brands WHERE id = $1',
        [brand.id],
      );
      // An hour before the business clock's now, which also dates the conversions (sent without a time).
      const hourAgo = isoDaysAgo(0, testClock.now(), 1);
      await api.app.get(ClickWriterService).write(
        Array.from({ length: 70 }, (_, n) => ({
          ...clickOf(brand.id, brand.partners.conversion.id, 'conversion', hourAgo),
          customerKeyHash: hashCustomerKey(secret, `c-${n}`),
        })),
      );
      const post = (n: number) =>
        api
          .http()
          .post('/v1/conversions')
          .set(...bearer(brand.networkKey))
          .send({ transactionId: `CUT-${n}`, amount: `${10 + n}.00`, currency: 'EUR', customerKey: `c-${n}` });

      const statuses: number[] = [];
      const round = async (from: number, to: number) => {
        const responses = await Promise.all(Array.from({ length: to - from }, (_, i) => post(from + i)));
        statuses.push(...responses.map((response) => response.status));
      };
      await round(0, 20);
      await proxy.cut();
      await round(20, 50); // Redis away: each waits a second for the queue, then is accepted anyway
      await proxy.restore();
      await round(50, 70);
      expect(statuses).toEqual(Array(70).fill(201));

      // The worker's repeatable sweeper (every 30 s) enqueues what missed the queue; run it now.
      const sweeper = api.app.get(AttributionQueueService);
      await eventually(async () => (await sweeper.sweep(0, brand.id)) === 0, 30);
      await eventually(async () => (await attributedCount(api, brand.id)) === 70, 60);

      // Each conversion credited exactly once: its one click, one CPS entry of 10 % of its amount
      // (CUT-n is worth 10 + n euros, so 100 + 10·n cents).
      const notOnce = await api.query(
        `SELECT c.transaction_id, count(e.id)::int AS entries, sum(e.amount_minor)::int AS paid,
              (c.amount_minor / 10)::int AS due
         FROM conversions c LEFT JOIN commission_entries e ON e.conversion_id = c.id
        WHERE c.brand_id = $1 GROUP BY c.transaction_id, c.amount_minor
       HAVING count(e.id) <> 1 OR sum(e.amount_minor) <> c.amount_minor / 10`,
        [brand.id],
      );
      expect(notOnce).toEqual([]);
      const [{ missed }] = await api.query<{ missed: number }>(
        `SELECT count(*)::int AS missed FROM conversions WHERE brand_id = $1 AND (enqueued_at IS NULL OR attributed_at IS NULL)`,
        [brand.id],
      );
      expect(missed).toBe(0);
    },
    SLOW,
  );
});

describe('the API process gets SIGTERM during a redirect load', () => {
  it(
    'has the click of every 302 it served in PostgreSQL',
    async () => {
      const prefix = `${config.REDIS_PREFIX}:sigterm`;
      const api = await startTestApi({ REDIS_PREFIX: prefix });
      const brand = await createBrandFixture(api);
      const link = await api
        .http()
        .post(`/v1/partners/${brand.partners.awareness.id}/links`)
        .set(...bearer(brand.managerKey))
        .send({ destinationUrl: `https://${brand.landingDomain}/` });
      const child = await startChildApp('api', { REDIS_PREFIX: prefix });

      const agent = new http.Agent({ keepAlive: false, maxSockets: 64 });
      let firstServed: () => void = () => undefined;
      const oneServed = new Promise<void>((resolve) => (firstServed = resolve));
      const outcomes: (string | number)[] = [];
      const get = (): Promise<void> =>
        new Promise((resolve) => {
          const request = http.get(
            { host: '127.0.0.1', port: child.port, path: `/c/${link.body.code}`, agent },
            (response) => {
              response.resume();
              if (response.statusCode === 302) {
                firstServed();
                outcomes.push(new URL(response.headers.location as string).searchParams.get('pmx_cid') ?? 'untracked');
              } else outcomes.push(response.statusCode ?? 0);
              resolve();
            },
          );
          request.on('error', () => {
            outcomes.push('refused');
            resolve();
          });
        });
      const requests = Array.from({ length: 300 }, () => get());
      await oneServed;
      child.process.kill('SIGTERM');
      await Promise.all(requests);
      const exit = await child.exited;
      agent.destroy();

      const served = outcomes.filter(
        (outcome): outcome is string => typeof outcome === 'string' && outcome.length === 36,
      );
      expect(served.length).toBeGreaterThan(0);
      expect(
        outcomes.filter(
          (outcome) => outcome === 'untracked' || (typeof outcome === 'number' && outcome >= 500 && outcome !== 503),
        ),
      ).toEqual([]);
      // Nest closes the app, then lets the signal end the process.
      expect(exit.code === 0 || exit.signal === 'SIGTERM').toBe(true);

      // A worker drains the stream the API wrote to; every served click must reach PostgreSQL.
      const worker = await startTestWorker({ REDIS_PREFIX: prefix });
      try {
        await eventually(async () => {
          const rows = await api.query('SELECT id FROM clicks WHERE id = ANY($1::uuid[])', [served]);
          return rows.length === served.length;
        }, 30);
      } finally {
        await worker.close();
        await api.close();
      }
      process.stdout.write(
        `[faults] API SIGTERM under redirect load: ${served.length} of 300 served a 302, all in PostgreSQL; ` +
          `${outcomes.filter((o) => o === 'refused').length} refused connections, ${outcomes.filter((o) => o === 503).length} 503s\n`,
      );
    },
    SLOW,
  );
});
