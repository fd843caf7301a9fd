import { randomBytes } from 'node:crypto';
import { loadConfig } from '#config';
import { signBody, signQuery } from '#domain';
import { RedisService } from '#queue';
import {
  bearer,
  type BrandFixture,
  createBrandFixture,
  eventually,
  issueKey,
  startChildApp,
  startTestApi,
  type TestApi,
} from '#testing';

const now = (): number => Math.floor(Date.now() / 1000);

async function linkCode(api: TestApi, brand: BrandFixture): Promise<string> {
  const response = await api
    .http()
    .post(`/v1/partners/${brand.partners.awareness.id}/links`)
    .set(...bearer(brand.managerKey))
    .send({ destinationUrl: `https://${brand.landingDomain}/` });
  return response.body.code;
}

describe('rate limits', () => {
  // Two API processes sharing one Redis prefix of their own, with small limits.
  const limits = {
    REDIS_PREFIX: `${loadConfig().REDIS_PREFIX}:limits`,
    RATE_LIMIT_REDIRECT_PER_IP: '4',
    RATE_LIMIT_INGEST_PER_IP: '6',
    RATE_LIMIT_INGEST_PER_KEY: '3',
    RATE_LIMIT_WINDOW_SECONDS: '60',
  };
  let first: TestApi;
  let second: TestApi;
  let brand: BrandFixture;
  let code: string;

  beforeAll(async () => {
    first = await startTestApi(limits);
    second = await startTestApi(limits);
    brand = await createBrandFixture(first);
    code = await linkCode(first, brand);
  });
  afterAll(async () => {
    await first.close();
    await second.close();
  });

  it('limits the redirect per client IP, shared by every API process, with 429 rate_limited and Retry-After', async () => {
    const ip = '198.51.100.10';
    const redis = first.app.get(RedisService);
    const counted = async (): Promise<number> =>
      Number((await redis.client.get(redis.key(`ratelimit:redirect-ip:${ip}`))) ?? 0);
    const statuses: number[] = [];
    // Sequential, alternating between the processes: each decision sees the other's hits once
    // they reached Redis (a process sends its hits after the tick that made them).
    let allowed = 0;
    for (let i = 0; i < 8; i++) {
      const api = i % 2 === 0 ? first : second;
      const response = await api.http().get(`/c/${code}`).set('X-Forwarded-For', ip);
      statuses.push(response.status);
      if (response.status === 429) {
        expect(response.body.error.code).toBe('rate_limited');
        expect(Number(response.headers['retry-after'])).toBeGreaterThanOrEqual(1);
        expect(Number(response.headers['retry-after'])).toBeLessThanOrEqual(60);
      } else {
        allowed += 1;
        await eventually(async () => (await counted()) === allowed);
      }
    }
    // A process learns the others' hits when it next reports its own, so each process may let
    // one request (one tick's) past the limit: here the first process, once.
    expect(statuses).toEqual([302, 302, 302, 302, 302, 429, 429, 429]);

    // Another address has its own count.
    const other = await second.http().get(`/c/${code}`).set('X-Forwarded-For', '198.51.100.11');
    expect(other.status).toBe(302);
  });

  it('limits postbacks per API key, whether the key comes as a header or in the query', async () => {
    const network = await issueKey(first, brand.id, 'network');
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const response = await first
        .http()
        .get(`/postback/conversion?key=${network.key}&order_id=RL-${i}&amount=1.00&currency=EUR`)
        .set('X-Forwarded-For', '198.51.100.20');
      statuses.push(response.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await first
      .http()
      .post('/v1/conversions')
      .set(...bearer(network.key))
      .set('X-Forwarded-For', '198.51.100.21')
      .send({ transactionId: 'RL-9', amount: '1.00', currency: 'EUR' });
    expect(limited.status).toBe(429);
    expect(limited.body.error.message).toContain('API key');
    // Nothing was recorded for the refused ones.
    const rows = await first.query('SELECT transaction_id FROM conversions WHERE brand_id = $1 ORDER BY 1', [brand.id]);
    expect(rows.map((row) => row.transaction_id)).toEqual(['RL-0', 'RL-1', 'RL-2']);
  });

  it('limits ingestion per IP across keys (a flood of made-up keys never reaches the database)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const response = await first
        .http()
        .post('/v1/clicks')
        .set(...bearer(`pmx_nw_made_up_${randomBytes(8).toString('hex')}`))
        .set('X-Forwarded-For', '198.51.100.30')
        .send({ partnerId: brand.partners.awareness.id });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429, 429]);
  });

  it('leaves management routes alone', async () => {
    for (let i = 0; i < 8; i++) {
      const response = await first
        .http()
        .get('/v1/partners')
        .set(...bearer(brand.managerKey))
        .set('X-Forwarded-For', '198.51.100.30');
      expect(response.status).toBe(200);
    }
  });
});

