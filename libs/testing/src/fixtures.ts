import { randomBytes } from 'node:crypto';
import { type FunnelRole, type PartnerType } from '#domain';
import { bearer, type TestApi } from './test-app.js';
import { eventually } from './test-worker.js';

export interface BrandOverrides {
  name?: string;
  currency?: string;
  timezone?: string;
  landingDomains?: string[];
  clickIdParam?: string;
  minimumPayout?: string;
}

export interface PartnerFixture {
  id: string;
  name: string;
  role: FunnelRole;
  type: PartnerType;
}

export interface BrandFixture {
  id: string;
  landingDomain: string;
  managerKey: string;
  networkKey: string;
  /** One partner per funnel role. */
  partners: Record<FunnelRole, PartnerFixture>;
  /** A partner key of `partners.awareness`. */
  partnerKey: string;
}

const PARTNER_OF_ROLE: Record<FunnelRole, { name: string; type: PartnerType }> = {
  awareness: { name: 'Trail Talk Podcast', type: 'creator' },
  consideration: { name: 'GearLab Reviews', type: 'review' },
  conversion: { name: 'DealDrop Coupons', type: 'coupon' },
  retention: { name: 'Summit Rewards', type: 'loyalty' },
};

function expectStatus(response: { status: number; body: unknown }, status: number, what: string): void {
  if (response.status !== status) {
    throw new Error(`${what}: expected ${status}, got ${response.status} ${JSON.stringify(response.body)}`);
  }
}

/** A brand with a unique landing domain, made by the operator through the API. */
export async function createBrand(
  api: TestApi,
  overrides: BrandOverrides = {},
): Promise<{ id: string; landingDomain: string }> {
  const landingDomain = `shop-${randomBytes(4).toString('hex')}.example`;
  const response = await api
    .http()
    .post('/v1/brands')
    .set(...bearer(api.operatorKey))
    .send({
      name: 'Test Brand',
      currency: 'EUR',
      timezone: 'Europe/Berlin',
      landingDomains: [landingDomain],
      ...overrides,
    });
  expectStatus(response, 201, 'create brand');
  return { id: response.body.id, landingDomain };
}

export async function issueKey(
  api: TestApi,
  brandId: string,
  role: 'brand_manager' | 'network' | 'partner',
  partnerId?: string,
): Promise<{ id: string; key: string; signingSecret: string | null }> {
  const response = await api
    .http()
    .post(`/v1/brands/${brandId}/api-keys`)
    .set(...bearer(api.operatorKey))
    .send({ role, name: `${role} key`, ...(partnerId ? { partnerId } : {}) });
  expectStatus(response, 201, `issue ${role} key`);
  return { id: response.body.id, key: response.body.key, signingSecret: response.body.signingSecret };
}

/** A brand with a manager key, a network key, one partner per role and a partner key: in one call. */
export async function createBrandFixture(api: TestApi, overrides: BrandOverrides = {}): Promise<BrandFixture> {
  const brand = await createBrand(api, overrides);
  const managerKey = (await issueKey(api, brand.id, 'brand_manager')).key;
  const networkKey = (await issueKey(api, brand.id, 'network')).key;
  const partners = {} as Record<FunnelRole, PartnerFixture>;
  for (const role of Object.keys(PARTNER_OF_ROLE) as FunnelRole[]) {
    const response = await api
      .http()
      .post('/v1/partners')
      .set(...bearer(managerKey))
      .send({ ...PARTNER_OF_ROLE[role], role });
    expectStatus(response, 201, `create ${role} partner`);
    partners[role] = { id: response.body.id, name: response.body.name, role, type: response.body.type };
  }
  const partnerKey = (await issueKey(api, brand.id, 'partner', partners.awareness.id)).key;
  return { id: brand.id, landingDomain: brand.landingDomain, managerKey, networkKey, partners, partnerKey };
}

/** Waits until the worker has credited the conversion (its `attributed_at` is set). */
export async function waitUntilCredited(api: TestApi, conversionId: string): Promise<void> {
  await eventually(async () => {
    const [row] = await api.query<{ attributed_at: Date | null }>(
      'SELECT attributed_at FROM conversions WHERE id = $1',
      [conversionId],
    );
    return row?.attributed_at;
  });
}

/** Publishes a commission plan version for the brand of the manager key; returns its id. */
export async function publishPlan(api: TestApi, managerKey: string, plan: object): Promise<string> {
  const response = await api
    .http()
    .post('/v1/commission-plans')
    .set(...bearer(managerKey))
    .send(plan);
  expectStatus(response, 201, 'publish commission plan');
  return response.body.id;
}

/**
 * Last click; the conversion role earns 5 %, 8 % once the partner's quarter revenue reaches
 * 150.00; at most 10.00 per partner per month. Small enough to work tiers and caps out by hand.
 */
export const TIERED_CAPPED_PLAN = {
  effectiveFrom: '2026-01-01T00:00:00+01:00',
  lookbackDays: 30,
  lockDays: 30,
  attribution: { model: 'last_click' },
  rules: [{ role: 'conversion', cps: { rateBps: 500, tiers: [{ fromRevenue: '150.00', rateBps: 800 }] } }],
  caps: { perPartnerPerMonth: '10.00' },
};

/**
 * Posts clicks server to server (as the network) and waits until the worker has stored every one
 * in PostgreSQL, so that a conversion posted next sees its whole journey. Needs a running worker.
 */
export async function postClicksAndWait(
  api: TestApi,
  networkKey: string,
  clicks: { partnerId: string; occurredAt?: string; customerKey?: string; userAgent?: string; sub1?: string }[],
): Promise<string[]> {
  const response = await api
    .http()
    .post('/v1/clicks')
    .set(...bearer(networkKey))
    .send({ clicks });
  expectStatus(response, 202, 'post clicks');
  const ids: string[] = response.body.ids;
  await eventually(async () => {
    const rows = await api.query('SELECT id FROM clicks WHERE id = ANY($1::uuid[])', [ids]);
    return rows.length === ids.length;
  });
  return ids;
}
