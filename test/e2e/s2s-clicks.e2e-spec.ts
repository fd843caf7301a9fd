import { createHmac } from 'node:crypto';
import { HOUR_MS } from '#domain';
import {
  bearer,
  type BrandFixture,
  createBrandFixture,
  daysAgo,
  eventually,
  isoDaysAgo,
  startTestApi,
  startTestWorker,
  type TestApi,
} from '#testing';
import { type INestApplicationContext } from '@nestjs/common';

// Event times from the business clock: the API refuses clicks more than 400 days old or in the future.
/** A click of yesterday, on the hour. */
const CLICK_AT = new Date(Math.floor(daysAgo(1).getTime() / HOUR_MS) * HOUR_MS);
/** The same instant as a network at UTC+01:00 writes it (18:00+01:00 for 17:00Z). */
const CLICK_AT_PLUS_ONE = new Date(CLICK_AT.getTime() + HOUR_MS).toISOString().replace('.000Z', '+01:00');
/** A GET postback's time in unix seconds: yesterday, six hours earlier. */
const POSTBACK_TS = Math.floor(daysAgo(1, undefined, 6).getTime() / 1000);
/** Two days of impressions, one after the other (exactly 24 hours apart, so consecutive UTC dates). */
const DAY = isoDaysAgo(2).slice(0, 10);
const NEXT_DAY = isoDaysAgo(1).slice(0, 10);

