import { bearer, type BrandFixture, createBrandFixture, startTestApi, type TestApi } from '#testing';

describe('tracking links', () => {
  let api: TestApi;
  let brand: BrandFixture;
  const asManager = (): [string, string] => bearer(brand.managerKey);
  const linksOf = (partnerId: string): string => `/v1/partners/${partnerId}/links`;

  beforeAll(async () => {
    api = await startTestApi();
    brand = await createBrandFixture(api);
  });
  afterAll(() => api.close());

  it('creates a link with a generated code and its public tracking URL', async () => {
    const destinationUrl = `https://${brand.landingDomain}/tents?utm_source=partner#reviews`;
    const response = await api
      .http()
      .post(linksOf(brand.partners.consideration.id))
      .set(...asManager())
      .send({ destinationUrl });
    expect(response.status).toBe(201);
    expect(response.body.code).toMatch(/^[2-9a-zA-Z]{8}$/);
    expect(response.body).toEqual({
      code: response.body.code,
      url: `http://localhost:3000/c/${response.body.code}`,
      destinationUrl,
      partnerId: brand.partners.consideration.id,
      sub1: null,
      sub2: null,
      sub3: null,
      sub4: null,
      sub5: null,
      createdAt: expect.any(String),
    });
  });

  it('keeps sub-ids on the link and in its URL, so its clicks arrive with them', async () => {
    const created = await api
      .http()
      .post(linksOf(brand.partners.consideration.id))
      .set(...asManager())
      .send({ destinationUrl: `https://${brand.landingDomain}/boots`, sub1: 'spring video', sub3: 'a&b' });
    expect(created.status).toBe(201);
    const { code } = created.body;
    expect(created.body).toMatchObject({
      url: `http://localhost:3000/c/${code}?sub1=spring+video&sub3=a%26b`,
      sub1: 'spring video',
      sub2: null,
      sub3: 'a&b',
    });
    const list = await api
      .http()
      .get(linksOf(brand.partners.consideration.id))
      .set(...asManager());
    expect(list.body.data.find((link: { code: string }) => link.code === code)).toEqual(created.body);
    // The redirect reads the sub-ids off the URL and passes them on to the landing page.
    const redirect = await api.http().get(new URL(created.body.url).pathname + new URL(created.body.url).search);
    expect(redirect.status).toBe(302);
    const landing = new URL(redirect.headers.location);
    expect([landing.searchParams.get('sub1'), landing.searchParams.get('sub3')]).toEqual(['spring video', 'a&b']);
  });

  it('accepts a subdomain of a landing domain and a chosen code', async () => {
    const response = await api
      .http()
      .post(linksOf(brand.partners.awareness.id))
      .set(...asManager())
      .send({ destinationUrl: `https://blog.${brand.landingDomain}/story`, code: `spring-${brand.id.slice(-6)}` });
    expect(response.status).toBe(201);
    expect(response.body.code).toBe(`spring-${brand.id.slice(-6)}`);
  });

  it('refuses a code already in use (409) and keeps the first link', async () => {
    const code = `taken-${brand.id.slice(-6)}`;
    await api
      .http()
      .post(linksOf(brand.partners.awareness.id))
      .set(...asManager())
      .send({ destinationUrl: `https://${brand.landingDomain}/a`, code })
      .expect(201);
    const again = await api
      .http()
      .post(linksOf(brand.partners.conversion.id))
      .set(...asManager())
      .send({ destinationUrl: `https://${brand.landingDomain}/b`, code });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain(code);
    const rows = await api.query<{ partner_id: string }>('SELECT partner_id FROM links WHERE code = $1', [code]);
    expect(rows).toEqual([{ partner_id: brand.partners.awareness.id }]);
  });

  it.each([
    ['https://evil.example/phish', 'must be on one of the brand'],
    ['https://notshop-x.example.evil.example/', 'must be on one of the brand'],
    ['javascript:alert(1)', 'http or https'],
    ['/relative/path', 'absolute http(s) URL'],
  ])('refuses the destination %s', async (destinationUrl, message) => {
    const response = await api
      .http()
      .post(linksOf(brand.partners.awareness.id))
      .set(...asManager())
      .send({ destinationUrl });
    expect(response.status).toBe(400);
    expect(response.body.error.details).toEqual([
      { field: 'destinationUrl', message: expect.stringContaining(message) },
    ]);
  });

  it('refuses a look-alike host that merely ends with the landing domain', async () => {
    const response = await api
      .http()
      .post(linksOf(brand.partners.awareness.id))
      .set(...asManager())
      .send({ destinationUrl: `https://evil${brand.landingDomain}/` });
    expect(response.status).toBe(400);
  });

  it('refuses a malformed code', async () => {
    const response = await api
      .http()
      .post(linksOf(brand.partners.awareness.id))
      .set(...asManager())
      .send({ destinationUrl: `https://${brand.landingDomain}/`, code: 'no spaces/please' });
    expect(response.status).toBe(400);
    expect(response.body.error.details[0].field).toBe('code');
  });

  it("lists a partner's links only", async () => {
    const partner = brand.partners.retention.id;
    const made: string[] = [];
    for (const path of ['one', 'two']) {
      const response = await api
        .http()
        .post(linksOf(partner))
        .set(...asManager())
        .send({ destinationUrl: `https://${brand.landingDomain}/${path}` });
      made.push(response.body.code);
    }
    const list = await api
      .http()
      .get(linksOf(partner))
      .set(...asManager());
    expect(list.status).toBe(200);
    expect(list.body.data.map((link: { code: string }) => link.code)).toEqual(made);
    expect(list.body.nextCursor).toBeNull();
  });
});
