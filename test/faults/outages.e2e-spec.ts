import http from 'node:http';
import { type AddressInfo } from 'node:net';
import { getQueueToken } from '@nestjs/bullmq';
import { type Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { loadConfig } from '#config';
import { AttributionQueueService } from '#core/conversions/index.js';
import { CLICK_STREAM, decodeClicks } from '#core/tracking/index.js';
import { ALL_QUEUES, QueueName, RedisService } from '#queue';
import {
  bearer,
  type BrandFixture,
  createBrandFixture,
  eventually,
  startTcpProxy,
  startTestApi,
  type TcpProxy,
  type TestApi,
} from '#testing';

const config = loadConfig();

/** Reads this run's database directly, around whatever the app under test is cut off from. */
async function direct<Row>(sql: string, parameters: unknown[]): Promise<Row[]> {
  const client = new pg.Client({ connectionString: config.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, parameters)).rows as Row[];
  } finally {
    await client.end();
  }
}

async function linkCode(api: TestApi, brand: BrandFixture): Promise<string> {
  const response = await api
    .http()
    .post(`/v1/partners/${brand.partners.awareness.id}/links`)
    .set(...bearer(brand.managerKey))
    .send({ destinationUrl: `https://${brand.landingDomain}/` });
  return response.body.code;
}

/**
 * The API with one dependency reached through a TCP proxy: a brand and a cached link are set up
 * while it answers, then the proxy is cut, so the dependency vanishes mid-run.
 */
async function apiWithCutDependency(
  target: URL,
  defaultPort: number,
  overrides: (proxyPort: number) => Record<string, string>,
): Promise<{ proxy: TcpProxy; api: TestApi; brand: BrandFixture; code: string }> {
  const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || defaultPort) });
  const api = await startTestApi(overrides(proxy.port));
  const brand = await createBrandFixture(api);
  const code = await linkCode(api, brand);
  await api.http().get(`/c/${code}`).expect(302); // the link is cached
  await proxy.cut();
  return { proxy, api, brand, code };
}

const clickIdOf = (location: string): string | null => new URL(location).searchParams.get('pmx_cid');

describe('when Redis is unavailable', () => {
  const redisUrl = new URL(config.REDIS_URL);
  let proxy: TcpProxy;
  let api: TestApi;
  let brand: BrandFixture;
  let code: string;

  beforeAll(async () => {
    ({ proxy, api, brand, code } = await apiWithCutDependency(redisUrl, 6379, (port) => ({
      REDIS_URL: `redis://127.0.0.1:${port}`,
    })));
  });
  afterAll(async () => {
    await proxy.restore().catch(() => undefined);
    // Close only once every connection is back: one closed mid-reconnect leaves its retry timer.
    await eventually(async () => (await api.http().get('/health')).status === 200);
    for (const name of ALL_QUEUES) {
      await api.app.get<Queue>(getQueueToken(name), { strict: false }).waitUntilReady();
    }
    await api.close();
    await proxy.close();
  });

  it('still accepts a conversion (201), durable in PostgreSQL, and the sweeper enqueues it once Redis is back', async () => {
    const response = await api
      .http()
      .post('/v1/conversions')
      .set(...bearer(brand.networkKey))
      .send({ transactionId: 'REDIS-DOWN-1', amount: '42.00', currency: 'EUR' });
    expect(response.status).toBe(201);
    const [row] = await direct<{ id: string; enqueued_at: Date | null }>(
      'SELECT id, enqueued_at FROM conversions WHERE brand_id = $1 AND transaction_id = $2',
      [brand.id, 'REDIS-DOWN-1'],
    );
    expect(row).toEqual({ id: response.body.id, enqueued_at: null });

    await proxy.restore();
    const swept = await api.app.get(AttributionQueueService).sweep(0, brand.id);
    expect(swept).toBeGreaterThanOrEqual(1);
    const queue = api.app.get<Queue>(getQueueToken(QueueName.Attribution), { strict: false });
    expect((await queue.getJob(response.body.id))?.data).toEqual({ conversionId: response.body.id });
    const [after] = await direct<{ enqueued_at: Date | null }>('SELECT enqueued_at FROM conversions WHERE id = $1', [
      response.body.id,
    ]);
    expect(after.enqueued_at).not.toBeNull();
    await proxy.cut();
  });

  it('still redirects with a click id, the click written straight to PostgreSQL', async () => {
    const response = await api.http().get(`/c/${code}`);
    expect(response.status).toBe(302);
    const clickId = clickIdOf(response.headers.location);
    expect(clickId).not.toBeNull();
    const rows = await direct('SELECT id FROM clicks WHERE id = $1', [clickId]);
    expect(rows).toHaveLength(1);
  });
});

