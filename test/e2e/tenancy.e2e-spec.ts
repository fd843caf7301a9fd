import { bearer, type BrandFixture, createBrandFixture, issueKey, startTestApi, type TestApi } from '#testing';

/** Tenants are walls: another brand's or partner's object is 404, exactly like a missing one. */
describe('tenant walls', () => {
  let api: TestApi;
  let brandA: BrandFixture;
  let brandB: BrandFixture;

  beforeAll(async () => {
    api = await startTestApi();
    brandA = await createBrandFixture(api);
    brandB = await createBrandFixture(api);
  });
  afterAll(() => api.close());

  const partnerOfB = (): string => brandB.partners.conversion.id;

  it("brand A's manager gets 404 reading brand B's partner", async () => {
    const response = await api
      .http()
      .get(`/v1/partners/${partnerOfB()}`)
      .set(...bearer(brandA.managerKey));
    expect(response.status).toBe(404);
    expect(response.body.error).toEqual({
      code: 'not_found',
      message: `No partner with id "${partnerOfB()}"`,
      details: [],
    });
  });

  it("brand A's manager gets 404 updating brand B's partner, and nothing changes", async () => {
    const response = await api
      .http()
      .patch(`/v1/partners/${partnerOfB()}`)
      .set(...bearer(brandA.managerKey))
      .send({ status: 'suspended', name: 'Hijacked' });
    expect(response.status).toBe(404);
    const stillB = await api
      .http()
      .get(`/v1/partners/${partnerOfB()}`)
      .set(...bearer(brandB.managerKey));
    expect(stillB.body).toMatchObject({ name: 'DealDrop Coupons', status: 'active' });
  });

  it("brand A's manager gets 404 creating or listing links for brand B's partner, and no link is made", async () => {
    const create = await api
      .http()
      .post(`/v1/partners/${partnerOfB()}/links`)
      .set(...bearer(brandA.managerKey))
      .send({ destinationUrl: `https://${brandA.landingDomain}/` });
    expect(create.status).toBe(404);
    const list = await api
      .http()
      .get(`/v1/partners/${partnerOfB()}/links`)
      .set(...bearer(brandA.managerKey));
    expect(list.status).toBe(404);
    const rows = await api.query('SELECT id FROM links WHERE partner_id = $1', [partnerOfB()]);
    expect(rows).toHaveLength(0);
  });

  it("lists only the caller's own partners", async () => {
    const response = await api
      .http()
      .get('/v1/partners?limit=500')
      .set(...bearer(brandA.managerKey));
    expect(response.status).toBe(200);
    const ids = response.body.data.map((partner: { id: string }) => partner.id).sort();
    expect(ids).toEqual(
      Object.values(brandA.partners)
        .map((partner) => partner.id)
        .sort(),
    );
  });

  it("brand A's manager gets 404 reading brand B or issuing keys for it", async () => {
    const read = await api
      .http()
      .get(`/v1/brands/${brandB.id}`)
      .set(...bearer(brandA.managerKey));
    expect(read.status).toBe(404);
    const issue = await api
      .http()
      .post(`/v1/brands/${brandB.id}/api-keys`)
      .set(...bearer(brandA.managerKey))
      .send({ role: 'brand_manager', name: 'intruder' });
    expect(issue.status).toBe(404);
    expect(issue.body.error.code).toBe('not_found');
  });

  it("brand A's manager cannot issue a partner key for brand B's partner", async () => {
    const response = await api
      .http()
      .post(`/v1/brands/${brandA.id}/api-keys`)
      .set(...bearer(brandA.managerKey))
      .send({ role: 'partner', partnerId: partnerOfB(), name: 'borrowed partner' });
    expect(response.status).toBe(404);
    const rows = await api.query('SELECT id FROM api_keys WHERE partner_id = $1', [partnerOfB()]);
    expect(rows).toHaveLength(0); // the fixture issued a partner key for B's awareness partner only
  });

  it("brand A's manager gets 404 revoking brand B's key, which keeps working", async () => {
    const keyOfB = await issueKey(api, brandB.id, 'network');
    const response = await api
      .http()
      .delete(`/v1/api-keys/${keyOfB.id}`)
      .set(...bearer(brandA.managerKey));
    expect(response.status).toBe(404);
    const rows = await api.query<{ revoked_at: Date | null }>('SELECT revoked_at FROM api_keys WHERE id = $1', [
      keyOfB.id,
    ]);
    expect(rows[0].revoked_at).toBeNull();
  });

  it('a partner key sees only its own partner and links', async () => {
    const ownLink = await api
      .http()
      .post('/v1/me/links')
      .set(...bearer(brandA.partnerKey))
      .send({ destinationUrl: `https://${brandA.landingDomain}/spring` });
    expect(ownLink.status).toBe(201);
    await api
      .http()
      .post(`/v1/partners/${brandA.partners.retention.id}/links`)
      .set(...bearer(brandA.managerKey))
      .send({ destinationUrl: `https://${brandA.landingDomain}/loyalty` })
      .expect(201);

    const profile = await api
      .http()
      .get('/v1/me')
      .set(...bearer(brandA.partnerKey));
    expect(profile.body.id).toBe(brandA.partners.awareness.id);
    const links = await api
      .http()
      .get('/v1/me/links')
      .set(...bearer(brandA.partnerKey));
    expect(links.status).toBe(200);
    expect(links.body.data.map((link: { code: string }) => link.code)).toEqual([ownLink.body.code]);
  });

  it("a partner key cannot place a link on another brand's landing domain", async () => {
    const response = await api
      .http()
      .post('/v1/me/links')
      .set(...bearer(brandA.partnerKey))
      .send({ destinationUrl: `https://${brandB.landingDomain}/` });
    expect(response.status).toBe(400);
    expect(response.body.error.details[0].field).toBe('destinationUrl');
  });
});
