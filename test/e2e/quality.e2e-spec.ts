import { type INestApplicationContext } from '@nestjs/common';
import { LedgerService } from '#core/ledger/index.js';
import {
  bearer,
  type BrandFixture,
  createBrandFixture,
  eventually,
  isoDaysAgo,
  postClicksAndWait,
  publishPlan,
  startTestApi,
  startTestWorker,
  type TestApi,
  waitUntilCredited,
} from '#testing';

interface ConversionJson {
  transactionId: string;
  status: string;
  statusReason: string | null;
  statusNote: string | null;
  flags: string[];
  flagDetails: { code: string; partnerId: string | null; evidence: Record<string, unknown> }[];
  attribution: { partnerId: string; credit: number }[];
  commissions: { partnerId: string; amount: string; status: string }[];
}

/** The orders' time: noon (UTC) three days ago on the business clock, so their 1-day lock is over. */
const T = `${isoDaysAgo(3).slice(0, 10)}T12:00:00Z`;
/** The click flood's day, two days ago (UTC date): at 08:15 UTC it is 09:15 or 10:15 in Berlin, the same day. */
const FLOOD_DAY = isoDaysAgo(2).slice(0, 10);
/** The partners with a share of the credit (last click keeps the other touches at 0). */
const credited = (conversion: ConversionJson): string[] =>
  conversion.attribution.filter((touch) => touch.credit > 0).map((touch) => touch.partnerId);
const before = (seconds: number): string => new Date(Date.parse(T) - seconds * 1000).toISOString();

/**
 * Quality rules from postback to review: each rule's flag and evidence, the manager's decision,
 * and commissions held until then. Last click, 10 % CPS for every role, lock period 1 day (the
 * orders are three days old, so their lock is over when the ledger settles).
 */
