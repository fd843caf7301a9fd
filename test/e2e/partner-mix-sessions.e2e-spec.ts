import { PartnerMixReportService } from '#core/reports/index.js';
import {
  bearer,
  type BrandFixture,
  closedPeriod,
  createBrandFixture,
  openApiDocument,
  resolveSchema,
  responseSchema,
  schemaMismatches,
  signUpByInvite,
  startTestApi,
  type TestApi,
  type TestSession,
} from '#testing';

/**
 * The partner-mix reports as the console uses them: with a manager's session cookie (and its CSRF
 * token for the request), the CSV download included; other brands' managers and partners, by
 * session or key, see none of it. The figures themselves are partner-mix.e2e-spec.ts's.
 */
describe('partner-mix reports with a session', () => {
  let api: TestApi;
  let brand: BrandFixture;
  let other: BrandFixture;
  let manager: TestSession;
  let otherManager: TestSession;
  let partner: TestSession;
  let reportId: string;
  /** The last quarter closed in Berlin (the brands' zone): a quarter with nothing in it here. */
  const quarter = closedPeriod('quarter').key;

  const asSession = (session: TestSession, method: 'get' | 'post', path: string) =>
    api.http()[method](path).set('Cookie', session.cookie).set('X-CSRF-Token', session.csrfToken);

  beforeAll(async () => {
    api = await startTestApi();
    brand = await createBrandFixture(api);
    other = await createBrandFixture(api);
    manager = await signUpByInvite(api, brand.managerKey, brand.id, { role: 'brand_manager' });
    otherManager = await signUpByInvite(api, other.managerKey, other.id, { role: 'brand_manager' });
    partner = await signUpByInvite(api, brand.managerKey, brand.id, {
      role: 'partner',
      partnerId: brand.partners.awareness.id,
    });
  }, 120_000);
  afterAll(async () => {
    await api.close();
  });

  it('takes a request from a manager’s session, answering the report’s id, state and quarter as /docs declares', async () => {
    const response = await asSession(manager, 'post', '/v1/reports/partner-mix').send({ quarter }).expect(202);
    expect(response.body).toEqual({ id: expect.any(String), status: 'queued', quarter });
    const document = await openApiDocument(api);
    const schema = resolveSchema(document, responseSchema(document, 'post', '/v1/reports/partner-mix', '202') ?? {});
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual(['id', 'quarter', 'status']);
    expect(schemaMismatches(document, schema, response.body)).toEqual([]);
    reportId = response.body.id;
  });

  it('refuses the request without the session’s CSRF token, recording nothing', async () => {
    const refused = await api
      .http()
      .post('/v1/reports/partner-mix')
      .set('Cookie', manager.cookie)
      .send({ quarter })
      .expect(403);
    expect(refused.body.error.code).toBe('csrf_failed');
    const list = await asSession(manager, 'get', '/v1/reports/partner-mix').expect(200);
    expect(list.body.data.map((row: { id: string }) => row.id)).toEqual([reportId]);
  });

  it('lists, reads and downloads the report with the session once it is built', async () => {
    // Built here rather than by a worker: what is checked is who may read it, not how it is built.
    // (A worker of another file of the run may get to it first; building a built report does nothing.)
    await api.app.get(PartnerMixReportService).build(reportId);
    const done = await asSession(manager, 'get', `/v1/reports/partner-mix/${reportId}`).expect(200);
    // A quarter with nothing in it: zeros, not errors.
    expect(done.body).toMatchObject({
      status: 'done',
      quarter,
      totals: { conversions: 0, attributedRevenue: '0.00' },
    });
    const csv = await asSession(manager, 'get', `/v1/reports/partner-mix/${reportId}?format=csv`).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe(`attachment; filename="partner-mix-${quarter}.csv"`);
    expect(csv.text).toMatch(/^section,key,name,role,type,/);
    expect(csv.text.split('\n').filter((line) => line.startsWith('role,'))).toHaveLength(4);
  });

  it('is a wall: another brand’s manager session sees no report, no list entry and no CSV', async () => {
    await asSession(otherManager, 'get', `/v1/reports/partner-mix/${reportId}`).expect(404);
    await asSession(otherManager, 'get', `/v1/reports/partner-mix/${reportId}?format=csv`).expect(404);
    const list = await asSession(otherManager, 'get', '/v1/reports/partner-mix').expect(200);
    expect(list.body).toEqual({ data: [], nextCursor: null });
    // Its request is its own report, not a second run of this brand's.
    const theirs = await asSession(otherManager, 'post', '/v1/reports/partner-mix').send({ quarter }).expect(202);
    expect(theirs.body.id).not.toBe(reportId);
    const mine = await asSession(manager, 'get', '/v1/reports/partner-mix').expect(200);
    expect(mine.body.data.map((row: { id: string }) => row.id)).toEqual([reportId]);
    // The same with the other brand's key.
    await api
      .http()
      .get(`/v1/reports/partner-mix/${reportId}?format=csv`)
      .set(...bearer(other.managerKey))
      .expect(404);
  });

  it('is not for partners: their session and their key may neither read, list, download nor request', async () => {
    await asSession(partner, 'get', `/v1/reports/partner-mix/${reportId}`).expect(403);
    await asSession(partner, 'get', `/v1/reports/partner-mix/${reportId}?format=csv`).expect(403);
    await asSession(partner, 'get', '/v1/reports/partner-mix').expect(403);
    await asSession(partner, 'post', '/v1/reports/partner-mix').send({ quarter }).expect(403);
    await api
      .http()
      .post('/v1/reports/partner-mix')
      .set(...bearer(brand.partnerKey))
      .send({ quarter })
      .expect(403);
    const mine = await asSession(manager, 'get', '/v1/reports/partner-mix').expect(200);
    expect(mine.body.data).toHaveLength(1);
  });

  it('answers no CSV until a report is done, saying why', async () => {
    // A failed report, written as the worker leaves one: no worker of the run will pick it up.
    const [failed] = await api.query<{ id: string }>(
      `INSERT INTO partner_mix_reports (id, brand_id, quarter, status, trigger, error)
       VALUES (gen_random_uuid(), $1, $2, 'failed', 'on_demand', 'The database went away') RETURNING id`,
      [brand.id, quarter],
    );
    const refused = await asSession(manager, 'get', `/v1/reports/partner-mix/${failed!.id}?format=csv`).expect(409);
    expect(refused.body.error.message).toBe('The report is failed; ask for the CSV once its status is done');
    const report = await asSession(manager, 'get', `/v1/reports/partner-mix/${failed!.id}`).expect(200);
    expect(report.body).toMatchObject({ status: 'failed', error: 'The database went away' });
  });
});
