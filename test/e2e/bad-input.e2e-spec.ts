import { randomBytes } from 'node:crypto';
import { type INestApplicationContext } from '@nestjs/common';
import {
  bearer,
  type BrandFixture,
  closedPeriod,
  createBrandFixture,
  eventually,
  isoDaysAgo,
  startTestApi,
  startTestWorker,
  type TestApi,
  waitUntilCredited,
} from '#testing';

/**
 * Hostile input on every public write route: each answer is a 4xx in the error envelope (never a
 * 5xx), and the database is unchanged (the rows of this file's own brands, counted and hashed
 * before and after). Free-text fields may legitimately hold SQL or markup (it is stored as text),
 * so each field gets the hostile values that are wrong for it.
 */

const OVERLONG = 'x'.repeat(100_000);
const NUL = 'abc\u0000def';
const BELL = 'abc\u0007def';
const SQL = "1'; DROP TABLE conversions; --";
const SCRIPT = '<script>alert(1)</script>';
const NAN_STRINGS = ['NaN', 'Infinity', '-Infinity', '1e999'];
const HUGE_NUMBERS = [1e308, -1, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER * 10];
const NOT_A_NUMBER = [true, {}, [], ['a'], { $gt: '' }];
const WRONG_TYPES = [123, ...NOT_A_NUMBER];