describe('when PostgreSQL is unavailable', () => {
  const databaseUrl = new URL(config.DATABASE_URL);
  let proxy: TcpProxy;
  let api: TestApi;
  let brand: BrandFixture;
  let code: string;

  beforeAll(async () => {
    ({ proxy, api, brand, code } = await apiWithCutDependency(databaseUrl, 5432, (port) => {
      const viaProxy = new URL(databaseUrl);
      viaProxy.host = `127.0.0.1:${port}`;
      return { DATABASE_URL: viaProxy.toString() };
    }));
  });
  afterAll(async () => {
    await proxy.restore().catch(() => undefined);
    await api.close();
    await proxy.close();
  });

  it('answers a conversion with 503 unavailable (never 2xx, never 500), and records nothing', async () => {
    const response = await api
      .http()
      .post('/v1/conversions')
      .set(...bearer(brand.networkKey))
      .send({ transactionId: 'PG-DOWN-1', amount: '42.00', currency: 'EUR' });
    expect(response.status).toBe(503);
    expect(response.body.error.code).toBe('unavailable');
    expect(response.headers['retry-after']).toBeDefined();
    expect(await direct('SELECT id FROM conversions WHERE transaction_id = $1', ['PG-DOWN-1'])).toHaveLength(0);
  });

  it('keeps redirecting cached links: clicks wait in Redis', async () => {
    const response = await api.http().get(`/c/${code}`);
    expect(response.status).toBe(302);
    expect(clickIdOf(response.headers.location)).not.toBeNull();
  });

  it('reports PostgreSQL down on /health, and recovers when it is back', async () => {
    const down = await api.http().get('/health');
    expect(down.status).toBe(503);
    expect(down.body.checks).toEqual({ postgres: 'down', redis: 'up' });
    await proxy.restore();
    const accepted = await api
      .http()
      .post('/v1/conversions')
      .set(...bearer(brand.networkKey))
      .send({ transactionId: 'PG-BACK-1', amount: '42.00', currency: 'EUR' });
    expect(accepted.status).toBe(201);
  });
});