describe('postback signatures', () => {
  let api: TestApi;
  let signed: BrandFixture;
  let network: { id: string; key: string; signingSecret: string };
  let open: BrandFixture;
  let openNetwork: { id: string; key: string; signingSecret: string };

  const postSigned = (key: string, body: object, header: string) =>
    api
      .http()
      .post('/v1/conversions')
      .set(...bearer(key))
      .set('Content-Type', 'application/json')
      .set('X-Partnermix-Signature', header)
      .send(JSON.stringify(body));

  beforeAll(async () => {
    api = await startTestApi();
    signed = await createBrandFixture(api);
    const patched = await api
      .http()
      .patch(`/v1/brands/${signed.id}`)
      .set(...bearer(signed.managerKey))
      .send({ requireSignedPostbacks: true });
    expect(patched.status).toBe(200);
    expect(patched.body.requireSignedPostbacks).toBe(true);
    network = (await issueKey(api, signed.id, 'network')) as typeof network;
    open = await createBrandFixture(api);
    openNetwork = (await issueKey(api, open.id, 'network')) as typeof openNetwork;
  });
  afterAll(() => api.close());

  it('gives network and manager keys a signing secret once, partner keys none', async () => {
    expect(network.signingSecret).toMatch(/^pmx_ss_[A-Za-z0-9_-]{32}$/);
    const manager = await issueKey(api, signed.id, 'brand_manager');
    expect(manager.signingSecret).toMatch(/^pmx_ss_/);
    const partner = await issueKey(api, signed.id, 'partner', signed.partners.awareness.id);
    expect(partner.signingSecret).toBeNull();
  });

  it('accepts a signed POST, and refuses the same signature again with 409 conflict', async () => {
    const body = { transactionId: 'SIG-1', amount: '10.00', currency: 'EUR' };
    const header = signBody(network.signingSecret, JSON.stringify(body), now());
    const accepted = await postSigned(network.key, body, header);
    expect(accepted.status).toBe(201);
    const replayed = await postSigned(network.key, body, header);
    expect(replayed.status).toBe(409);
    expect(replayed.body.error.code).toBe('conflict');
    expect(replayed.body.error.message).toContain('already used');
  });

  it('refuses a wrong signature, a stale or future timestamp and a missing signature with 401 saying which', async () => {
    const body = { transactionId: 'SIG-2', amount: '10.00', currency: 'EUR' };
    const wrongSecret = await postSigned(network.key, body, signBody('not-the-secret', JSON.stringify(body), now()));
    expect(wrongSecret.status).toBe(401);
    expect(wrongSecret.body.error.message).toContain('does not match');

    const otherBody = await postSigned(
      network.key,
      body,
      signBody(network.signingSecret, JSON.stringify({ ...body, amount: '1.00' }), now()),
    );
    expect(otherBody.status).toBe(401);

    const stale = await postSigned(
      network.key,
      body,
      signBody(network.signingSecret, JSON.stringify(body), now() - 400),
    );
    expect(stale.status).toBe(401);
    expect(stale.body.error.message).toMatch(/timestamp is 4\d\d s off/);
    const future = await postSigned(
      network.key,
      body,
      signBody(network.signingSecret, JSON.stringify(body), now() + 400),
    );
    expect(future.status).toBe(401);

    const malformed = await postSigned(network.key, body, 't=yesterday,v1=abc');
    expect(malformed.status).toBe(401);
    expect(malformed.body.error.message).toContain('Malformed signature');

    const unsigned = await api
      .http()
      .post('/v1/conversions')
      .set(...bearer(network.key))
      .send(body);
    expect(unsigned.status).toBe(401);
    expect(unsigned.body.error.message).toContain('requires signed postbacks');

    const staticToken = await api
      .http()
      .get(`/postback/conversion?key=${network.key}&order_id=SIG-2&amount=10.00&currency=EUR`);
    expect(staticToken.status).toBe(401);
    expect(
      await api.query('SELECT id FROM conversions WHERE brand_id = $1 AND transaction_id = $2', [signed.id, 'SIG-2']),
    ).toEqual([]);
  });

  it('accepts a signed GET postback (parameters in any order), and refuses it tampered or replayed', async () => {
    const query = signQuery(
      network.signingSecret,
      `order_id=SIG-3&key=${network.key}&amount=12.50&currency=EUR`,
      now(),
    );
    const accepted = await api.http().get(`/postback/conversion?${query}`);
    expect(accepted.status).toBe(200);
    const replayed = await api.http().get(`/postback/conversion?${query}`);
    expect(replayed.status).toBe(409);
    const tampered = await api.http().get(`/postback/conversion?${query.replace('amount=12.50', 'amount=99.50')}`);
    expect(tampered.status).toBe(401);
    expect(tampered.body.error.message).toContain('does not match');

    const clicks = signQuery(
      network.signingSecret,
      `key=${network.key}&partner_id=${signed.partners.awareness.id}`,
      now(),
    );
    expect((await api.http().get(`/postback/click?${clicks}`)).status).toBe(200);
  });

  it('keeps static tokens working for a brand that does not require signatures, but checks a signature that is sent', async () => {
    const plain = await api
      .http()
      .get(`/postback/conversion?key=${openNetwork.key}&order_id=OPEN-1&amount=10.00&currency=EUR`);
    expect(plain.status).toBe(200);
    const body = { transactionId: 'OPEN-2', amount: '10.00', currency: 'EUR' };
    const wrong = await postSigned(openNetwork.key, body, signBody(network.signingSecret, JSON.stringify(body), now()));
    expect(wrong.status).toBe(401);
    const right = await postSigned(
      openNetwork.key,
      body,
      signBody(openNetwork.signingSecret, JSON.stringify(body), now()),
    );
    expect(right.status).toBe(201);
  });

  it('rotates a signing secret: the old one stops verifying at once; another brand cannot rotate it (404)', async () => {
    const intruder = await api
      .http()
      .post(`/v1/api-keys/${network.id}/signing-secret`)
      .set(...bearer(open.managerKey));
    expect(intruder.status).toBe(404);

    const rotated = await api
      .http()
      .post(`/v1/api-keys/${network.id}/signing-secret`)
      .set(...bearer(signed.managerKey));
    expect(rotated.status).toBe(201);
    expect(rotated.body.signingSecret).not.toBe(network.signingSecret);
    const body = { transactionId: 'SIG-4', amount: '10.00', currency: 'EUR' };
    const old = await postSigned(network.key, body, signBody(network.signingSecret, JSON.stringify(body), now()));
    expect(old.status).toBe(401);
    const fresh = await postSigned(
      network.key,
      body,
      signBody(rotated.body.signingSecret, JSON.stringify(body), now()),
    );
    expect(fresh.status).toBe(201);
    network.signingSecret = rotated.body.signingSecret;

    const partnerKey = await issueKey(api, signed.id, 'partner', signed.partners.awareness.id);
    const refused = await api
      .http()
      .post(`/v1/api-keys/${partnerKey.id}/signing-secret`)
      .set(...bearer(signed.managerKey));
    expect(refused.status).toBe(400);
  });

  it('turns the requirement off again with PATCH, effective at once', async () => {
    const patched = await api
      .http()
      .patch(`/v1/brands/${signed.id}`)
      .set(...bearer(signed.managerKey))
      .send({ requireSignedPostbacks: false });
    expect(patched.body.requireSignedPostbacks).toBe(false);
    const plain = await api
      .http()
      .get(`/postback/conversion?key=${network.key}&order_id=SIG-5&amount=1.00&currency=EUR`);
    expect(plain.status).toBe(200);
  });
});

