import {
  bearer,
  type BrandFixture,
  createBrandFixture,
  issueKey,
  signUpByInvite,
  startTestApi,
  type TestApi,
  type TestSession,
} from '#testing';

/**
 * What the console's settings pages need beyond the brand's own endpoints: changing landing
 * domains and the click id parameter, the brand's API keys listed, every promo code of the brand in
 * one list, and the people of the brand (list, remove, never the last manager). Each behind the
 * brand's wall: another brand's key or session, and a partner's, get nothing.
 */
describe('settings', () => {
  let api: TestApi;
  let brand: BrandFixture;
  let other: BrandFixture;
  let manager: TestSession & { email: string };
  let otherManager: TestSession;
  let partner: TestSession;

  /** A request as a key (`Bearer`) or as a session (cookie, with its CSRF token for changes). */
  const call = (method: 'get' | 'post' | 'patch' | 'delete', path: string, as: string | TestSession, body?: object) => {
    const request = api.http()[method](path);
    if (typeof as === 'string') request.set(...bearer(as));
    else request.set('Cookie', as.cookie).set('X-CSRF-Token', as.csrfToken);
    return body ? request.send(body) : request;
  };

  beforeAll(async () => {
    api = await startTestApi();
    brand = await createBrandFixture(api, { name: 'Summit Outfitters' });
    other = await createBrandFixture(api, { name: 'Other Brand' });
    manager = await signUpByInvite(api, brand.managerKey, brand.id, { role: 'brand_manager', name: 'Maria Manager' });
    otherManager = await signUpByInvite(api, other.managerKey, other.id, { role: 'brand_manager' });
    partner = await signUpByInvite(api, brand.managerKey, brand.id, {
      role: 'partner',
      partnerId: brand.partners.awareness.id,
      name: 'Pat Partner',
    });
  });
  afterAll(async () => {
    await api.close();
  });

  describe('PATCH /v1/brands/{brandId}: landing domains and click id parameter', () => {
    it('replaces the landing domains (each once) and the click id parameter', async () => {
      const updated = await call('patch', `/v1/brands/${brand.id}`, manager, {
        landingDomains: ['shop.summit.example', 'shop.summit.example', 'summit.example'],
        clickIdParam: 'irclickid',
      });
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({
        landingDomains: ['shop.summit.example', 'summit.example'],
        clickIdParam: 'irclickid',
        currency: 'EUR',
        timezone: 'Europe/Berlin',
      });
      const read = await call('get', `/v1/brands/${brand.id}`, brand.managerKey);
      expect(read.body.landingDomains).toEqual(['shop.summit.example', 'summit.example']);

      // A link may now point at the new domain, and no longer at the fixture's old one.
      const link = (url: string) =>
        call('post', `/v1/partners/${brand.partners.awareness.id}/links`, brand.managerKey, { destinationUrl: url });
      expect((await link('https://shop.summit.example/boots')).status).toBe(201);
      const old = await link(`https://${brand.landingDomain}/boots`);
      expect(old.status).toBe(400);
      expect(old.body.error.details[0].field).toBe('destinationUrl');
    });

    it('names the field of a bad domain, an empty list or a bad parameter name, and changes nothing', async () => {
      const before = (await call('get', `/v1/brands/${brand.id}`, brand.managerKey)).body;
      for (const [body, field] of [
        [{ landingDomains: ['shop.summit.example', 'not a host'] }, 'landingDomains'],
        [{ landingDomains: [] }, 'landingDomains'],
        [{ landingDomains: 'summit.example' }, 'landingDomains'],
        [{ landingDomains: ['Shop.Summit.example'] }, 'landingDomains'],
        [{ clickIdParam: '9lives' }, 'clickIdParam'],
        [{ name: 'Renamed', clickIdParam: 'has space' }, 'clickIdParam'],
      ] as const) {
        const response = await call('patch', `/v1/brands/${brand.id}`, manager, body);
        expect({
          body,
          status: response.status,
          fields: [...new Set(response.body.error.details.map((d: { field: string }) => d.field))],
        }).toEqual({ body, status: 400, fields: [field] });
      }
      // Currency and time zone are what the ledger and the reports were built in.
      for (const body of [{ currency: 'USD' }, { timezone: 'UTC' }]) {
        expect((await call('patch', `/v1/brands/${brand.id}`, manager, body)).status).toBe(400);
      }
      expect((await call('get', `/v1/brands/${brand.id}`, brand.managerKey)).body).toEqual(before);
    });

    it("refuses another brand's key and session (404) and a partner's key and session (403)", async () => {
      const body = { landingDomains: ['evil.example'] };
      expect((await call('patch', `/v1/brands/${brand.id}`, other.managerKey, body)).status).toBe(404);
      expect((await call('patch', `/v1/brands/${brand.id}`, otherManager, body)).status).toBe(404);
      expect((await call('patch', `/v1/brands/${brand.id}`, brand.partnerKey, body)).status).toBe(403);
      expect((await call('patch', `/v1/brands/${brand.id}`, partner, body)).status).toBe(403);
      expect((await call('get', `/v1/brands/${brand.id}`, brand.managerKey)).body.landingDomains).not.toContain(
        'evil.example',
      );
    });
  });

  describe('GET /v1/brands/{brandId}/api-keys', () => {
    it('lists the live keys with role, partner and prefix, never a key or a signing secret', async () => {
      const created = await call('post', `/v1/brands/${brand.id}/api-keys`, manager, {
        role: 'partner',
        partnerId: brand.partners.consideration.id,
        name: 'GearLab feed',
      });
      expect(created.status).toBe(201);
      const listed = await call('get', `/v1/brands/${brand.id}/api-keys`, manager);
      expect(listed.status).toBe(200);
      // The fixture's manager, network and awareness partner keys, then this one: four live keys.
      expect(listed.body.data.map((key: { name: string }) => key.name)).toEqual([
        'brand_manager key',
        'network key',
        'partner key',
        'GearLab feed',
      ]);
      expect(listed.body.data[3]).toEqual({
        id: created.body.id,
        role: 'partner',
        partnerId: brand.partners.consideration.id,
        partnerName: 'GearLab Reviews',
        name: 'GearLab feed',
        prefix: created.body.key.slice(0, 12),
        hasSigningSecret: false,
        createdAt: expect.any(String),
      });
      expect(listed.body.data[1]).toMatchObject({ role: 'network', partnerName: null, hasSigningSecret: true });
      const text = JSON.stringify(listed.body);
      expect(text).not.toContain(created.body.key);
      expect(text).not.toMatch(/pmx_ss_|keyHash|key_hash|signingSecret/);

      // Revoked, it leaves the list (and stops working).
      expect((await call('delete', `/v1/api-keys/${created.body.id}`, manager)).status).toBe(204);
      const after = await call('get', `/v1/brands/${brand.id}/api-keys`, manager);
      expect(after.body.data.map((key: { id: string }) => key.id)).not.toContain(created.body.id);
      expect((await call('get', '/v1/me', created.body.key)).status).toBe(401);
    });

    it('pages by cursor', async () => {
      const first = await call('get', `/v1/brands/${brand.id}/api-keys?limit=2`, brand.managerKey);
      expect(first.body.data).toHaveLength(2);
      const second = await call(
        'get',
        `/v1/brands/${brand.id}/api-keys?limit=2&cursor=${first.body.nextCursor}`,
        brand.managerKey,
      );
      expect(second.body.data.map((key: { name: string }) => key.name)).toEqual(['partner key']);
      expect(second.body.nextCursor).toBeNull();
    });

    it("refuses another brand's key and session (404) and a partner's key and session (403)", async () => {
      const path = `/v1/brands/${brand.id}/api-keys`;
      expect((await call('get', path, other.managerKey)).status).toBe(404);
      expect((await call('get', path, otherManager)).status).toBe(404);
      expect((await call('get', path, brand.partnerKey)).status).toBe(403);
      expect((await call('get', path, partner)).status).toBe(403);
      expect((await call('get', path, brand.networkKey)).status).toBe(403);
      // The operator sees any brand's keys.
      expect((await call('get', path, api.operatorKey)).status).toBe(200);
    });
  });

  describe('GET /v1/promo-codes', () => {
    it("lists every code of the brand with its partner's name, and none of another brand's", async () => {
      for (const [role, code] of [
        ['awareness', 'TRAIL10'],
        ['conversion', 'DEAL5'],
      ] as const) {
        const created = await call('post', `/v1/partners/${brand.partners[role].id}/codes`, manager, { code });
        expect(created.status).toBe(201);
      }
      await call('post', `/v1/partners/${other.partners.awareness.id}/codes`, other.managerKey, { code: 'OTHER1' });

      const listed = await call('get', '/v1/promo-codes', manager);
      expect(listed.status).toBe(200);
      expect(
        listed.body.data.map((code: { code: string; partnerName: string }) => [code.code, code.partnerName]),
      ).toEqual([
        ['TRAIL10', 'Trail Talk Podcast'],
        ['DEAL5', 'DealDrop Coupons'],
      ]);
      expect(listed.body.data[0]).toMatchObject({
        partnerId: brand.partners.awareness.id,
        validFrom: null,
        validTo: null,
        exclusiveToAudience: false,
      });
      const others = await call('get', '/v1/promo-codes', otherManager);
      expect(others.body.data.map((code: { code: string }) => code.code)).toEqual(['OTHER1']);
      expect((await call('get', '/v1/promo-codes', other.managerKey)).body.data).toHaveLength(1);
    });

    it("refuses a partner's key and session (403)", async () => {
      expect((await call('get', '/v1/promo-codes', brand.partnerKey)).status).toBe(403);
      expect((await call('get', '/v1/promo-codes', partner)).status).toBe(403);
    });
  });

  describe('members', () => {
    it('lists the people of the brand with role and partner', async () => {
      const listed = await call('get', `/v1/brands/${brand.id}/members`, manager);
      expect(listed.status).toBe(200);
      expect(
        listed.body.data
          .map((member: { name: string; role: string; partnerName: string | null }) => [
            member.name,
            member.role,
            member.partnerName,
          ])
          .sort(),
      ).toEqual([
        ['Maria Manager', 'brand_manager', null],
        ['Pat Partner', 'partner', 'Trail Talk Podcast'],
      ]);
      expect(listed.body.data.find((member: { name: string }) => member.name === 'Maria Manager')).toMatchObject({
        userId: manager.body.user.id,
        email: manager.email,
        partnerId: null,
      });
    });

    it('never removes the last manager (409 last_manager), removes one of two, and their session stops', async () => {
      const alone = await call('delete', `/v1/brands/${brand.id}/members/${manager.body.user.id}`, brand.managerKey);
      expect(alone.status).toBe(409);
      expect(alone.body.error.code).toBe('last_manager');

      const second = await signUpByInvite(api, brand.managerKey, brand.id, { role: 'brand_manager', name: 'Sam' });
      expect((await call('get', '/v1/partners', second)).status).toBe(200);
      const removed = await call('delete', `/v1/brands/${brand.id}/members/${second.body.user.id}`, manager);
      expect(removed.status).toBe(204);
      // The session stood on the membership: it no longer acts in the brand.
      expect((await call('get', '/v1/partners', second)).status).toBe(401);
      const names = (await call('get', `/v1/brands/${brand.id}/members`, manager)).body.data.map(
        (member: { name: string }) => member.name,
      );
      expect(names).not.toContain('Sam');
      // Removing again: there is no such member.
      expect((await call('delete', `/v1/brands/${brand.id}/members/${second.body.user.id}`, manager)).status).toBe(404);
      // Maria is again the only manager.
      expect((await call('delete', `/v1/brands/${brand.id}/members/${manager.body.user.id}`, manager)).status).toBe(
        409,
      );
    });

    it("refuses another brand's key and session (404) and a partner's key and session (403)", async () => {
      const list = `/v1/brands/${brand.id}/members`;
      const remove = `/v1/brands/${brand.id}/members/${partner.body.user.id}`;
      for (const as of [other.managerKey, otherManager]) {
        expect((await call('get', list, as)).status).toBe(404);
        expect((await call('delete', remove, as)).status).toBe(404);
      }
      for (const as of [brand.partnerKey, partner]) {
        expect((await call('get', list, as)).status).toBe(403);
        expect((await call('delete', remove, as)).status).toBe(403);
      }
      // Another brand's member is not a member here.
      const foreign = `/v1/brands/${brand.id}/members/${otherManager.body.user.id}`;
      expect((await call('delete', foreign, manager)).status).toBe(404);
      expect((await call('get', '/v1/me', partner)).status).toBe(200);
    });
  });

  it('gives the quality rules and the spend list their documented shapes', async () => {
    const rules = await call('get', '/v1/quality-rules', manager);
    expect(rules.body).toEqual({
      minCtitSeconds: expect.any(Number),
      clickFloodPerMinute: expect.any(Number),
      lastSecondSeconds: expect.any(Number),
      standDownLastSecond: expect.any(Boolean),
    });
    const spend = await call('get', '/v1/spend', manager);
    expect(spend.body).toEqual({ data: [], nextCursor: null });
    const key = await issueKey(api, brand.id, 'network');
    expect((await call('get', '/v1/quality-rules', key.key)).status).toBe(403);
  });
});
