import { randomBytes } from 'node:crypto';
import { bearer, type BrandFixture, createBrandFixture, startTestApi, type TestApi } from '#testing';

/**
 * One validator per kind, as the API answers it: the GET postbacks' aliases and required
 * parameters (checked by their query DTOs), ids, ISO times and calendar dates the same on every
 * route, and query strings that take only the parameters they declare.
 */
describe('request validation', () => {
  let api: TestApi;
  let brand: BrandFixture;
  const CLICK = '01930000-0000-7000-8000-0000000000cc';
  const txid = (): string => `VAL-${randomBytes(4).toString('hex')}`;
  const as = (key: string) => (path: string) =>
    api
      .http()
      .get(path)
      .set(...bearer(key));
  const details = (response: { body: { error: { details: { field: string; message: string }[] } } }) =>
    response.body.error.details;

  beforeAll(async () => {
    api = await startTestApi();
    brand = await createBrandFixture(api);
  });
  afterAll(() => api.close());

  describe('GET postbacks', () => {
    const postback = (path: string, query: string) => api.http().get(`${path}?key=${brand.networkKey}&${query}`);

    it('take the order id as order_id or txid and the click id as click_id, transaction_id or tid', async () => {
      for (const [orderName, clickName] of [
        ['order_id', 'transaction_id'],
        ['txid', 'click_id'],
      ]) {
        const orderId = txid();
        const response = await postback(
          '/postback/conversion',
          `${orderName}=${orderId}&${clickName}=${CLICK}&amount=12.00&currency=EUR`,
        );
        expect(response.status).toBe(200);
        const shown = await as(brand.managerKey)(`/v1/conversions/${orderId}`);
        expect(shown.body).toMatchObject({ transactionId: orderId, clickId: CLICK, amount: '12.00' });
      }
      // The same value under two names is one value; a blank click id (an empty macro) is none.
      const same = txid();
      const both = await postback(
        '/postback/conversion',
        `order_id=${same}&txid=${same}&tid=&amount=1.00&currency=EUR`,
      );
      expect(both.status).toBe(200);
      expect((await as(brand.managerKey)(`/v1/conversions/${same}`)).body.clickId).toBeNull();
      const reversed = await postback('/postback/reversal', `txid=${same}&amount=0.40&reversal_id=r-1`);
      expect([reversed.status, reversed.body.remainingAmount]).toEqual([200, '0.60']);
    });

    it('name every problem at once, each at the parameter it concerns', async () => {
      const missing = await postback('/postback/conversion', 'click_id=');
      expect(missing.status).toBe(400);
      expect(details(missing)).toEqual([
        { field: 'order_id', message: "order_id (or txid) is required: the brand's order id" },
        { field: 'amount', message: 'amount is required, e.g. amount=19.99' },
        { field: 'currency', message: 'currency is required, e.g. currency=EUR' },
      ]);
      const differ = await postback(
        '/postback/conversion',
        `order_id=A-1&txid=A-2&amount=1.00&currency=EUR&click_id=${CLICK}&transaction_id=not-a-click`,
      );
      expect(differ.status).toBe(400);
      expect(details(differ)).toEqual([
        { field: 'order_id', message: 'order_id and txid differ; send one of them' },
        { field: 'transaction_id', message: 'transaction_id must be a click id Partnermix issued (UUID)' },
      ]);
      const noOrder = await postback('/postback/reversal', 'amount=1.00');
      expect(details(noOrder)).toEqual([
        { field: 'order_id', message: "order_id (or txid) is required: the brand's order id" },
      ]);
    });
  });

  it('answers the same for a malformed id in any body or query', async () => {
    const [clicks, keys, statements] = await Promise.all([
      api
        .http()
        .post('/v1/clicks')
        .set(...bearer(brand.networkKey))
        .send({ partnerId: 'abc' }),
      api
        .http()
        .post(`/v1/brands/${brand.id}/api-keys`)
        .set(...bearer(brand.managerKey))
        .send({ role: 'partner', name: 'x', partnerId: 'abc' }),
      as(brand.managerKey)('/v1/statements?partnerId=abc'),
    ]);
    for (const response of [clicks, keys, statements]) {
      expect(details(response)).toEqual([{ field: 'partnerId', message: 'partnerId must be a partner id (UUID)' }]);
    }
  });

  it('reads ISO times and calendar dates the same everywhere', async () => {
    const partner = brand.partners.awareness.id;
    const commissions = (query: string) => as(brand.managerKey)(`/v1/partners/${partner}/commissions?${query}`);
    expect((await commissions('from=2026-11-01&to=2026-12-01T00:00:00%2B01:00')).status).toBe(200);
    const noOffset = await commissions('from=2026-11-01T00:00:00');
    expect(details(noOffset)).toEqual([
      {
        field: 'from',
        message: 'from must be a date (2026-11-01) or an ISO 8601 time with offset, such as 2026-11-22T10:15:00Z',
      },
    ]);
    const code = await api
      .http()
      .post(`/v1/partners/${partner}/codes`)
      .set(...bearer(brand.managerKey))
      .send({ code: 'VALID1', validFrom: '2026-12-01' });
    expect(details(code)).toEqual([
      { field: 'validFrom', message: 'validFrom must be an ISO 8601 time with offset, such as 2026-11-22T10:15:00Z' },
    ]);
    const spend = await api
      .http()
      .post('/v1/spend')
      .set(...bearer(brand.managerKey))
      .send({ channel: 'tv', periodStart: '2026-02-30', periodEnd: '2026-03-31', amount: '1.00', currency: 'EUR' });
    expect(details(spend)).toEqual([
      { field: 'periodStart', message: 'periodStart must be a real calendar date YYYY-MM-DD, such as 2026-11-01' },
    ]);
    const daily = await as(brand.managerKey)(`/v1/partners/${partner}/daily?from=2026-02-30`);
    expect(details(daily)).toEqual([
      { field: 'from', message: 'from must be a real calendar date YYYY-MM-DD, such as 2026-11-01' },
    ]);
  });

  it('takes only the query parameters a route declares, the preview of a plan included', async () => {
    const plan = {
      effectiveFrom: '2026-01-01T00:00:00Z',
      lookbackDays: 30,
      lockDays: 30,
      attribution: { model: 'last_click' },
      rules: [{ role: 'conversion', cps: { rateBps: 500 } }],
    };
    const preview = (query: string) =>
      api
        .http()
        .post(`/v1/commission-plans/preview${query}`)
        .set(...bearer(brand.managerKey))
        .send(plan);
    expect((await preview('')).status).toBe(200);
    expect(details(await preview('?period=2026-13'))).toEqual([
      { field: 'period', message: 'period must be a month such as "2026-10" or a quarter such as "2026-Q3"' },
    ]);
    expect(details(await preview('?colour=red'))).toEqual([
      { field: 'colour', message: 'colour is not a field of this request; remove it' },
    ]);
    const finance = await as(brand.managerKey)('/v1/statements?format=csv');
    expect(details(finance)).toEqual([
      { field: 'period', message: 'the finance CSV is per month: add period=YYYY-MM' },
    ]);
  });
});