describe('secure headers, body limits and logs', () => {
  let api: TestApi;
  let brand: BrandFixture;

  beforeAll(async () => {
    api = await startTestApi();
    brand = await createBrandFixture(api);
  });
  afterAll(() => api.close());

  it('sends secure headers on API answers, a CSP that allows nothing on JSON', async () => {
    const response = await api
      .http()
      .get('/v1/partners')
      .set(...bearer(brand.managerKey));
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toContain('max-age=');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
    const error = await api.http().get('/v1/partners');
    expect(error.headers['x-content-type-options']).toBe('nosniff');
  });

  it('keeps /docs and the queue dashboard working (no CSP there, the other headers still)', async () => {
    const docs = await api.http().get('/docs/');
    expect(docs.status).toBe(200);
    expect(docs.text).toContain('swagger');
    expect(docs.headers['content-security-policy']).toBeUndefined();
    expect(docs.headers['x-content-type-options']).toBe('nosniff');
    const json = await api.http().get('/docs-json');
    expect(json.status).toBe(200);
    const dashboard = await api
      .http()
      .get('/admin/queues')
      .set(...bearer(api.operatorKey));
    expect(dashboard.status).toBe(200);
    expect(dashboard.headers['content-security-policy']).toBeUndefined();
  });

  it('never logs keys, signing secrets, signatures or customer keys (a real API process at info level)', async () => {
    const child = await startChildApp('api', { LOG_LEVEL: 'info' });
    const network = await issueKey(api, brand.id, 'network');
    const base = `http://127.0.0.1:${child.port}`;
    try {
      const query = signQuery(
        network.signingSecret as string,
        `key=${network.key}&order_id=LOG-1&amount=1.00&currency=EUR&customer=alice-private`,
        now(),
      );
      await fetch(`${base}/postback/conversion?${query}`);
      await fetch(`${base}/postback/conversion?key=${network.key}&order_id=LOG-2&amount=oops&currency=EUR`);
      const body = JSON.stringify({
        transactionId: 'LOG-3',
        amount: '1.00',
        currency: 'EUR',
        customerKey: 'bob-private',
      });
      await fetch(`${base}/v1/conversions`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${network.key}`,
          'Content-Type': 'application/json',
          'X-Partnermix-Signature': signBody(network.signingSecret as string, body, now()),
        },
        body,
      });
      await fetch(`${base}/v1/customers/carol-private`, {
        method: 'DELETE',
        headers: { Authorization: `Bearer ${brand.managerKey}` },
      });
      await fetch(`${base}/v1/partners`, { headers: { Authorization: `Bearer ${network.key}x` } });
      await eventually(async () => child.stdout().includes('/v1/customers/[REDACTED]'));
    } finally {
      child.process.kill('SIGTERM');
      await child.exited;
    }
    const logs = child.stdout();
    expect(logs).toContain('"url":"/postback/conversion?key=[REDACTED]');
    for (const secret of [
      network.key,
      network.signingSecret as string,
      brand.managerKey,
      'alice-private',
      'bob-private',
      'carol-private',
    ]) {
      expect(logs).not.toContain(secret);
    }
    expect(logs).not.toMatch(/sig=[0-9a-f]{64}/);
    expect(logs).not.toMatch(/v1=[0-9a-f]{64}/);
  });

  it('answers a 2 MB body with 413 payload_too_large in the error envelope, and records nothing', async () => {
    const huge = { transactionId: 'HUGE-1', amount: '1.00', currency: 'EUR', note: 'x'.repeat(2 * 1024 * 1024) };
    const response = await api
      .http()
      .post('/v1/conversions')
      .set(...bearer(brand.networkKey))
      .send(huge);
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('payload_too_large');
    expect(await api.query('SELECT id FROM conversions WHERE transaction_id = $1', ['HUGE-1'])).toEqual([]);
  });
});