describe('quality rules and the review queue', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let brand: BrandFixture;
  const awareness = () => brand.partners.awareness.id;
  const conversion = () => brand.partners.conversion.id;
  const manager = (method: 'get' | 'post' | 'put', path: string) =>
    api
      .http()
      [method](path)
      .set(...bearer(brand.managerKey));

  /** Posts the journey's clicks, then the order; waits until the engine has seen it. */
  async function order(
    transactionId: string,
    clicks: { partnerId: string; secondsBefore: number; customerKey?: string }[],
    extra: Record<string, unknown> = {},
  ): Promise<ConversionJson> {
    if (clicks.length) {
      await postClicksAndWait(
        api,
        brand.networkKey,
        clicks.map((click) => ({
          partnerId: click.partnerId,
          customerKey: click.customerKey ?? transactionId,
          occurredAt: before(click.secondsBefore),
        })),
      );
    }
    const response = await api
      .http()
      .post('/v1/conversions')
      .set(...bearer(brand.networkKey))
      .send({ transactionId, amount: '100.00', currency: 'EUR', customerKey: transactionId, occurredAt: T, ...extra });
    expect(response.status).toBe(201);
    await waitUntilCredited(api, response.body.id);
    return (await manager('get', `/v1/conversions/${transactionId}`)).body;
  }

  beforeAll(async () => {
    api = await startTestApi();
    worker = await startTestWorker();
    brand = await createBrandFixture(api);
    await publishPlan(api, brand.managerKey, {
      effectiveFrom: isoDaysAgo(400), // in force for every event the API takes (at most 400 days old)
      lookbackDays: 30,
      lockDays: 1,
      attribution: { model: 'last_click' },
      rules: ['awareness', 'consideration', 'conversion', 'retention'].map((role) => ({
        role,
        cps: { rateBps: 1000 },
      })),
    });
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('keeps the defaults until the brand changes them, and names a bad setting', async () => {
    expect((await manager('get', '/v1/quality-rules')).body).toEqual({
      minCtitSeconds: 10,
      clickFloodPerMinute: 30,
      lastSecondSeconds: 60,
      standDownLastSecond: false,
    });
    const bad = await manager('put', '/v1/quality-rules').send({ minCtitSeconds: -1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].field).toBe('minCtitSeconds');
    expect((await manager('put', '/v1/quality-rules').send({ standDownLastSecond: 'yes' })).status).toBe(400);
  });

  it('sends a conversion 4 s after its click to review, and holds its commission until a manager approves', async () => {
    const flagged = await order('Q-CTIT', [{ partnerId: awareness(), secondsBefore: 4 }]);
    expect(flagged.status).toBe('review');
    expect(flagged.flags).toEqual(['ctit_too_short']);
    expect(flagged.flagDetails[0]).toMatchObject({
      code: 'ctit_too_short',
      partnerId: awareness(),
      evidence: { ctitSeconds: 4, minimumSeconds: 10 },
    });
    // Credited as usual (10.00), but the entry is not approved while in review, lock period over or not.
    await worker.get(LedgerService).settle({ brandId: brand.id });
    expect((await manager('get', '/v1/conversions/Q-CTIT')).body.commissions).toEqual([
      expect.objectContaining({ partnerId: awareness(), amount: '10.00', status: 'pending' }),
    ]);

    const approved = await manager('post', '/v1/conversions/Q-CTIT/approve').send({ note: 'verified by phone' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', statusNote: 'verified by phone' });
    await worker.get(LedgerService).settle({ brandId: brand.id });
    expect((await manager('get', '/v1/conversions/Q-CTIT')).body.commissions[0].status).toBe('approved');
    // Decided once: approving again is a conflict.
    expect((await manager('post', '/v1/conversions/Q-CTIT/approve').send({})).status).toBe(409);
  });

  it('flags a coupon touch 30 s before the order after a creator, and stands it down when the brand asks', async () => {
    const journey = [
      { partnerId: awareness(), secondsBefore: 2 * 86_400 },
      { partnerId: conversion(), secondsBefore: 30 },
    ];
    const kept = await order('Q-LAST-1', journey);
    expect(kept.status).toBe('review');
    expect(kept.flagDetails).toEqual([
      expect.objectContaining({
        code: 'last_second_override',
        partnerId: conversion(),
        evidence: expect.objectContaining({ secondsBeforeConversion: 30, otherPartners: 1, stoodDown: false }),
      }),
    ]);
    // Last click: the coupon touch keeps the whole credit while the brand does not stand it down.
    expect(credited(kept)).toEqual([conversion()]);

    await manager('put', '/v1/quality-rules').send({ standDownLastSecond: true }).expect(200);
    const stoodDown = await order('Q-LAST-2', journey);
    expect(stoodDown.flags).toEqual(['last_second_override']);
    // Without the coupon touch the creator's click is the last one: it takes the credit.
    expect(credited(stoodDown)).toEqual([awareness()]);
    expect(stoodDown.attribution).toHaveLength(1); // the coupon touch is not in the journey at all
    await manager('put', '/v1/quality-rules').send({}).expect(200);
  });

  it('rejects with the manager note, which the partner reads on its entry', async () => {
    const rejected = await manager('post', '/v1/conversions/Q-LAST-1/reject').send({ note: 'browser extension' });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', statusReason: 'manual_rejection' });
    await worker.get(LedgerService).settle({ brandId: brand.id });
    const entries = await manager('get', `/v1/partners/${conversion()}/commissions`);
    const entry = entries.body.data.find((row: { status: string }) => row.status === 'rejected');
    expect(entry).toMatchObject({
      amount: '10.00',
      reasonCode: 'manual_rejection',
      reason: "The brand's manager rejected the order: browser extension.",
    });
  });

  it('credits nothing on a click id no click of the brand has', async () => {
    const unknown = await order('Q-UNKNOWN', [], { clickId: '01930000-0000-7000-8000-0000000000ff' });
    expect(unknown).toMatchObject({ status: 'review', flags: ['unknown_click'], attribution: [], commissions: [] });
  });

  it("flags a partner's own registered customer converting through it", async () => {
    await manager('post', `/v1/partners/${awareness()}/customer-keys`).send({ customerKey: 'Q-SELF' }).expect(201);
    const self = await order('Q-SELF', [{ partnerId: awareness(), secondsBefore: 3600 }]);
    expect(self.flagDetails).toEqual([expect.objectContaining({ code: 'self_referral', partnerId: awareness() })]);
  });

  it('leaves an ordinary conversion pending, unflagged', async () => {
    const clean = await order('Q-CLEAN', [{ partnerId: awareness(), secondsBefore: 3600 }]);
    expect(clean).toMatchObject({ status: 'pending', flags: [], flagDetails: [] });
  });

  it('makes the clicks of a flooded minute not creditable and flags the partner day', async () => {
    await manager('put', '/v1/quality-rules').send({ clickFloodPerMinute: 3 }).expect(200);
    const partnerId = brand.partners.consideration.id;
    const flood = Array.from({ length: 5 }, (_, i) => ({
      partnerId,
      ip: '203.0.113.7',
      occurredAt: new Date(Date.parse(`${FLOOD_DAY}T08:15:00Z`) + i * 5000).toISOString(),
    }));
    const calm = [{ partnerId, ip: '198.51.100.9', occurredAt: `${FLOOD_DAY}T08:15:30Z` }];
    const ids = await postClicksAndWait(api, brand.networkKey, [...flood, ...calm]);
    const rows = await eventually(async () => {
      const stored = await api.query<{ id: string; creditable: boolean; not_creditable_reason: string | null }>(
        'SELECT id, creditable, not_creditable_reason FROM clicks WHERE id = ANY($1::uuid[])',
        [ids],
      );
      return stored.filter((row) => !row.creditable).length === 5 && stored;
    });
    // 5 clicks from 203.0.113.x in one minute > 3: all 5 out; the other IP's click stays creditable.
    expect(
      rows
        .filter((row) => row.not_creditable_reason === 'click_flood')
        .map((row) => row.id)
        .sort(),
    ).toEqual(ids.slice(0, 5).sort());
    const [flag] = await api.query<{ day: string; code: string }>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, code FROM quality_flags WHERE partner_id = $1 AND conversion_id IS NULL`,
      [partnerId],
    );
    expect(flag).toEqual({ day: FLOOD_DAY, code: 'click_flood' });
    await manager('put', '/v1/quality-rules').send({}).expect(200);
  });

  it('lists the review queue by flag and partner', async () => {
    const ids = async (query: string) =>
      (await manager('get', `/v1/conversions?${query}`)).body.data
        .map((row: ConversionJson) => row.transactionId)
        .sort();
    // In review: Q-LAST-2 (override), Q-UNKNOWN, Q-SELF. Q-CTIT was approved, Q-LAST-1 rejected.
    expect(await ids('status=review')).toEqual(['Q-LAST-2', 'Q-SELF', 'Q-UNKNOWN']);
    expect(await ids('status=review&flag=self_referral')).toEqual(['Q-SELF']);
    expect(await ids(`flag=last_second_override&partnerId=${conversion()}`)).toEqual(['Q-LAST-1', 'Q-LAST-2']);
    expect((await manager('get', '/v1/conversions?flag=nonsense')).status).toBe(400);
  });

  it("keeps other brands out of the review queue, the decisions and the partners' keys", async () => {
    const other = await createBrandFixture(api);
    const as = (key: string, method: 'get' | 'post', path: string) =>
      api
        .http()
        [method](path)
        .set(...bearer(key));
    expect((await as(other.managerKey, 'get', '/v1/conversions?status=review')).body.data).toEqual([]);
    expect((await as(other.managerKey, 'post', '/v1/conversions/Q-SELF/approve').send({})).status).toBe(404);
    expect((await as(other.managerKey, 'post', '/v1/conversions/Q-SELF/reject').send({})).status).toBe(404);
    expect(
      (await as(other.managerKey, 'post', `/v1/partners/${awareness()}/customer-keys`).send({ customerKey: 'x' }))
        .status,
    ).toBe(404);
    // A network posts conversions but does not decide on them; a partner key does neither.
    expect((await as(brand.networkKey, 'post', '/v1/conversions/Q-SELF/approve').send({})).status).toBe(403);
    expect((await as(brand.partnerKey, 'get', '/v1/conversions?status=review')).status).toBe(403);
    expect((await as(brand.partnerKey, 'get', '/v1/quality-rules')).status).toBe(403);
  });
});