describe('server-to-server clicks and impressions', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let brand: BrandFixture;
  let other: BrandFixture;
  const clicks = (body: unknown, key = brand.networkKey) =>
    api
      .http()
      .post('/v1/clicks')
      .set(...bearer(key))
      .send(body as object);
  const storedClicks = (ids: string[]) =>
    api.query<{ id: string; partner_id: string; source: string; customer_key_hash: string | null; occurred_at: Date }>(
      'SELECT id, partner_id, source, customer_key_hash, occurred_at FROM clicks WHERE id = ANY($1::uuid[])',
      [ids],
    );
  const clicksOfBrand = async (brandId: string): Promise<number> =>
    Number((await api.query<{ n: string }>('SELECT count(*) AS n FROM clicks WHERE brand_id = $1', [brandId]))[0].n);

  beforeAll(async () => {
    api = await startTestApi();
    worker = await startTestWorker();
    brand = await createBrandFixture(api);
    other = await createBrandFixture(api);
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('accepts one click (202) and stores it with the time it happened', async () => {
    const response = await clicks({
      partnerId: brand.partners.consideration.id,
      occurredAt: CLICK_AT_PLUS_ONE,
      customerKey: 'crm-991',
      sub3: 'newsletter',
    });
    expect(response.status).toBe(202);
    expect(response.body.ids).toHaveLength(1);
    const [row] = await eventually(async () => {
      const rows = await storedClicks(response.body.ids);
      return rows.length === 1 && rows;
    });
    const [{ customer_key_secret: secret }] = await api.query<{ customer_key_secret: Buffer }>(
      'SELECT customer_key_secret FROM brands WHERE id = $1',
      [brand.id],
    );
    expect(row).toEqual({
      id: response.body.ids[0],
      partner_id: brand.partners.consideration.id,
      source: 's2s',
      customer_key_hash: createHmac('sha256', secret).update('crm-991').digest('hex'),
      occurred_at: CLICK_AT,
    });
  });

  it('accepts a batch, returning the ids in order', async () => {
    const response = await clicks({
      clicks: [{ partnerId: brand.partners.awareness.id }, { partnerId: brand.partners.retention.id }],
    });
    expect(response.status).toBe(202);
    const rows = await eventually(async () => {
      const found = await storedClicks(response.body.ids);
      return found.length === 2 && found;
    });
    const partnerOf = Object.fromEntries(rows.map((row) => [row.id, row.partner_id]));
    expect(response.body.ids.map((id: string) => partnerOf[id])).toEqual([
      brand.partners.awareness.id,
      brand.partners.retention.id,
    ]);
  });

  it.each([
    [{ clicks: [{ partnerId: 'OTHER' }, { partnerId: 'OTHER' }] }, 'clicks[1].partnerId', /No partner/],
    [{ partnerId: 'OWN', occurredAt: '2099-01-01T00:00:00Z' }, 'occurredAt', /in the future/],
    [{ partnerId: 'OWN', ip: '300.1.2.3' }, 'ip', /not an IPv4 or IPv6 address/],
    [{ partnerId: 'OWN', linkCode: 'nope' }, 'linkCode', /No link "nope"/],
    [{ partnerId: 'OWN', sub1: 'x'.repeat(256) }, 'sub1', /255/],
    [{ partnerId: 'OWN', referrer: 'x' }, 'referrer', /not a field/],
    [{ clicks: [] }, 'clicks', /at least 1/],
  ])('refuses %j naming %s, and queues none of the batch', async (body, field, message) => {
    const own = brand.partners.awareness.id;
    const json = JSON.parse(
      JSON.stringify(body)
        .replaceAll('"OWN"', `"${own}"`)
        // In the batch case the first click is valid: it must not be stored either.
        .replace('"OTHER"', `"${own}"`)
        .replace('"OTHER"', `"${other.partners.awareness.id}"`),
    );
    const before = await clicksOfBrand(brand.id);
    const response = await clicks(json);
    expect(response.status).toBe(400);
    const messages = response.body.error.details
      .filter((detail: { field: string }) => detail.field === field)
      .map((detail: { message: string }) => detail.message);
    expect(messages).toContainEqual(expect.stringMatching(message));
    // Give the worker time to have stored anything that had been queued.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await clicksOfBrand(brand.id)).toBe(before);
  });

  it('refuses a batch of more than 1,000 clicks', async () => {
    const response = await clicks({
      clicks: Array.from({ length: 1001 }, () => ({ partnerId: brand.partners.awareness.id })),
    });
    expect(response.status).toBe(400);
    expect(response.body.error.details[0].field).toBe('clicks');
  });

  it("refuses another brand's link code", async () => {
    const link = await api
      .http()
      .post(`/v1/partners/${other.partners.awareness.id}/links`)
      .set(...bearer(other.managerKey))
      .send({ destinationUrl: `https://${other.landingDomain}/` });
    const response = await clicks({ partnerId: brand.partners.awareness.id, linkCode: link.body.code });
    expect(response.status).toBe(400);
    expect(response.body.error.details[0].field).toBe('linkCode');
  });

  it('takes GET /postback/click with the key in the query and unix seconds', async () => {
    const response = await api
      .http()
      .get(
        `/postback/click?key=${brand.networkKey}&partner_id=${brand.partners.conversion.id}&customer=c-1&ts=${POSTBACK_TS}&sub1=abc`,
      );
    expect(response.status).toBe(200);
    const [row] = await eventually(async () => {
      const rows = await storedClicks([response.body.id]);
      return rows.length === 1 && rows;
    });
    expect(row.occurred_at).toEqual(new Date(POSTBACK_TS * 1000));
  });

  it('needs a network or manager key; a partner key is refused', async () => {
    const response = await clicks({ partnerId: brand.partners.awareness.id }, brand.partnerKey);
    expect(response.status).toBe(403);
  });

  describe('impressions', () => {
    const impressions = (body: object, key = brand.networkKey) =>
      api
        .http()
        .post('/v1/impressions')
        .set(...bearer(key))
        .send(body);

    it('adds counts up per partner per day', async () => {
      const partnerId = brand.partners.awareness.id;
      await impressions({ partnerId, date: DAY, count: 5000 }).expect(202);
      const second = await impressions({ partnerId, date: DAY, count: 2500 });
      expect(second.status).toBe(202);
      expect(second.body).toEqual({ partnerId, date: DAY, count: 7500 });
      const next = await impressions({ partnerId, date: NEXT_DAY, count: 1 });
      expect(next.body.count).toBe(1);
    });

    // Only the shape of these dates counts (the API does not check a day's age): fixed, so that the
    // test names stay the same from day to day.
    it.each([
      [{ date: '2026-02-30', count: 1 }, 'date'],
      [{ date: '20-11-2026', count: 1 }, 'date'],
      [{ date: '2026-11-20', count: 0 }, 'count'],
      [{ date: '2026-11-20', count: 1.5 }, 'count'],
      [{ date: '2026-11-20', count: '10' }, 'count'],
      [{ date: '2026-11-20', count: 1e12 }, 'count'],
    ])('refuses %j naming %s', async (change, field) => {
      const response = await impressions({ partnerId: brand.partners.awareness.id, ...change });
      expect(response.status).toBe(400);
      expect(response.body.error.details.map((detail: { field: string }) => detail.field)).toContain(field);
    });

    it("refuses another brand's partner", async () => {
      const response = await impressions({ partnerId: other.partners.awareness.id, date: DAY, count: 3 });
      expect(response.status).toBe(400);
      const rows = await api.query('SELECT * FROM impressions_daily WHERE partner_id = $1', [
        other.partners.awareness.id,
      ]);
      expect(rows).toHaveLength(0);
    });
  });
});
