import { getQueueToken } from '@nestjs/bullmq';
import { type INestApplicationContext } from '@nestjs/common';
import { type Queue } from 'bullmq';
import { type CalendarPeriod } from '#domain';
import { QueueName } from '#queue';
import {
  bearer,
  type BrandFixture,
  closedPeriod,
  createBrandFixture,
  eventually,
  inPeriod,
  isoDaysAgo,
  openApiDocument,
  pdfText,
  postClicksAndWait,
  publishPlan,
  resolveSchema,
  responseSchema,
  schemaMismatches,
  signUpByInvite,
  startTestApi,
  startTestWorker,
  type TestApi,
  type TestSession,
  waitUntilCredited,
} from '#testing';

/** Two brands, three sign-ups and four orders through the worker: more than jest's 30 s on a busy machine. */
const SETUP_TIMEOUT_MS = 120_000;

interface Listed {
  id: string;
  partnerId: string;
  partnerName: string;
  status: string;
  amountDue: string;
  earned: string;
  clawbacks: string;
  paidReference: string | null;
}

/**
 * What the console's Payouts pages need beyond the statements themselves: watching a run (the
 * job's state), the list by month and status with partner names, bulk payment with one reference,
 * and the documents downloaded with the session cookie. Euro brand, minimum payout 25.00, 10 % CPS
 * for every role, last click.
 */
