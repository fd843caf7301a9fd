import { bearer, type BrandFixture, createBrandFixture, startTestApi, type TestApi } from '#testing';

describe('API keys and roles', () => {
  let api: TestApi;
  let brand: BrandFixture;

  beforeAll(async () => {
    api = await startTestApi();
    brand = await createBrandFixture(api);
  });
  afterAll(() => api.close());

  describe('401 unauthorized', () => {
    it('without a key', async () => {
      const response = await api.http().get('/v1/partners');
      expect(response.status).toBe(401);
      expect(response.body.error.code).toBe('unauthorized');
      expect(response.body.error.message).toContain('Authorization: Bearer');
    });

    it('with a key nobody issued', async () => {
      const response = await api
        .http()
        .get('/v1/partners')
        .set(...bearer('pmx_bm_doesnotexistdoesnotexistdoesnot'));
      expect(response.status).toBe(401);
      expect(response.body.error.code).toBe('unauthorized');
    });

    it('with a malformed Authorization header', async () => {
      const response = await api.http().get('/v1/partners').set('Authorization', `Token ${brand.managerKey}`);
      expect(response.status).toBe(401);
      expect(response.body.error.code).toBe('unauthorized');
    });

    it('with a key in the query string on a route that does not allow it', async () => {
      const response = await api.http().get(`/v1/partners?key=${brand.managerKey}`);
      expect(response.status).toBe(401);
    });

    it('with a revoked key, right after revocation', async () => {
      const issued = await api
        .http()
        .post(`/v1/brands/${brand.id}/api-keys`)
        .set(...bearer(brand.managerKey))
        .send({ role: 'brand_manager', name: 'short-lived' });
      expect(issued.status).toBe(201);
      const before = await api
        .http()
        .get('/v1/partners')
        .set(...bearer(issued.body.key));
      expect(before.status).toBe(200);

      const revoked = await api
        .http()
        .delete(`/v1/api-keys/${issued.body.id}`)
        .set(...bearer(brand.managerKey));
      expect(revoked.status).toBe(204);

      const after = await api
        .http()
        .get('/v1/partners')
        .set(...bearer(issued.body.key));
      expect(after.status).toBe(401);
      expect(after.body.error.message).toMatch(/revoked/);
    });
  });

  describe('403 forbidden for the wrong role', () => {
    it('a partner key cannot reach manager routes', async () => {
      for (const [method, path] of [
        ['get', '/v1/partners'],
        ['post', '/v1/partners'],
        ['get', `/v1/partners/${brand.partners.awareness.id}`],
        ['patch', `/v1/partners/${brand.partners.awareness.id}`],
        ['post', `/v1/partners/${brand.partners.awareness.id}/links`],
      ] as const) {
        const response = await api
          .http()
          [method](path)
          .set(...bearer(brand.partnerKey))
          .send({});
        expect({ path, method, status: response.status, code: response.body.error?.code }).toEqual({
          path,
          method,
          status: 403,
          code: 'forbidden',
        });
      }
    });

    it('a partner key cannot issue keys, even for its own brand', async () => {
      const response = await api
        .http()
        .post(`/v1/brands/${brand.id}/api-keys`)
        .set(...bearer(brand.partnerKey))
        .send({ role: 'brand_manager', name: 'escalate' });
      expect(response.status).toBe(403);
    });

    it('a network key cannot manage partners', async () => {
      const response = await api
        .http()
        .post('/v1/partners')
        .set(...bearer(brand.networkKey))
        .send({ name: 'Sneaky', type: 'coupon', role: 'conversion' });
      expect(response.status).toBe(403);
      expect(response.body.error.message).toContain('brand_manager');
    });

    it('a brand manager cannot create brands', async () => {
      const response = await api
        .http()
        .post('/v1/brands')
        .set(...bearer(brand.managerKey))
        .send({ name: 'Other', currency: 'EUR', timezone: 'UTC', landingDomains: ['other.example'] });
      expect(response.status).toBe(403);
    });

    it('a manager key cannot use the partner portal', async () => {
      const response = await api
        .http()
        .get('/v1/me/links')
        .set(...bearer(brand.managerKey));
      expect(response.status).toBe(403);
    });
  });

  describe('issued keys', () => {
    it('are shown once with a visible prefix, and only a hash is stored', async () => {
      const response = await api
        .http()
        .post(`/v1/brands/${brand.id}/api-keys`)
        .set(...bearer(api.operatorKey))
        .send({ role: 'network', name: 'Everflow postbacks' });
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.any(String),
        role: 'network',
        partnerId: null,
        name: 'Everflow postbacks',
        prefix: response.body.key.slice(0, 12),
        key: expect.stringMatching(/^pmx_nw_[A-Za-z0-9_-]{32}$/),
        signingSecret: expect.stringMatching(/^pmx_ss_[A-Za-z0-9_-]{32}$/),
      });
      const rows = await api.query<{ key_hash: string; prefix: string }>(
        'SELECT key_hash, prefix FROM api_keys WHERE id = $1',
        [response.body.id],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0].key_hash).not.toContain(response.body.key);
      expect(rows[0].key_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(rows)).not.toContain(response.body.key.slice(12));
    });

    it('need a partner for the partner role and refuse one for other roles', async () => {
      const missing = await api
        .http()
        .post(`/v1/brands/${brand.id}/api-keys`)
        .set(...bearer(brand.managerKey))
        .send({ role: 'partner', name: 'no partner' });
      expect(missing.status).toBe(400);
      expect(missing.body.error.details).toEqual([
        { field: 'partnerId', message: expect.stringContaining('required') },
      ]);

      const extra = await api
        .http()
        .post(`/v1/brands/${brand.id}/api-keys`)
        .set(...bearer(brand.managerKey))
        .send({ role: 'network', name: 'with partner', partnerId: brand.partners.conversion.id });
      expect(extra.status).toBe(400);
      expect(extra.body.error.details[0].field).toBe('partnerId');
    });

    it('refuse an unknown role, naming the field', async () => {
      const response = await api
        .http()
        .post(`/v1/brands/${brand.id}/api-keys`)
        .set(...bearer(brand.managerKey))
        .send({ role: 'operator', name: 'root please' });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
      expect(response.body.error.details[0]).toEqual({
        field: 'role',
        message: 'role must be one of brand_manager, network, partner',
      });
    });
  });
});
