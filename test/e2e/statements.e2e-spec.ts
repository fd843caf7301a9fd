import { getQueueToken } from '@nestjs/bullmq';
import { type INestApplicationContext } from '@nestjs/common';
import { type Queue } from 'bullmq';
import { type CalendarPeriod, type FunnelRole, periodOf } from '#domain';
import { QueueName } from '#queue';
import {
  bearer,
  type BrandFixture,
  type BrandOverrides,
  closedPeriod,
  createBrandFixture,
  eventually,
  inPeriod,
  isoDaysAgo,
  issueKey,
  openApiDocument,
  pdfText as textOfPdf,
  postClicksAndWait,
  publishPlan,
  resolveSchema,
  responseSchema,
  schemaMismatches,
  startTestApi,
  startTestWorker,
  type TestApi,
  testClock,
  waitUntilCredited,
} from '#testing';

interface StatementJson {
  id: string;
  partnerId: string;
  period: string;
  status: string;
  openingBalance: string;
  earned: string;
  total: string;
  minimumPayout: string;
  amountDue: string;
  carriedForward: string;
  note: string;
  lines: {
    kind: string;
    transactionId: string | null;
    commission: string;
    cappedAmount?: string;
    reasonCode: string | null;
    reason: string | null;
    otherPartners: number;
    orderAmount: string | null;
    creditShare: string | null;
  }[];
}

/** The figures of a statement a partner checks first: opening, earned, total, due, carried. */
const balance = (statement: StatementJson) => [
  statement.openingBalance,
  statement.earned,
  statement.total,
  statement.amountDue,
  statement.carriedForward,
];

/** Fetches a statement as PDF and returns the document's text. */
async function pdfText(api: TestApi, path: string, key: string): Promise<string> {
  const response = await api
    .http()
    .get(path)
    .set(...bearer(key))
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toBe('application/pdf');
  return textOfPdf(response.body as Buffer);
}

/** A year before the business clock's now: plans published from then are in force for every order below. */
const PLAN_FROM = isoDaysAgo(365);

/**
 * Monthly statements from postbacks through the real worker. Euro brand, minimum payout 25.00,
 * 10 % CPS for the conversion and awareness roles (last click), at most 30.00 per partner and month.
 * P1 is the conversion-role partner, P2 the awareness one.
 */
