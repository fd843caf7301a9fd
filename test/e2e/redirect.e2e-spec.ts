import { createHmac, randomBytes } from 'node:crypto';
import { type INestApplicationContext } from '@nestjs/common';
import { loadConfig } from '#config';
import {
  bearer,
  type BrandFixture,
  createBrandFixture,
  eventually,
  startTestApi,
  startTestWorker,
  type TestApi,
} from '#testing';

interface ClickRow {
  id: string;
  partner_id: string;
  link_id: string | null;
  partner_role: string;
  source: string;
  customer_key_hash: string | null;
  sub1: string | null;
  sub2: string | null;
  ip_prefix: string | null;
  user_agent: string | null;
  is_bot: boolean;
  creditable: boolean;
  not_creditable_reason: string | null;
}

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

/** GET /c/{code}: the redirect, the click stream, and the worker writing clicks to PostgreSQL. */
describe('tracking redirect', () => {
  // A Redis prefix of this file's own: its stream is not drained by other files' workers.
  const overrides = { REDIS_PREFIX: `${loadConfig().REDIS_PREFIX}:redirect` };
  let api: TestApi;
  let worker: INestApplicationContext | undefined;
  let brand: BrandFixture;
  let code: string;

  const link = async (partnerId: string, destinationUrl: string): Promise<string> => {
    const response = await api
      .http()
      .post(`/v1/partners/${partnerId}/links`)
      .set(...bearer(brand.managerKey))
      .send({ destinationUrl });
    expect(response.status).toBe(201);
    return response.body.code;
  };
  const clickIdOf = (location: string, parameter = 'pmx_cid'): string =>
    new URL(location).searchParams.get(parameter) as string;
  const clickRow = (id: string): Promise<ClickRow | undefined> =>
    api.query<ClickRow>('SELECT * FROM clicks WHERE id = $1', [id]).then((rows) => rows[0]);

  beforeAll(async () => {
    api = await startTestApi(overrides);
    brand = await createBrandFixture(api);
    code = await link(brand.partners.awareness.id, `https://${brand.landingDomain}/tents?utm_source=pmx#reviews`);
  });
  afterAll(async () => {
    await worker?.close();
    await api.close();
  });

  it('keeps clicks in the stream while no worker runs, and the worker writes every one of them', async () => {
    const served: string[] = [];
    for (let i = 0; i < 25; i++) {
      const response = await api.http().get(`/c/${code}`).set('User-Agent', BROWSER);
      expect(response.status).toBe(302);
      served.push(clickIdOf(response.headers.location));
    }
    const stored = await api.query('SELECT id FROM clicks WHERE id = ANY($1::uuid[])', [served]);
    expect(stored).toHaveLength(0);

    worker = await startTestWorker(overrides);
    const rows = await eventually(async () => {
      const found = await api.query<{ id: string }>('SELECT id FROM clicks WHERE id = ANY($1::uuid[])', [served]);
      return found.length === served.length && found;
    });
    expect(rows.map((row) => row.id).sort()).toEqual([...served].sort());
  });

  it('302s to the destination with the click id and sub-ids, keeping its query and fragment', async () => {
    const response = await api
      .http()
      .get(`/c/${code}?sub1=spring&sub2=tiktok%20video&cid=cookie-42`)
      .set('User-Agent', BROWSER)
      .set('X-Forwarded-For', '203.0.113.77');
    expect(response.status).toBe(302);
    expect(response.headers['cache-control']).toBe('no-store');
    const clickId = clickIdOf(response.headers.location);
    expect(clickId).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.location).toBe(
      `https://${brand.landingDomain}/tents?utm_source=pmx&pmx_cid=${clickId}&sub1=spring&sub2=tiktok%20video#reviews`,
    );

    const row = await eventually(() => clickRow(clickId));
    const [{ customer_key_secret: secret }] = await api.query<{ customer_key_secret: Buffer }>(
      'SELECT customer_key_secret FROM brands WHERE id = $1',
      [brand.id],
    );
    expect(row).toMatchObject({
      partner_id: brand.partners.awareness.id,
      partner_role: 'awareness',
      source: 'redirect',
      // Stored as the brand-keyed HMAC of the customer key, never the key itself.
      customer_key_hash: createHmac('sha256', secret).update('cookie-42').digest('hex'),
      sub1: 'spring',
      sub2: 'tiktok video',
      ip_prefix: '203.0.113.0/24',
      user_agent: BROWSER,
      is_bot: false,
      creditable: true,
      not_creditable_reason: null,
    });
  });

  it('records a known crawler as a bot that earns no credit, and still redirects it', async () => {
    const response = await api
      .http()
      .get(`/c/${code}`)
      .set('User-Agent', 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)');
    expect(response.status).toBe(302);
    const row = await eventually(() => clickRow(clickIdOf(response.headers.location)));
    expect(row).toMatchObject({ is_bot: true, creditable: false, not_creditable_reason: 'bot' });
  });

  it("keeps redirecting a suspended partner's link, with clicks that earn no credit", async () => {
    const partner = brand.partners.conversion.id;
    const couponCode = await link(partner, `https://${brand.landingDomain}/sale`);
    await api.http().get(`/c/${couponCode}`).expect(302); // cached while active
    await api
      .http()
      .patch(`/v1/partners/${partner}`)
      .set(...bearer(brand.managerKey))
      .send({ status: 'suspended' })
      .expect(200);

    const response = await api.http().get(`/c/${couponCode}`).set('User-Agent', BROWSER);
    expect(response.status).toBe(302);
    const row = await eventually(() => clickRow(clickIdOf(response.headers.location)));
    expect(row).toMatchObject({ creditable: false, not_creditable_reason: 'partner_suspended' });
  });

  it("uses the brand's own click id parameter", async () => {
    const other = await createBrandFixture(api, { clickIdParam: 'irclickid' });
    const response = await api
      .http()
      .post(`/v1/partners/${other.partners.retention.id}/links`)
      .set(...bearer(other.managerKey))
      .send({ destinationUrl: `https://${other.landingDomain}/` });
    const redirect = await api.http().get(`/c/${response.body.code}`);
    expect(redirect.status).toBe(302);
    expect(clickIdOf(redirect.headers.location, 'irclickid')).toMatch(/^[0-9a-f-]{36}$/);
    expect(redirect.headers.location).not.toContain('pmx_cid');
  });

  it('answers an unknown code with 404: a page for browsers, the error envelope for clients', async () => {
    const forBrowser = await api.http().get('/c/no-such-code').set('Accept', 'text/html,application/xhtml+xml');
    expect(forBrowser.status).toBe(404);
    expect(forBrowser.headers['content-type']).toContain('text/html');
    expect(forBrowser.text).toContain('This link does not exist');

    const forClient = await api.http().get('/c/no-such-code').set('Accept', 'application/json');
    expect(forClient.status).toBe(404);
    expect(forClient.body).toEqual({
      error: { code: 'not_found', message: 'No tracking link with code "no-such-code"', details: [] },
    });
  });

  it('finds a link created right after its code was looked up and missed', async () => {
    const fresh = `fresh-${randomBytes(3).toString('hex')}`;
    await api.http().get(`/c/${fresh}`).expect(404);
    await api
      .http()
      .post(`/v1/partners/${brand.partners.consideration.id}/links`)
      .set(...bearer(brand.managerKey))
      .send({ destinationUrl: `https://${brand.landingDomain}/`, code: fresh })
      .expect(201);
    await api.http().get(`/c/${fresh}`).expect(302);
  });

  it('stores a click delivered twice only once', async () => {
    const response = await api.http().get(`/c/${code}`);
    const clickId = clickIdOf(response.headers.location);
    await eventually(() => clickRow(clickId));
    const { ClickWriterService } = await import('#core/tracking/index.js');
    const writer = api.app.get(ClickWriterService);
    const [row] = await api.query<Record<string, unknown>>('SELECT * FROM clicks WHERE id = $1', [clickId]);
    const again = await writer.write([
      {
        id: clickId,
        occurredAt: (row.occurred_at as Date).toISOString(),
        receivedAt: new Date().toISOString(),
        brandId: brand.id,
        partnerId: brand.partners.awareness.id,
        linkId: null,
        partnerRole: 'awareness',
        source: 'redirect',
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
      },
    ]);
    expect(again).toBe(0);
    expect(await api.query('SELECT id FROM clicks WHERE id = $1', [clickId])).toHaveLength(1);
  });
});