/** A JSON object nested `depth` levels deep, written by hand (JSON.stringify would recurse too). */
function nested(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

const money = [...NAN_STRINGS, '-1.00', '1e3', '12.345', '99999999999999999999.99', SQL, 12.5, ...WRONG_TYPES];
const uuidField = ['not-a-uuid', SQL, `${'0'.repeat(8)}-0000-0000-0000-00000000000z`, NUL, ...WRONG_TYPES];
const requiredText = (max: number): unknown[] => ['', 'x'.repeat(max + 1), OVERLONG, NUL, ...WRONG_TYPES];
const optionalText = (max: number): unknown[] => ['x'.repeat(max + 1), OVERLONG, NUL, ...WRONG_TYPES];
const enumField = ['nope', SQL, SCRIPT, NUL, '', ...WRONG_TYPES];
const eventTime = [
  ...NAN_STRINGS,
  'yesterday',
  '2026-13-45T99:99:99Z',
  '2999-01-01T00:00:00Z',
  '1970-01-01T00:00:00Z',
  SQL,
  ...WRONG_TYPES,
];

type Method = 'post' | 'patch' | 'delete' | 'get';

interface JsonRoute {
  name: string;
  method: Method;
  path: () => string;
  key: () => string;
  /** A body the route accepts; each case replaces one field. */
  valid: () => Record<string, unknown>;
  fields: Record<string, unknown[]>;
  /** Whole bodies that must be refused as well. */
  bodies?: () => unknown[];
}

interface QueryRoute {
  name: string;
  path: string;
  key: () => string;
  valid: () => Record<string, string>;
  fields: Record<string, string[]>;
}

interface Refusal {
  route: string;
  input: string;
  status: number;
  body: unknown;
}

describe('hostile input on public write routes', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let brand: BrandFixture;
  let other: BrandFixture;
  let marker: string;
  let statementId: string;
  let brandSlug: string;
  let applicationId: string;
  let refusals: Refusal[] = [];

  /** Row count and a hash of the rows of every table with a brand_id, for one brand. */
  async function snapshot(brandId: string): Promise<Record<string, string>> {
    const tables = await api.query<{ table_name: string }>(
      `SELECT c.table_name FROM information_schema.columns c
         JOIN pg_class k ON k.relname = c.table_name AND NOT k.relispartition
        WHERE c.table_schema = 'public' AND c.column_name = 'brand_id'
          -- The outbox is a queue the worker's relay empties on its own time, not the brand's data.
          AND c.table_name <> 'outbox_events'
        ORDER BY 1`,
    );
    const result: Record<string, string> = {};
    for (const { table_name: table } of tables) {
      const [row] = await api.query<{ n: number; digest: string }>(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest
           FROM "${table}" t WHERE brand_id = $1`,
        [brandId],
      );
      result[table] = `${row.n}:${row.digest}`;
    }
    const [own] = await api.query<{ digest: string }>('SELECT md5(t::text) AS digest FROM brands t WHERE id = $1', [
      brandId,
    ]);
    result.brands = own.digest;
    const [made] = await api.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM brands WHERE name = $1 OR $2 = ANY(landing_domains)',
      [marker, `${marker}.example`],
    );
    result.markedBrands = String(made.n);
    return result;
  }

  async function send(method: Method, path: string, key: string, body?: unknown, raw = false) {
    let request = api
      .http()
      [method](path)
      .set(...bearer(key));
    if (body !== undefined) {
      request = request.set('Content-Type', 'application/json');
      request = request.send(raw ? (body as string) : JSON.stringify(body));
    }
    return request;
  }

  function note(route: string, input: string, response: { status: number; body: unknown }): void {
    const enveloped =
      typeof response.body === 'object' &&
      response.body !== null &&
      typeof (response.body as { error?: { code?: unknown } }).error?.code === 'string';
    if (response.status < 400 || response.status >= 500 || !enveloped) {
      refusals.push({ route, input: input.slice(0, 120), status: response.status, body: response.body });
    }
  }

  beforeAll(async () => {
    api = await startTestApi();
    worker = await startTestWorker();
    marker = `hostile-${randomBytes(4).toString('hex')}`;
    brand = await createBrandFixture(api);
    other = await createBrandFixture(api);
    // A conversion to reverse, credited before the snapshot so that no job changes it later.
    const conversion = await api
      .http()
      .post('/v1/conversions')
      .set(...bearer(brand.networkKey))
      .send({ transactionId: 'HOSTILE-BASE', amount: '50.00', currency: 'EUR' });
    expect(conversion.status).toBe(201);
    await waitUntilCredited(api, conversion.body.id);
    const [statement] = await api.query<{ id: string }>('SELECT gen_random_uuid() AS id');
    statementId = statement.id;
    // A pending application to decide on, and the slug its public form is at.
    brandSlug = (
      await api
        .http()
        .get(`/v1/brands/${brand.id}`)
        .set(...bearer(brand.managerKey))
    ).body.slug;
    const application = await api
      .http()
      .post(`/v1/public/brands/${brandSlug}/applications`)
      .send({ name: 'Applicant', email: `${marker}@applicants.example`, type: 'creator' });
    expect(application.status).toBe(201);
    applicationId = application.body.id;
  });

  beforeEach(() => {
    refusals = [];
  });

  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  const jsonRoutes = (): JsonRoute[] => [
    {
      name: 'POST /v1/brands',
      method: 'post',
      path: () => '/v1/brands',
      key: () => api.operatorKey,
      valid: () => ({
        name: marker,
        currency: 'EUR',
        timezone: 'Europe/Berlin',
        landingDomains: [`${marker}.example`],
      }),
      fields: {
        name: requiredText(200),
        currency: ['eur', 'EURO', 'XXX1', SQL, ...WRONG_TYPES],
        timezone: ['Mars/Olympus', SCRIPT, SQL, NUL, ...WRONG_TYPES],
        landingDomains: ['shop.example', [], [SCRIPT], [SQL], [NUL], Array(51).fill('a.example'), [OVERLONG], [123]],
        clickIdParam: ['1abc', 'a b', 'x'.repeat(33), SCRIPT, ...WRONG_TYPES],
        minimumPayout: money,
        requireSignedPostbacks: ['yes', 'true', 1, {}],
        clickRetentionMonths: [0, -1, 121, 1.5, ...NAN_STRINGS, '12', ...HUGE_NUMBERS],
        slug: ['Kumo', 'ab', 'x'.repeat(64), 'kumo--tea', '-kumo', SQL, SCRIPT, NUL, '', ...WRONG_TYPES],
        programDescription: optionalText(5000),
        programTerms: optionalText(20000),
      },
    },
    {
      name: 'PATCH /v1/brands/{id}',
      method: 'patch',
      path: () => `/v1/brands/${brand.id}`,
      key: () => brand.managerKey,
      valid: () => ({ name: 'Renamed' }),
      fields: {
        name: requiredText(200),
        minimumPayout: money,
        requireSignedPostbacks: ['yes', 1],
        clickRetentionMonths: [0, -1, 121, 1.5, 'NaN', ...HUGE_NUMBERS],
        currency: ['USD'],
        timezone: ['UTC'],
        slug: ['Kumo', 'ab', 'x'.repeat(64), 'kumo--tea', '-kumo', SQL, SCRIPT, NUL, '', ...WRONG_TYPES],
        programDescription: optionalText(5000),
        programTerms: optionalText(20000),
      },
    },
    {
      name: 'POST /v1/public/brands/{slug}/applications',
      method: 'post',
      path: () => `/v1/public/brands/${brandSlug}/applications`,
      key: () => brand.managerKey, // not needed, and not in the way
      valid: () => ({ name: 'Applicant', email: `${marker}-2@applicants.example`, type: 'creator' }),
      fields: {
        name: requiredText(200),
        email: ['not-an-email', `${'x'.repeat(320)}@a.example`, SQL, SCRIPT, NUL, '', ...WRONG_TYPES],
        website: [
          'javascript:alert(1)',
          'ftp://x.example',
          `https://${'x'.repeat(2048)}.example`,
          SQL,
          NUL,
          ...WRONG_TYPES,
        ],
        type: enumField,
        role: enumField,
        message: optionalText(2000),
        // A filled spam trap is answered 201 and dropped on purpose; only a wrong type is refused.
        companyWebsite: WRONG_TYPES,
      },
    },
    {
      name: 'POST /v1/applications/{id}/approve',
      method: 'post',
      path: () => `/v1/applications/${applicationId}/approve`,
      key: () => brand.managerKey,
      valid: () => ({ role: 'awareness' }),
      fields: { role: enumField, type: enumField },
    },
    {
      name: 'POST /v1/applications/{id}/reject',
      method: 'post',
      path: () => `/v1/applications/${applicationId}/reject`,
      key: () => brand.managerKey,
      valid: () => ({ reason: 'Not a fit.' }),
      fields: { reason: requiredText(2000) },
    },
    {
      name: 'POST /v1/brands/{id}/api-keys',
      method: 'post',
      path: () => `/v1/brands/${brand.id}/api-keys`,
      key: () => brand.managerKey,
      valid: () => ({ role: 'network', name: 'hostile' }),
      fields: {
        role: ['operator', 'admin', "network' OR '1'='1", ...enumField],
        partnerId: uuidField,
        name: requiredText(200),
      },
      bodies: () => [{ role: 'partner', name: 'x', partnerId: other.partners.awareness.id }],
    },
    {
      name: 'POST /v1/partners',
      method: 'post',
      path: () => '/v1/partners',
      key: () => brand.managerKey,
      valid: () => ({ name: 'Hostile Partner', type: 'creator', role: 'awareness' }),
      fields: {
        name: requiredText(200),
        type: ['influencer', ...enumField],
        role: ['top', ...enumField],
        email: ['not-an-email', `${SCRIPT}@example.com`, SQL, NUL, OVERLONG, ...WRONG_TYPES],
        externalRef: optionalText(200),
      },
    },
    {
      name: 'PATCH /v1/partners/{id}',
      method: 'patch',
      path: () => `/v1/partners/${brand.partners.conversion.id}`,
      key: () => brand.managerKey,
      valid: () => ({ name: 'Renamed partner' }),
      fields: {
        name: requiredText(200),
        status: ['deleted', 'active\u0000', ...enumField],
        role: enumField,
        type: enumField,
      },
    },
    {
      name: 'POST /v1/partners/{id}/links',
      method: 'post',
      path: () => `/v1/partners/${brand.partners.awareness.id}/links`,
      key: () => brand.managerKey,
      valid: () => ({ destinationUrl: `https://${brand.landingDomain}/landing` }),
      fields: {
        destinationUrl: [
          'javascript:alert(1)',
          'https://evil.example/',
          `https://${brand.landingDomain}/${NUL}`,
          `ftp://${brand.landingDomain}/`,
          `https://${brand.landingDomain}/${OVERLONG}`,
          SCRIPT,
          ...WRONG_TYPES,
        ],
        code: ['a b', SCRIPT, '../../etc/passwd', SQL, NUL, OVERLONG, ...WRONG_TYPES],
        sub1: [NUL, OVERLONG, ...WRONG_TYPES],
        sub5: ['tab\there', OVERLONG, ...WRONG_TYPES],
      },
    },
    {
      name: 'POST /v1/me/links',
      method: 'post',
      path: () => '/v1/me/links',
      key: () => brand.partnerKey,
      valid: () => ({ destinationUrl: `https://${brand.landingDomain}/me` }),
      fields: {
        destinationUrl: ['javascript:alert(1)', 'https://evil.example/', SCRIPT, NUL, ...WRONG_TYPES],
        code: ['a b', SCRIPT, SQL, NUL, OVERLONG],
      },
    },
    {
      name: 'POST /v1/clicks',
      method: 'post',
      path: () => '/v1/clicks',
      key: () => brand.networkKey,
      valid: () => ({ partnerId: brand.partners.awareness.id }),
      fields: {
        partnerId: [...uuidField, other.partners.awareness.id],
        occurredAt: eventTime,
        customerKey: ['', ...optionalText(256)],
        linkCode: optionalText(64),
        sub1: optionalText(255),
        sub5: [BELL, ...optionalText(255)],
        ip: optionalText(64),
        userAgent: optionalText(1024),
      },
      bodies: () => [
        { clicks: [] },
        { clicks: 'x' },
        { clicks: [{}] },
        { clicks: [null] },
        { clicks: Array(1001).fill({ partnerId: brand.partners.awareness.id }) },
        { clicks: [{ partnerId: brand.partners.awareness.id }, { partnerId: 'nope' }] },
      ],
    },
    {
      name: 'POST /v1/impressions',
      method: 'post',
      path: () => '/v1/impressions',
      key: () => brand.networkKey,
      valid: () => ({ partnerId: brand.partners.awareness.id, date: isoDaysAgo(1).slice(0, 10), count: 5 }),
      fields: {
        partnerId: [...uuidField, other.partners.awareness.id],
        date: ['2026-02-30', '2026-1-1', ...NAN_STRINGS, SCRIPT, SQL, ...WRONG_TYPES],
        count: [0, -1, 1.5, '5', ...NAN_STRINGS, ...HUGE_NUMBERS, ...NOT_A_NUMBER],
      },
    },
    {
      name: 'POST /v1/conversions',
      method: 'post',
      path: () => '/v1/conversions',
      key: () => brand.networkKey,
      valid: () => ({ transactionId: `HOSTILE-${randomBytes(3).toString('hex')}`, amount: '10.00', currency: 'EUR' }),
      fields: {
        transactionId: [...requiredText(128), BELL],
        amount: money,
        currency: ['USD', 'XXX1', `EUR'--`, ...WRONG_TYPES],
        clickId: uuidField,
        customerKey: ['', ...optionalText(256)],
        newCustomer: ['yes', 2, 'true'],
        occurredAt: eventTime,
        status: ['reversed', `approved'; DROP TABLE x; --`, ...enumField],
      },
      bodies: () => [
        { conversions: [] },
        { conversions: 'x' },
        { conversions: [1, 2] },
        { conversions: Array(1001).fill({ transactionId: 'X', amount: '1.00', currency: 'EUR' }) },
      ],
    },
    {
      name: 'POST /v1/conversions/{tx}/reversals',
      method: 'post',
      path: () => '/v1/conversions/HOSTILE-BASE/reversals',
      key: () => brand.networkKey,
      valid: () => ({ amount: '1.00', reversalId: `R-${randomBytes(3).toString('hex')}` }),
      fields: {
        amount: [...money, '0.00', '50.01', '1000000.00'],
        reason: [...optionalText(500), BELL],
        reversalId: optionalText(128),
      },
    },
    {
      name: 'POST /v1/conversions/{tx}/reject',
      method: 'post',
      path: () => '/v1/conversions/HOSTILE-BASE/reject',
      key: () => brand.managerKey,
      valid: () => ({ note: 'checked by phone' }),
      fields: { note: [...optionalText(500), BELL] },
    },
    {
      name: 'POST /v1/partners/{id}/customer-keys',
      method: 'post',
      path: () => `/v1/partners/${brand.partners.awareness.id}/customer-keys`,
      key: () => brand.managerKey,
      valid: () => ({ customerKey: 'staff-1' }),
      fields: { customerKey: requiredText(256) },
    },
    {
      name: 'POST /v1/commission-plans',
      method: 'post',
      path: () => '/v1/commission-plans',
      key: () => brand.managerKey,
      valid: () => ({
        effectiveFrom: '2026-01-01T00:00:00Z',
        lookbackDays: 30,
        lockDays: 30,
        attribution: { model: 'last_click' },
        rules: [{ role: 'conversion', cps: { rateBps: 500 } }],
      }),
      fields: {
        // (A plan may take effect years ahead, or have begun long ago: both are valid.)
        effectiveFrom: [...NAN_STRINGS, 'yesterday', '2026-13-45T99:99:99Z', SQL, ...WRONG_TYPES],
        lookbackDays: [-1, 0, 1.5, ...NAN_STRINGS, ...HUGE_NUMBERS, ...NOT_A_NUMBER],
        lockDays: [-1, 'NaN', 1e308, {}],
        attribution: [
          { model: 'magic' },
          { model: SQL },
          'last_click',
          [],
          null,
          { model: 'time_decay', halfLifeDays: -1 },
        ],
        rules: [
          'x',
          [{ cps: { rateBps: -1 } }],
          [{ cps: { rateBps: 1e308 } }],
          [{ cps: { rateBps: 'NaN' } }],
          [{ role: 'conversion', cpa: { amount: 'Infinity' } }],
          [{ role: 'conversion', cps: { rateBps: 500, tiers: [{ fromRevenue: '-1', rateBps: 1 }] } }],
          [{ partnerId: SQL, cps: { rateBps: 1 } }],
        ],
        caps: [{ perPartnerPerMonth: 'Infinity' }, { perPartnerPerMonth: -1 }, 'x'],
      },
    },
    {
      name: 'POST /v1/statements/run',
      method: 'post',
      path: () => '/v1/statements/run',
      key: () => brand.managerKey,
      valid: () => ({ period: closedPeriod('month').key }), // a month that is over, as a run needs
      fields: { period: ['2026-13', '2999-01', 'NaN', SCRIPT, SQL, NUL, 202610, ...WRONG_TYPES] },
    },
    {
      name: 'POST /v1/statements/{id}/paid',
      method: 'post',
      path: () => `/v1/statements/${statementId}/paid`,
      key: () => brand.managerKey,
      valid: () => ({ reference: 'WIRE-1' }),
      fields: { reference: requiredText(200) },
    },
  ];

  const queryRoutes = (): QueryRoute[] => [
    {
      name: 'GET /postback/conversion',
      path: '/postback/conversion',
      key: () => brand.networkKey,
      valid: () => ({ order_id: `HOSTILE-${randomBytes(3).toString('hex')}`, amount: '10.00', currency: 'EUR' }),
      fields: {
        order_id: ['x'.repeat(129), '%00abc'],
        amount: ['NaN', 'Infinity', '-1', '1e308', '1e3', '12.345', ''],
        currency: ['USD', 'XXX1', '%27--'],
        click_id: ['x', "1'OR'1'='1", `${brand.partners.awareness.id}&click_id=${other.partners.awareness.id}`],
        new_customer: ['maybe', '2'],
        ts: ['NaN', '-1', '99999999999999', 'Infinity', '1e10'],
        status: ['reversed', 'approved%00'],
        customer: ['x'.repeat(257), 'a%00b'],
        adv1: ['x'.repeat(256)],
      },
    },
    {
      name: 'GET /postback/reversal',
      path: '/postback/reversal',
      key: () => brand.networkKey,
      valid: () => ({ order_id: 'HOSTILE-BASE', amount: '1.00', reversal_id: `R-${randomBytes(3).toString('hex')}` }),
      fields: {
        order_id: ['NOPE', 'x'.repeat(129)],
        amount: ['NaN', 'Infinity', '-1', '0', '1e308', '50.01'],
        reason: ['x'.repeat(501), 'a%00b'],
      },
    },
    {
      name: 'GET /postback/click',
      path: '/postback/click',
      key: () => brand.networkKey,
      valid: () => ({ partner_id: brand.partners.awareness.id }),
      fields: {
        partner_id: ['x', '%27OR1=1', other.partners.awareness.id],
        ts: ['NaN', '-1', '99999999999999', 'Infinity'],
        customer: ['x'.repeat(257)],
        sub1: ['x'.repeat(256), 'a%00b'],
      },
    },
  ];

  it('refuses every hostile field value with a 4xx in the error envelope, and changes nothing', async () => {
    const before = await snapshot(brand.id);
    for (const route of jsonRoutes()) {
      for (const [field, values] of Object.entries(route.fields)) {
        for (const value of values) {
          const body = { ...route.valid(), [field]: value };
          const response = await send(route.method, route.path(), route.key(), body);
          note(route.name, `${field}=${JSON.stringify(value)}`, response);
        }
      }
      for (const body of route.bodies?.() ?? []) {
        const response = await send(route.method, route.path(), route.key(), body);
        note(route.name, JSON.stringify(body), response);
      }
    }
    for (const route of queryRoutes()) {
      for (const [field, values] of Object.entries(route.fields)) {
        for (const value of values) {
          const parameters = { ...route.valid(), key: route.key(), [field]: value };
          const query = Object.entries(parameters)
            .map(([name, given]) => `${name}=${name === field ? given : encodeURIComponent(given)}`)
            .join('&');
          const response = await api.http().get(`${route.path}?${query}`);
          note(route.name, `${field}=${value}`, response);
        }
      }
      // A parameter given twice.
      const twice = new URLSearchParams({ ...route.valid(), key: route.key() }).toString();
      const response = await api.http().get(`${route.path}?${twice}&amount=1.00&partner_id=x&order_id=y`);
      note(route.name, 'parameters given twice', response);
    }
    expect(refusals).toEqual([]);
    expect(await snapshot(brand.id)).toEqual(before);
  });

  it('refuses malformed bodies on every JSON route: not JSON, not an object, prototype pollution, deep nesting, 2 MB', async () => {
    const before = await snapshot(brand.id);
    const bodies: [string, string][] = [
      ['truncated JSON', '{"a":'],
      ['an array', '[]'],
      ['a string', '"text"'],
      ['a number', '123'],
      ['null', 'null'],
      ['prototype pollution', '{"__proto__":{"admin":true}}'],
      ['constructor pollution', '{"constructor":{"prototype":{"admin":true}}}'],
      ['nesting 10,000 deep', nested(10_000)],
      ['2 MB of JSON', JSON.stringify({ a: 'x'.repeat(2 * 1024 * 1024) })],
    ];
    for (const route of jsonRoutes()) {
      for (const [what, body] of bodies) {
        const response = await send(route.method, route.path(), route.key(), body, true);
        note(route.name, what, response);
      }
      // A known field holding something nested deeply.
      const [field] = Object.keys(route.fields);
      const deep = JSON.stringify({ ...route.valid(), [field]: '__DEEP__' }).replace('"__DEEP__"', nested(5_000));
      note(route.name, `${field} nested 5,000 deep`, await send(route.method, route.path(), route.key(), deep, true));
      const text = await api
        .http()
        [route.method](route.path())
        .set(...bearer(route.key()))
        .set('Content-Type', 'text/plain')
        .send('hello');
      note(route.name, 'text/plain body', text);
    }
    expect(refusals).toEqual([]);
    expect(await snapshot(brand.id)).toEqual(before);
  });

  it('refuses hostile path parameters on DELETE and POST routes, touching nothing', async () => {
    const before = await snapshot(brand.id);
    const paths: [Method, string][] = [
      ['delete', '/v1/api-keys/not-a-uuid'],
      ['delete', `/v1/api-keys/${encodeURIComponent(SQL)}`],
      ['delete', '/v1/api-keys/%00'],
      ['delete', `/v1/customers/${'x'.repeat(257)}`],
      ['post', `/v1/statements/${encodeURIComponent(SQL)}/paid`],
      ['post', `/v1/conversions/${'x'.repeat(129)}/reversals`],
      ['post', `/v1/conversions/${encodeURIComponent(SQL)}/reversals`],
      ['post', `/v1/partners/${encodeURIComponent(SCRIPT)}/links`],
      ['patch', `/v1/partners/${encodeURIComponent(SQL)}`],
      ['post', `/v1/api-keys/${encodeURIComponent(SQL)}/signing-secret`],
    ];
    for (const [method, path] of paths) {
      const response = await send(method, path, brand.managerKey, method === 'delete' ? undefined : {});
      note(`${method.toUpperCase()} ${path.slice(0, 60)}`, 'path', response);
    }
    expect(refusals).toEqual([]);
    expect(await snapshot(brand.id)).toEqual(before);
  });

  it('answers duplicate transaction ids in a batch item by item: the first recorded, a conflicting repeat 409, never a 5xx', async () => {
    const before = await api.query<{ n: number }>('SELECT count(*)::int AS n FROM conversions WHERE brand_id = $1', [
      brand.id,
    ]);
    // API.md: a batch answers 207 with one result per item, like the same posts one by one.
    const hostile = await send('post', '/v1/conversions', brand.networkKey, {
      conversions: [
        { transactionId: 'DUP-1', amount: 'NaN', currency: 'EUR' },
        { transactionId: 'DUP-1', amount: 'Infinity', currency: 'EUR' },
      ],
    });
    expect(hostile.status).toBe(207);
    expect(hostile.body.results.map((result: { status: number }) => result.status)).toEqual([400, 400]);
    const mixed = await send('post', '/v1/conversions', brand.networkKey, {
      conversions: [
        { transactionId: 'DUP-2', amount: '10.00', currency: 'EUR' },
        { transactionId: 'DUP-2', amount: '99.00', currency: 'EUR' },
        { transactionId: 'DUP-2', amount: '10.00', currency: 'EUR' },
      ],
    });
    expect(mixed.body.results.map((result: { status: number }) => result.status)).toEqual([201, 409, 200]);
    const rows = await api.query<{ transaction_id: string; amount_minor: number }>(
      `SELECT transaction_id, amount_minor::int AS amount_minor FROM conversions
        WHERE brand_id = $1 AND transaction_id LIKE 'DUP-%'`,
      [brand.id],
    );
    expect(rows).toEqual([{ transaction_id: 'DUP-2', amount_minor: 1000 }]);
    const [after] = await api.query<{ n: number }>('SELECT count(*)::int AS n FROM conversions WHERE brand_id = $1', [
      brand.id,
    ]);
    expect(after.n).toBe(before[0].n + 1);
  });

  it('redirects shoppers whatever their sub-ids hold, and stores those clicks cleanly (no control characters)', async () => {
    const link = await api
      .http()
      .post(`/v1/partners/${brand.partners.awareness.id}/links`)
      .set(...bearer(brand.managerKey))
      .send({ destinationUrl: `https://${brand.landingDomain}/` });
    const response = await api
      .http()
      .get(
        `/c/${link.body.code}?sub1=a%00b&sub2=${encodeURIComponent(SQL)}&sub3=${encodeURIComponent(SCRIPT)}&cid=%00%07`,
      )
      .set('User-Agent', 'agent');
    expect(response.status).toBe(302);
    const clickId = new URL(response.headers.location).searchParams.get('pmx_cid');
    const [click] = await eventually(async () => {
      const rows = await api.query<{ sub1: string; sub2: string; sub3: string }>(
        'SELECT sub1, sub2, sub3 FROM clicks WHERE id = $1',
        [clickId],
      );
      return rows.length > 0 && rows;
    });
    expect(click).toEqual({ sub1: 'ab', sub2: SQL, sub3: SCRIPT });
    for (const hostile of [encodeURIComponent(SQL), 'x'.repeat(2000), '%00', '..%2F..%2Fetc']) {
      const unknown = await api.http().get(`/c/${hostile}`);
      expect([hostile.slice(0, 20), unknown.status]).toEqual([hostile.slice(0, 20), hostile.length > 1024 ? 400 : 404]);
    }
    // The worker went on storing clicks: one made after the hostile one arrives too.
    const after = await api.http().get(`/c/${link.body.code}`);
    const afterId = new URL(after.headers.location).searchParams.get('pmx_cid');
    await eventually(async () => (await api.query('SELECT id FROM clicks WHERE id = $1', [afterId])).length === 1);
  });
});