describe('statement runs and payments (console)', () => {
  // M1 is the last month that is over in Berlin, M2 the one before.
  const [M1, M2] = [1, 2].map((back) => closedPeriod('month', back));
  /** Noon-ish on the day of the month: its 14-day lock is over before any run. */
  const onDay = (month: CalendarPeriod, day: number) => inPeriod(month, day - 1, 12).toISOString();
  let api: TestApi;
  let worker: INestApplicationContext;
  let brand: BrandFixture;
  let other: BrandFixture;
  let manager: TestSession;
  let otherManager: TestSession;
  let partnerSession: TestSession;
  let queue: Queue;
  const byName = new Map<string, Listed>();

  const asKey = (key: string, method: 'get' | 'post', path: string) =>
    api
      .http()
      [method](path)
      .set(...bearer(key));
  const asSession = (session: TestSession, method: 'get' | 'post', path: string) => {
    const call = api.http()[method](path).set('Cookie', session.cookie);
    return method === 'post' ? call.set('X-CSRF-Token', session.csrfToken) : call;
  };
  const statusesOf = async (ids: string[]) =>
    (await api.query<{ status: string }>('SELECT status FROM statements WHERE id = ANY($1::uuid[]) ORDER BY id', [ids]))
      .map((row) => row.status)
      .sort();

  async function order(partnerId: string, transactionId: string, amount: string, at: string) {
    await postClicksAndWait(api, brand.networkKey, [
      { partnerId, customerKey: transactionId, occurredAt: new Date(Date.parse(at) - 3600 * 1000).toISOString() },
    ]);
    const response = await asKey(brand.networkKey, 'post', '/v1/conversions').send({
      transactionId,
      amount,
      currency: 'EUR',
      customerKey: transactionId,
      occurredAt: at,
    });
    expect(response.status).toBe(201);
    await waitUntilCredited(api, response.body.id);
  }

  beforeAll(async () => {
    api = await startTestApi();
    worker = await startTestWorker();
    queue = api.app.get<Queue>(getQueueToken(QueueName.Payouts), { strict: false });
    brand = await createBrandFixture(api, { minimumPayout: '25.00' });
    other = await createBrandFixture(api, { minimumPayout: '25.00' });
    manager = await signUpByInvite(api, brand.managerKey, brand.id, { role: 'brand_manager' });
    otherManager = await signUpByInvite(api, other.managerKey, other.id, { role: 'brand_manager' });
    partnerSession = await signUpByInvite(api, brand.managerKey, brand.id, {
      role: 'partner',
      partnerId: brand.partners.conversion.id,
    });
    await publishPlan(api, brand.managerKey, {
      effectiveFrom: isoDaysAgo(365),
      lookbackDays: 30,
      lockDays: 14,
      attribution: { model: 'last_click' },
      rules: (['awareness', 'consideration', 'conversion', 'retention'] as const).map((role) => ({
        role,
        cps: { rateBps: 1000 },
      })),
    });
    // M1: DealDrop Coupons 400.00 → 40.00, of which 10.00 clawed back when a quarter is refunded
    // before the run; Trail Talk Podcast 300.00 → 30.00; GearLab Reviews
    // 100.00 → 10.00 (below 25.00: carried). M2: Summit Rewards 500.00 → 50.00.
    await order(brand.partners.conversion.id, 'C1', '400.00', onDay(M1, 10));
    await order(brand.partners.awareness.id, 'A1', '300.00', onDay(M1, 11));
    await order(brand.partners.consideration.id, 'R1', '100.00', onDay(M1, 12));
    await order(brand.partners.retention.id, 'L2', '500.00', onDay(M2, 10));
    const refund = await asKey(brand.managerKey, 'post', '/v1/conversions/C1/reversals').send({ amount: '100.00' });
    expect(refund.status).toBe(201);
    await eventually(async () => {
      const rows = await api.query(
        `SELECT 1 FROM commission_entries e JOIN conversions c ON c.id = e.conversion_id
          WHERE c.brand_id = $1 AND c.transaction_id = 'C1' AND e.reversal_id IS NOT NULL`,
        [brand.id],
      );
      return rows.length === 1;
    });
  }, SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await queue?.resume();
    await worker?.close();
    await api?.close();
  });

  it('shows a run queued while the worker cannot take it, then idle with its statements; a run that fails says why', async () => {
    const before = await asSession(manager, 'get', `/v1/statements/runs/${M1.key}`);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ period: M1.key, state: 'idle', statements: 0, error: null });

    // Paused, the queue keeps both runs waiting: the later month first, then the earlier one, which
    // was still allowed when asked (no statements yet) but will find M1's when the worker gets to it.
    await queue.pause();
    const run = await asSession(manager, 'post', '/v1/statements/run').send({ period: M1.key });
    expect(run.status).toBe(202);
    expect((await asSession(manager, 'post', '/v1/statements/run').send({ period: M2.key })).status).toBe(202);
    const queued = await asSession(manager, 'get', `/v1/statements/runs/${M1.key}`);
    expect(queued.body).toMatchObject({ period: M1.key, jobId: run.body.jobId, state: 'queued', statements: 0 });
    const document = await openApiDocument(api);
    const runSchema = resolveSchema(document, responseSchema(document, 'get', '/v1/statements/runs/{period}') ?? {});
    expect(schemaMismatches(document, runSchema, queued.body)).toEqual([]);
    expect(Object.keys(queued.body).sort()).toEqual(Object.keys(runSchema.properties ?? {}).sort());

    await queue.resume();
    // M1's run states every partner with approved entries up to its end: the three of M1 and
    // Summit Rewards (M2's order is before M1's end too).
    const done = await eventually(async () => {
      const state = await asSession(manager, 'get', `/v1/statements/runs/${M1.key}`);
      return state.body.state === 'idle' && state.body;
    });
    expect(done).toMatchObject({ state: 'idle', statements: 4, error: null });
    // M2's run fails on every attempt (3, no backoff): M1 is stated already.
    const failed = await eventually(async () => {
      const state = await asSession(manager, 'get', `/v1/statements/runs/${M2.key}`);
      return state.body.state === 'failed' && state.body;
    });
    expect(failed).toMatchObject({ state: 'failed', attempts: 3, statements: 0 });
    expect(failed.error).toContain(`Statements for ${M1.key} exist already`);

    expect((await asSession(manager, 'get', '/v1/statements/runs/2026-13')).status).toBe(400);
  });

  it('lists a month with partner names, filtered by status in the URL', async () => {
    const list = await asSession(manager, 'get', `/v1/statements?period=${M1.key}`);
    expect(list.status).toBe(200);
    for (const row of list.body.data as Listed[]) byName.set(row.partnerName, row);
    // Partner, earned, of which clawbacks, due, status.
    expect(
      [...byName.values()].map((row) => [row.partnerName, row.earned, row.clawbacks, row.amountDue, row.status]).sort(),
    ).toEqual([
      ['DealDrop Coupons', '30.00', '-10.00', '30.00', 'issued'], // 40.00 less 10 % of the 100.00 refunded
      ['GearLab Reviews', '10.00', '0.00', '0.00', 'issued'], // 10.00 < 25.00: carried
      ['Summit Rewards', '50.00', '0.00', '50.00', 'issued'],
      ['Trail Talk Podcast', '30.00', '0.00', '30.00', 'issued'],
    ]);
    const document = await openApiDocument(api);
    const listSchema = resolveSchema(document, responseSchema(document, 'get', '/v1/statements') ?? {});
    expect(schemaMismatches(document, listSchema, list.body)).toEqual([]);
    expect((await asSession(manager, 'get', `/v1/statements?period=${M1.key}&status=paid`)).body.data).toEqual([]);
    expect((await asSession(manager, 'get', `/v1/statements?status=issued&limit=2`)).body.data).toHaveLength(2);
    const bad = await asSession(manager, 'get', '/v1/statements?status=late');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('validation_failed');
  });

  it('keeps the run, the list and the documents behind the walls: other brands, partners', async () => {
    const statement = byName.get('DealDrop Coupons') as Listed;
    // Another brand's manager sees its own (empty) month, never ours.
    const foreignRun = await asSession(otherManager, 'get', `/v1/statements/runs/${M1.key}`);
    expect(foreignRun.body).toMatchObject({ state: 'idle', statements: 0 });
    expect((await asKey(other.managerKey, 'get', `/v1/statements/runs/${M1.key}`)).body.statements).toBe(0);
    expect((await asSession(otherManager, 'get', `/v1/statements?period=${M1.key}`)).body.data).toEqual([]);
    expect((await asSession(otherManager, 'get', `/v1/statements/${statement.id}?format=pdf`)).status).toBe(404);
    expect((await asKey(other.managerKey, 'get', `/v1/statements/${statement.id}?format=csv`)).status).toBe(404);
    // A partner, by key or session, has no manager routes (its own are under /v1/me).
    for (const path of [`/v1/statements/runs/${M1.key}`, `/v1/statements/${statement.id}?format=pdf`]) {
      expect((await asKey(brand.partnerKey, 'get', path)).status).toBe(403);
      expect((await asSession(partnerSession, 'get', path)).status).toBe(403);
    }
  });

  it("downloads a statement's PDF and CSV with the manager's session cookie", async () => {
    const statement = byName.get('DealDrop Coupons') as Listed;
    const pdf = await asSession(manager, 'get', `/v1/statements/${statement.id}?format=pdf`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(pdf.body as Buffer);
    expect(text).toContain('Partner: DealDrop Coupons');
    expect(text).toMatch(/Amount due\s+30\.00 EUR/); // 10 % of 400.00, less 10 % of the 100.00 refunded
    const csv = await asSession(manager, 'get', `/v1/statements/${statement.id}?format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-disposition']).toContain('attachment');
    expect(csv.text).toContain(`${M1.key}-10,Commission (CPS),C1,400.00,100.00 %,400.00,`);
  });

  it('refuses a bulk payment as a whole: other brands, partners, nothing due, bad input; nothing is written', async () => {
    const rewards = byName.get('Summit Rewards') as Listed;
    const gearLab = byName.get('GearLab Reviews') as Listed;
    const ids = [rewards.id, gearLab.id];

    // GearLab Reviews has nothing due: the whole batch is refused, Summit Rewards stays issued.
    const nothingDue = await asSession(manager, 'post', '/v1/statements/paid').send({
      statementIds: ids,
      reference: 'B-1',
    });
    expect(nothingDue.status).toBe(409);
    expect(nothingDue.body.error.code).toBe('conflict');
    expect(nothingDue.body.error.message).toContain(gearLab.id);
    expect(await statusesOf(ids)).toEqual(['issued', 'issued']);

    // Our statements are another brand's to the other manager: 404 by key and by session.
    const byOtherKey = await asKey(other.managerKey, 'post', '/v1/statements/paid').send({
      statementIds: [rewards.id],
      reference: 'X',
    });
    expect(byOtherKey.status).toBe(404);
    expect(byOtherKey.body.error.code).toBe('not_found');
    const byOtherSession = await asSession(otherManager, 'post', '/v1/statements/paid').send({
      statementIds: [rewards.id],
      reference: 'X',
    });
    expect(byOtherSession.status).toBe(404);
    // A partner may not mark anything paid.
    expect(
      (
        await asKey(brand.partnerKey, 'post', '/v1/statements/paid').send({
          statementIds: [rewards.id],
          reference: 'X',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await asSession(partnerSession, 'post', '/v1/statements/paid').send({
          statementIds: [rewards.id],
          reference: 'X',
        })
      ).status,
    ).toBe(403);
    // The session cookie alone (no CSRF header) changes nothing.
    const noCsrf = await api
      .http()
      .post('/v1/statements/paid')
      .set('Cookie', manager.cookie)
      .send({ statementIds: [rewards.id], reference: 'X' });
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.body.error.code).toBe('csrf_failed');

    for (const body of [
      { statementIds: [], reference: 'X' },
      { statementIds: ['not-an-id'], reference: 'X' },
      { statementIds: [rewards.id], reference: '' },
      { statementIds: rewards.id, reference: 'X' },
    ]) {
      const response = await asSession(manager, 'post', '/v1/statements/paid').send(body);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
    }
    expect(await statusesOf([rewards.id])).toEqual(['issued']);
  });

  it('marks several statements paid with one reference, and refuses one already paid', async () => {
    const coupons = byName.get('DealDrop Coupons') as Listed;
    const podcast = byName.get('Trail Talk Podcast') as Listed;
    const rewards = byName.get('Summit Rewards') as Listed;
    const paid = await asSession(manager, 'post', '/v1/statements/paid').send({
      statementIds: [coupons.id, podcast.id],
      reference: 'SEPA-BATCH-7',
    });
    expect(paid.status).toBe(200);
    expect(
      (paid.body.data as Listed[]).map((row) => [row.id, row.status, row.amountDue, row.paidReference]).sort(),
    ).toEqual(
      [
        [coupons.id, 'paid', '30.00', 'SEPA-BATCH-7'],
        [podcast.id, 'paid', '30.00', 'SEPA-BATCH-7'],
      ].sort(),
    );
    const document = await openApiDocument(api);
    const schema = resolveSchema(document, responseSchema(document, 'post', '/v1/statements/paid') ?? {});
    expect(schemaMismatches(document, schema, paid.body)).toEqual([]);

    const paidList = await asSession(manager, 'get', `/v1/statements?period=${M1.key}&status=paid`);
    expect((paidList.body.data as Listed[]).map((row) => row.partnerName).sort()).toEqual([
      'DealDrop Coupons',
      'Trail Talk Podcast',
    ]);

    // DealDrop Coupons is paid already: Summit Rewards is not marked with it.
    const again = await asKey(brand.managerKey, 'post', '/v1/statements/paid').send({
      statementIds: [rewards.id, coupons.id],
      reference: 'SEPA-BATCH-8',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('SEPA-BATCH-7');
    expect(await statusesOf([rewards.id])).toEqual(['issued']);
    const [{ paid_reference }] = await api.query<{ paid_reference: string }>(
      'SELECT paid_reference FROM statements WHERE id = $1',
      [coupons.id],
    );
    expect(paid_reference).toBe('SEPA-BATCH-7');
  });
});