describe('when PostgreSQL goes away during a stream of postbacks', () => {
  it('answers 503 unavailable while it is away (never 500, never a 2xx for a lost write), and recovers without a restart', async () => {
    const databaseUrl = new URL(config.DATABASE_URL);
    const proxy = await startTcpProxy({ host: databaseUrl.hostname, port: Number(databaseUrl.port || 5432) });
    const viaProxy = new URL(databaseUrl);
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    const api = await startTestApi({ DATABASE_URL: viaProxy.toString() });
    try {
      const brand = await createBrandFixture(api);
      const answers: { n: number; order: string; status: number; code?: string }[] = [];
      // GET postbacks and JSON posts alternate, a few at a time, as networks fire them.
      const fire = async (n: number): Promise<void> => {
        const order = `PGCUT-${n}`;
        const response =
          n % 2 === 0
            ? await api
                .http()
                .get(`/postback/conversion?key=${brand.networkKey}&order_id=${order}&amount=5.00&currency=EUR`)
            : await api
                .http()
                .post('/v1/conversions')
                .set(...bearer(brand.networkKey))
                .send({ transactionId: order, amount: '5.00', currency: 'EUR' });
        answers.push({ n, order, status: response.status, code: response.body?.error?.code });
      };
      const wave = async (from: number, to: number): Promise<void> => {
        for (let n = from; n < to; n += 5) await Promise.all([0, 1, 2, 3, 4].map((i) => fire(n + i)));
      };
      await wave(0, 20);
      const cutting = proxy.cut();
      await wave(20, 40); // some in flight while the connections drop
      await cutting;
      await wave(40, 60);
      await proxy.restore();
      // The pool reconnects by itself: postbacks succeed again, no restart.
      await eventually(async () => {
        const probe = await api
          .http()
          .post('/v1/conversions')
          .set(...bearer(brand.networkKey))
          .send({ transactionId: 'PGCUT-PROBE', amount: '5.00', currency: 'EUR' });
        return probe.status < 300;
      });
      await wave(60, 80);

      expect(answers.filter((answer) => ![200, 201, 503].includes(answer.status))).toEqual([]);
      expect(answers.filter((answer) => answer.status === 503 && answer.code !== 'unavailable')).toEqual([]);
      expect(answers.filter((answer) => answer.status === 503).length).toBeGreaterThan(0);
      // After the recovery, every postback is accepted again.
      expect(answers.filter((answer) => answer.n >= 60 && answer.status !== 200 && answer.status !== 201)).toEqual([]);
      const stored = new Set(
        (
          await direct<{ transaction_id: string }>('SELECT transaction_id FROM conversions WHERE brand_id = $1', [
            brand.id,
          ])
        ).map((row) => row.transaction_id),
      );
      // Every 2xx is in PostgreSQL.
      expect(answers.filter((answer) => answer.status < 300 && !stored.has(answer.order))).toEqual([]);
      // A 503 may be retried safely: the same body is then recorded once (201), or recognised (200)
      // if the write had committed just before the connection dropped.
      const unavailable = answers.filter((answer) => answer.status === 503);
      const committedAnyway = unavailable.filter((answer) => stored.has(answer.order)).length;
      for (const answer of unavailable) {
        const retry = await api
          .http()
          .post('/v1/conversions')
          .set(...bearer(brand.networkKey))
          .send({ transactionId: answer.order, amount: '5.00', currency: 'EUR' });
        expect([200, 201]).toContain(retry.status);
      }
      process.stdout.write(
        `[faults] PostgreSQL cut during postbacks: ${answers.length} postbacks, ${unavailable.length} answered 503 ` +
          `(${committedAnyway} of them committed just before the cut), no 500, every 2xx stored; recovered without restart\n`,
      );
    } finally {
      await proxy.restore().catch(() => undefined);
      await api.close();
      await proxy.close();
    }
  }, 60_000);
});

describe('when the API is stopped', () => {
  it('answers every request in flight before it stops, and each 302 has its click in the stream', async () => {
    const prefix = `${config.REDIS_PREFIX}:drain`;
    const api = await startTestApi({ REDIS_PREFIX: prefix });
    const brand = await createBrandFixture(api);
    const code = await linkCode(api, brand);
    await api.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = api.app.getHttpServer().address() as AddressInfo;
    const redis = api.app.get(RedisService);
    const streamKey = redis.key(CLICK_STREAM);
    const redisForCheck = new Redis(config.REDIS_URL);

    const agent = new http.Agent({ keepAlive: false, maxSockets: 64 });
    let firstServed: () => void = () => undefined;
    const oneServed = new Promise<void>((resolve) => (firstServed = resolve));
    const get = (): Promise<string | null> =>
      new Promise((resolve) => {
        const request = http.get({ host: '127.0.0.1', port, path: `/c/${code}`, agent }, (response) => {
          response.resume();
          if (response.statusCode === 302) firstServed();
          resolve(response.statusCode === 302 ? clickIdOf(response.headers.location as string) : null);
        });
        request.on('error', () => resolve(null));
      });
    const requests = Array.from({ length: 200 }, () => get());
    // Stop while requests are in flight, as SIGTERM does (enableShutdownHooks calls close()): right
    // after the first 302, so that a fast machine cannot finish before the stop or stop before the start.
    const closing = oneServed.then(() => api.close());
    const served = (await Promise.all(requests)).filter((id): id is string => id !== null);
    await closing;

    expect(served.length).toBeGreaterThan(0);
    const entries = (await redisForCheck.xrange(streamKey, '-', '+')) as [string, string[]][];
    const queued = new Set(
      entries.flatMap(([, fields]) => decodeClicks(fields[fields.indexOf('c') + 1])).map((c) => c.id),
    );
    expect(served.filter((id) => !queued.has(id))).toEqual([]);
    await redisForCheck.quit();
    agent.destroy();
  });
});