describe('payout statements', () => {
  // The four months stated are the last four that are over in Berlin, oldest first: MONTH_4 is the
  // last closed month. Orders fall on the 10th and 12th, so their 14-day lock has ended before any run.
  const [MONTH_1, MONTH_2, MONTH_3, MONTH_4] = [4, 3, 2, 1].map((back) => closedPeriod('month', back));
  /**
   * Noon in Berlin on a day of the month, as ISO. Clocks change on last Sundays (25th or later), never
   * before the 12th, so the day is `day` on the local calendar: the date a statement line shows.
   */
  const onDay = (month: CalendarPeriod, day: number) => inPeriod(month, day - 1, 12).toISOString();
  let api: TestApi;
  let worker: INestApplicationContext;
  let brand: BrandFixture;
  let p1Key: string;
  const p1 = () => brand.partners.conversion.id;
  const p2 = () => brand.partners.awareness.id;

  const manager = (method: 'get' | 'post', path: string) =>
    api
      .http()
      [method](path)
      .set(...bearer(brand.managerKey));

  async function order(fixture: BrandFixture, partnerId: string, transactionId: string, amount: string, at: string) {
    await postClicksAndWait(api, fixture.networkKey, [
      { partnerId, customerKey: transactionId, occurredAt: new Date(Date.parse(at) - 3600 * 1000).toISOString() },
    ]);
    const response = await api
      .http()
      .post('/v1/conversions')
      .set(...bearer(fixture.networkKey))
      .send({ transactionId, amount, currency: 'EUR', customerKey: transactionId, occurredAt: at });
    expect(response.status).toBe(201);
    await waitUntilCredited(api, response.body.id);
  }

  /** Runs a month through the worker's job and waits until the job is done. */
  async function runMonth(period: string, managerKey = brand.managerKey): Promise<void> {
    const response = await api
      .http()
      .post('/v1/statements/run')
      .set(...bearer(managerKey))
      .send({ period });
    expect(response.status).toBe(202);
    const queue = api.app.get<Queue>(getQueueToken(QueueName.Payouts), { strict: false });
    await eventually(async () => {
      const job = await queue.getJob(response.body.jobId);
      if (job?.failedReason) throw new Error(`statements job failed: ${job.failedReason}`);
      return job === undefined; // removed once complete
    });
  }

  async function statementOf(partnerId: string, period: string): Promise<StatementJson> {
    const list = await manager('get', `/v1/statements?partnerId=${partnerId}&period=${period}`);
    expect(list.status).toBe(200);
    expect(list.body.data).toHaveLength(1);
    const one = await manager('get', `/v1/statements/${list.body.data[0].id}`);
    expect(one.status).toBe(200);
    return one.body;
  }

  beforeAll(async () => {
    api = await startTestApi();
    worker = await startTestWorker();
    brand = await createBrandFixture(api, { minimumPayout: '25.00' });
    p1Key = (await issueKey(api, brand.id, 'partner', p1())).key;
    await publishPlan(api, brand.managerKey, {
      effectiveFrom: PLAN_FROM,
      lookbackDays: 30,
      lockDays: 14,
      attribution: { model: 'last_click' },
      rules: [
        { role: 'conversion', cps: { rateBps: 1000 } },
        { role: 'awareness', cps: { rateBps: 1000 } },
      ],
      caps: { perPartnerPerMonth: '30.00' },
    });
    // Month 1: A1 100.00 → P1 10.00; B1 250.00 → P2 25.00.
    await order(brand, p1(), 'A1', '100.00', onDay(MONTH_1, 10));
    await order(brand, p2(), 'B1', '250.00', onDay(MONTH_1, 12));
    // Month 2: A2 120.00 → P1 12.00; B2 20.00 → P2 2.00.
    await order(brand, p1(), 'A2', '120.00', onDay(MONTH_2, 10));
    await order(brand, p2(), 'B2', '20.00', onDay(MONTH_2, 12));
    // Month 3: A3 50.00 → P1 5.00; B3 400.00 → P2 40.00, of which the 30.00 cap pays 30.00.
    // Month 4 (the last closed month) has no orders.
    await order(brand, p1(), 'A3', '50.00', onDay(MONTH_3, 10));
    await order(brand, p2(), 'B3', '400.00', onDay(MONTH_3, 12));
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('carries a total below the minimum payout, and pays one exactly at it (month 1)', async () => {
    await runMonth(MONTH_1.key);
    // P1: 0 + 10.00 = 10.00 < 25.00 → nothing due, 10.00 carried.
    const first = await statementOf(p1(), MONTH_1.key);
    expect(balance(first)).toEqual(['0.00', '10.00', '10.00', '0.00', '10.00']);
    expect(first.note).toBe(
      'The total is below the minimum payout of 25.00 EUR: 10.00 EUR is carried to the next statement.',
    );
    expect(first.lines.map((line) => [line.transactionId, line.kind, line.orderAmount, line.commission])).toEqual([
      ['A1', 'cps', '100.00', '10.00'],
    ]);
    // P2: 25.00 reaches 25.00 → all due.
    expect(balance(await statementOf(p2(), MONTH_1.key))).toEqual(['0.00', '25.00', '25.00', '25.00', '0.00']);
  });

  it('carries a debt when a clawback exceeds the month, and keeps carrying below the threshold (month 2)', async () => {
    // B1 refunded in full after month 1's statement: its 25.00 is clawed back on the next one.
    await manager('post', '/v1/conversions/B1/reversals').send({ reason: 'order cancelled' }).expect(201);
    await eventually(async () => {
      const rows = await api.query(
        `SELECT 1 FROM commission_entries e JOIN conversions c ON c.id = e.conversion_id
          WHERE c.brand_id = $1 AND c.transaction_id = 'B1' AND e.reversal_id IS NOT NULL`,
        [brand.id],
      );
      return rows.length === 1;
    });
    await runMonth(MONTH_2.key);
    // P1: 10.00 carried + 12.00 = 22.00 < 25.00 → still carried, second month running.
    expect(balance(await statementOf(p1(), MONTH_2.key))).toEqual(['10.00', '12.00', '22.00', '0.00', '22.00']);
    // P2: 0 + 2.00 − 25.00 = −23.00 → nothing due, −23.00 carried.
    const p2Month2 = await statementOf(p2(), MONTH_2.key);
    expect(balance(p2Month2)).toEqual(['0.00', '-23.00', '-23.00', '0.00', '-23.00']);
    expect(p2Month2.note).toBe(
      'Clawbacks exceed the earnings: 23.00 EUR is owed and will be taken from the next statement.',
    );
    const clawback = p2Month2.lines.find((line) => line.transactionId === 'B1');
    expect(clawback).toMatchObject({ commission: '-25.00', reasonCode: 'refund' });
    expect(clawback?.reason).toBe(
      'The order was refunded (250.00 EUR of 250.00 EUR): order cancelled; 25.00 EUR of the commission is taken back.',
    );
  });

  it('shows a capped entry at zero with the reason, and pays once the threshold is reached (month 3)', async () => {
    await runMonth(MONTH_3.key);
    // P1: 22.00 + 5.00 = 27.00 ≥ 25.00 → 27.00 due.
    expect(balance(await statementOf(p1(), MONTH_3.key))).toEqual(['22.00', '5.00', '27.00', '27.00', '0.00']);
    // P2: −23.00 + 30.00 + 0 (capped) = 7.00 < 25.00 → carried.
    const p2Month3 = await statementOf(p2(), MONTH_3.key);
    expect(balance(p2Month3)).toEqual(['-23.00', '30.00', '7.00', '0.00', '7.00']);
    expect(
      p2Month3.lines.map((line) => [
        line.transactionId,
        line.kind,
        line.commission,
        line.cappedAmount,
        line.reasonCode,
      ]),
    ).toEqual([
      ['B3', 'cps', '30.00', undefined, null],
      ['B3', 'capped', '0.00', '10.00', 'monthly_cap'],
    ]);
  });

  it('puts a reversal after issue on the next statement, never on the issued one (month 4)', async () => {
    // Half of A3 refunded after month 3 was issued: 5.00 × 25.00 / 50.00 = 2.50 clawed back.
    await manager('post', '/v1/conversions/A3/reversals').send({ amount: '25.00' }).expect(201);
    await eventually(async () => {
      const rows = await api.query(
        `SELECT 1 FROM commission_entries e JOIN conversions c ON c.id = e.conversion_id
          WHERE c.brand_id = $1 AND c.transaction_id = 'A3' AND e.reversal_id IS NOT NULL`,
        [brand.id],
      );
      return rows.length === 1;
    });
    await runMonth(MONTH_4.key);
    expect(balance(await statementOf(p1(), MONTH_3.key))).toEqual(['22.00', '5.00', '27.00', '27.00', '0.00']);
    // P1: 0 − 2.50 = −2.50 carried. P2: no new entries, but 7.00 carried in keeps it on a statement.
    expect(balance(await statementOf(p1(), MONTH_4.key))).toEqual(['0.00', '-2.50', '-2.50', '0.00', '-2.50']);
    expect(balance(await statementOf(p2(), MONTH_4.key))).toEqual(['7.00', '0.00', '7.00', '0.00', '7.00']);
  });

  it('changes nothing when a month runs again, puts every entry on exactly one statement', async () => {
    const before = await api.query('SELECT id, total_minor FROM statements WHERE brand_id = $1 ORDER BY id', [
      brand.id,
    ]);
    await runMonth(MONTH_4.key);
    expect(
      await api.query('SELECT id, total_minor FROM statements WHERE brand_id = $1 ORDER BY id', [brand.id]),
    ).toEqual(before);
    expect(before).toHaveLength(8); // two partners × four months
    // Every approved entry of the brand is on a statement; none twice (a column holds one id).
    const [{ unstated }] = await api.query<{ unstated: number }>(
      `SELECT count(*)::int AS unstated FROM commission_entries
        WHERE brand_id = $1 AND status = 'approved' AND statement_id IS NULL`,
      [brand.id],
    );
    expect(unstated).toBe(0);
  });

  it('refuses a month that is not over, or earlier than one already stated', async () => {
    // The current month in Berlin: begun, not over.
    const thisMonth = periodOf(testClock.now(), 'month', 'Europe/Berlin').key;
    const current = await manager('post', '/v1/statements/run').send({ period: thisMonth });
    expect(current.status).toBe(400);
    expect(current.body.error.message).toContain('has not ended yet');
    const earlier = await manager('post', '/v1/statements/run').send({ period: MONTH_2.key });
    expect(earlier.status).toBe(409);
    expect(earlier.body.error.message).toContain(`Statements for ${MONTH_4.key} exist already`);
    expect((await manager('post', '/v1/statements/run').send({ period: '2026-13' })).status).toBe(400);
  });

  it('marks a statement paid once; a second call and a statement with nothing due are conflicts', async () => {
    const month3 = await statementOf(p1(), MONTH_3.key);
    const paid = await manager('post', `/v1/statements/${month3.id}/paid`).send({ reference: 'SEPA-0042' });
    expect(paid.status).toBe(200);
    expect(paid.body).toMatchObject({ status: 'paid', paidReference: 'SEPA-0042' });
    const document = await openApiDocument(api);
    const schema = resolveSchema(document, responseSchema(document, 'post', '/v1/statements/{id}/paid') ?? {});
    expect(Object.keys(paid.body).sort()).toEqual(Object.keys(schema.properties ?? {}).sort());
    expect(schemaMismatches(document, schema, paid.body)).toEqual([]);
    const again = await manager('post', `/v1/statements/${month3.id}/paid`).send({ reference: 'SEPA-0043' });
    expect(again.status).toBe(409);
    const month1 = await statementOf(p1(), MONTH_1.key);
    expect((await manager('post', `/v1/statements/${month1.id}/paid`).send({ reference: 'X' })).status).toBe(409);
    expect((await manager('post', `/v1/statements/${month1.id}/paid`).send({})).status).toBe(400);
  });

  it('exports CSV lines, the finance CSV of partners due, and a PDF whose text holds the totals', async () => {
    const month2 = await statementOf(p2(), MONTH_2.key);
    const csv = await manager('get', `/v1/statements/${month2.id}?format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const rows = csv.text.trim().split('\n');
    expect(rows[0]).toBe(
      'date,kind,transaction_id,order_amount,credit_share,attributed_revenue,rule,rate_bps,tier,commission,capped_amount,other_partners,reason_code,reason',
    );
    // B1's clawback (rule 1: the awareness rule) and B2's 10 % of 20.00.
    expect(rows).toHaveLength(3);
    // Lines are dated by the order's local day: B2 on the 12th of month 2, B1 (clawed back)
    // on the 12th of month 1.
    expect(rows[2]).toBe(`${MONTH_2.key}-12,Commission (CPS),B2,20.00,100.00 %,20.00,1,1000,,2.00,,0,,`);
    expect(
      rows.some((row) =>
        row.startsWith(`${MONTH_1.key}-12,Commission (CPS),B1,250.00,100.00 %,,1,,,-25.00,,0,refund,`),
      ),
    ).toBe(true);

    // Month 3: only P1's 27.00 is due (P2 carries).
    const finance = await manager('get', `/v1/statements?period=${MONTH_3.key}&format=csv`);
    expect(finance.status).toBe(200);
    const financeRows = finance.text.trim().split('\n');
    expect(financeRows).toHaveLength(2);
    expect(financeRows[1]).toContain(`,${p1()},DealDrop Coupons,`);
    expect(financeRows[1]).toContain(`,${MONTH_3.key},EUR,27.00,paid,SEPA-0042`);
    expect((await manager('get', '/v1/statements?format=csv')).status).toBe(400);

    const text = await pdfText(
      api,
      `/v1/statements/${(await statementOf(p1(), MONTH_3.key)).id}?format=pdf`,
      brand.managerKey,
    );
    expect(text).toContain('Test Brand: partner statement');
    expect(text).toContain('Partner: DealDrop Coupons');
    expect(text).toContain(`Period: ${MONTH_3.key}`);
    expect(text).toMatch(/Amount due\s+27\.00 EUR/);
    expect(text).toMatch(/Opening balance\s+22\.00 EUR/);
    expect(text).toContain('Paid on');
  });

  it('shows a partner its own statements only; another partner and another brand get 404', async () => {
    const mine = await api
      .http()
      .get('/v1/me/statements')
      .set(...bearer(p1Key));
    expect(mine.status).toBe(200);
    expect(mine.body.data.map((statement: StatementJson) => statement.period).sort()).toEqual([
      MONTH_1.key,
      MONTH_2.key,
      MONTH_3.key,
      MONTH_4.key,
    ]);
    expect(new Set(mine.body.data.map((statement: StatementJson) => statement.partnerId))).toEqual(new Set([p1()]));
    const p2Statement = await statementOf(p2(), MONTH_3.key);
    const p1Statement = await statementOf(p1(), MONTH_3.key);
    expect(
      (
        await api
          .http()
          .get(`/v1/me/statements/${p2Statement.id}`)
          .set(...bearer(p1Key))
      ).status,
    ).toBe(404);
    const own = await api
      .http()
      .get(`/v1/me/statements/${p1Statement.id}?format=csv`)
      .set(...bearer(p1Key));
    expect(own.status).toBe(200);
    // A partner key may not use the manager's routes.
    expect(
      (
        await api
          .http()
          .get('/v1/statements')
          .set(...bearer(p1Key))
      ).status,
    ).toBe(403);

    const other = await createBrandFixture(api);
    const foreign = (path: string) =>
      api
        .http()
        .get(path)
        .set(...bearer(other.managerKey));
    expect((await foreign(`/v1/statements/${p1Statement.id}`)).status).toBe(404);
    expect((await foreign('/v1/statements')).body.data).toEqual([]);
    const paid = await api
      .http()
      .post(`/v1/statements/${p2Statement.id}/paid`)
      .set(...bearer(other.managerKey))
      .send({ reference: 'X' });
    expect(paid.status).toBe(404);
    expect(
      (
        await api
          .http()
          .get(`/v1/me/statements/${p1Statement.id}`)
          .set(...bearer(other.partnerKey))
      ).status,
    ).toBe(404);
  });

  it('answers JSON with exactly the fields /docs declares, lists and documents alike', async () => {
    const document = await openApiDocument(api);
    const schemaOf = (path: string) => resolveSchema(document, responseSchema(document, 'get', path) ?? {});
    const statement = schemaOf('/v1/statements/{id}');
    // P2's month 3 has a capped line (with `cappedAmount`), month 2 a clawback with its reason.
    for (const month of [MONTH_2.key, MONTH_3.key]) {
      const body = await statementOf(p2(), month);
      expect(Object.keys(body).sort()).toEqual(Object.keys(statement.properties ?? {}).sort());
      expect(schemaMismatches(document, statement, body)).toEqual([]);
    }
    const list = await manager('get', '/v1/statements');
    expect(list.body.data).toHaveLength(8);
    expect(schemaMismatches(document, schemaOf('/v1/statements'), list.body)).toEqual([]);
    const listed = resolveSchema(document, schemaOf('/v1/statements').properties?.data.items ?? {});
    expect(Object.keys(list.body.data[0]).sort()).toEqual(Object.keys(listed.properties ?? {}).sort());

    const mine = await api
      .http()
      .get('/v1/me/statements')
      .set(...bearer(p1Key));
    expect(schemaMismatches(document, schemaOf('/v1/me/statements'), mine.body)).toEqual([]);
    const own = await api
      .http()
      .get(`/v1/me/statements/${mine.body.data[0].id}`)
      .set(...bearer(p1Key));
    expect(schemaMismatches(document, schemaOf('/v1/me/statements/{id}'), own.body)).toEqual([]);
  });
});

/** Currencies with no decimals (JPY) and three (KWD), and a conversion two partners shared. */
describe('payout statements in other currencies', () => {
  let api: TestApi;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    api = await startTestApi();
    worker = await startTestWorker();
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  async function statementsOf(fixture: BrandFixture, period: string): Promise<Map<string, StatementJson>> {
    const run = await api
      .http()
      .post('/v1/statements/run')
      .set(...bearer(fixture.managerKey))
      .send({ period });
    expect(run.status).toBe(202);
    const list = await eventually(async () => {
      const response = await api
        .http()
        .get(`/v1/statements?period=${period}`)
        .set(...bearer(fixture.managerKey));
      return response.body.data.length > 0 && response.body.data;
    });
    const byPartner = new Map<string, StatementJson>();
    for (const { id, partnerId } of list as StatementJson[]) {
      const one = await api
        .http()
        .get(`/v1/statements/${id}`)
        .set(...bearer(fixture.managerKey));
      byPartner.set(partnerId, one.body);
    }
    return byPartner;
  }

  /**
   * A brand with one order of `amount` on the 5th of the month two back (over in the brand's time
   * zone, and the order's 14-day lock with it), touched by the partners of `roles` in that order on
   * the 1st, 2nd, … and paid 10 % CPS under `model`; that month's statements, by partner.
   */
  async function oneStatedOrder(
    brand: BrandOverrides & { currency: string; timezone: string },
    model: 'linear' | 'last_click',
    roles: FunnelRole[],
    amount: string,
  ): Promise<{ fixture: BrandFixture; statements: Map<string, StatementJson> }> {
    const month = closedPeriod('month', 2, brand.timezone);
    const fixture = await createBrandFixture(api, brand);
    await publishPlan(api, fixture.managerKey, {
      effectiveFrom: PLAN_FROM,
      lookbackDays: 30,
      lockDays: 14,
      attribution: { model },
      rules: roles.map((role) => ({ role, cps: { rateBps: 1000 } })),
    });
    await postClicksAndWait(
      api,
      fixture.networkKey,
      roles.map((role, day) => ({
        partnerId: fixture.partners[role].id,
        customerKey: 'customer-1',
        occurredAt: inPeriod(month, day).toISOString(),
      })),
    );
    const response = await api
      .http()
      .post('/v1/conversions')
      .set(...bearer(fixture.networkKey))
      .send({
        transactionId: 'ORDER-1',
        amount,
        currency: brand.currency,
        customerKey: 'customer-1',
        occurredAt: inPeriod(month, 4).toISOString(),
      });
    expect(response.status).toBe(201);
    await waitUntilCredited(api, response.body.id);
    return { fixture, statements: await statementsOf(fixture, month.key) };
  }

  it('states yen without decimals, and says how many other partners shared an order, never who', async () => {
    const { fixture, statements } = await oneStatedOrder(
      { currency: 'JPY', timezone: 'Asia/Tokyo', minimumPayout: '1000' },
      'linear',
      ['awareness', 'conversion'],
      '12340',
    );
    // Linear: 12340 / 2 = 6170 each; 10 % = 617 JPY < 1000 → carried.
    const awareness = statements.get(fixture.partners.awareness.id) as StatementJson;
    expect(balance(awareness)).toEqual(['0', '617', '617', '0', '617']);
    expect(awareness.minimumPayout).toBe('1000');
    expect(awareness.lines).toEqual([
      expect.objectContaining({
        transactionId: 'ORDER-1',
        orderAmount: '12340',
        creditShare: '50.00 %',
        otherPartners: 1,
      }),
    ]);
    expect(JSON.stringify(awareness)).not.toContain(fixture.partners.conversion.id);

    const text = await pdfText(api, `/v1/statements/${awareness.id}?format=pdf`, fixture.managerKey);
    expect(text).toMatch(/Carried forward\s+617 JPY/);
    expect(text).toContain('1 other partner took part.');
    expect(text).not.toContain('617.00');
  });

  it('states dinars with three decimals', async () => {
    const { fixture, statements } = await oneStatedOrder(
      { currency: 'KWD', timezone: 'Asia/Kuwait', minimumPayout: '1.000' },
      'last_click',
      ['conversion'],
      '12.340',
    );
    // 10 % of 12.340 = 1.234 KWD ≥ 1.000 → due.
    const statement = statements.get(fixture.partners.conversion.id) as StatementJson;
    expect(balance(statement)).toEqual(['0.000', '1.234', '1.234', '1.234', '0.000']);
    expect(await pdfText(api, `/v1/statements/${statement.id}?format=pdf`, fixture.managerKey)).toMatch(
      /Amount due\s+1\.234 KWD/,
    );
  });
});
