import { bearer, startTestApi, type TestApi } from '#testing';

describe('platform routes and the error envelope', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('/health reports PostgreSQL and Redis up', async () => {
    const response = await api.http().get('/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'ok', checks: { postgres: 'up', redis: 'up' } });
  });

  it('serves the OpenAPI document with the contract routes', async () => {
    const response = await api.http().get('/docs-json');
    expect(response.status).toBe(200);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining([
        '/v1/brands',
        '/v1/brands/{brandId}/api-keys',
        '/v1/api-keys/{id}',
        '/v1/partners',
        '/v1/partners/{id}',
        '/v1/partners/{id}/links',
        '/v1/me/links',
      ]),
    );
    const ui = await api.http().get('/docs');
    expect(ui.status).toBe(200);
    expect(ui.text).toContain('swagger');
  });

  it('/metrics has request latency by route template and queue depths', async () => {
    await api.http().get('/v1/partners/01930000-0000-7000-8000-000000000000');
    const response = await api.http().get('/metrics');
    expect(response.status).toBe(200);
    expect(response.text).toMatch(
      /pmx_http_request_duration_seconds_count\{method="GET",route="\/v1\/partners\/:id",status_code="401"\} [1-9]/,
    );
    expect(response.text).toMatch(/pmx_queue_jobs\{queue="housekeeping",state="waiting"\} \d+/);
    expect(response.text).toMatch(/pmx_queue_jobs_finished\{queue="housekeeping",outcome="failed"\} \d+/);
  });

  it('the queue dashboard needs the operator key', async () => {
    const anonymous = await api.http().get('/admin/queues');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers['www-authenticate']).toContain('Basic');
    const asOperator = await api
      .http()
      .get('/admin/queues')
      .set(...bearer(api.operatorKey));
    expect(asOperator.status).toBe(200);
    const browser = await api.http().get('/admin/queues').auth('operator', api.operatorKey);
    expect(browser.status).toBe(200);
    const wrong = await api.http().get('/admin/queues').auth('operator', 'guess');
    expect(wrong.status).toBe(401);
  });

  it('echoes a sane X-Request-Id and makes one otherwise', async () => {
    const given = await api.http().get('/health').set('X-Request-Id', 'trace-123');
    expect(given.headers['x-request-id']).toBe('trace-123');
    const made = await api.http().get('/health').set('X-Request-Id', 'bad id with spaces');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers an unknown route with the not_found envelope', async () => {
    const response = await api.http().get('/v1/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body).toEqual({
      error: { code: 'not_found', message: 'No route GET /v1/nothing-here', details: [] },
    });
  });

  it('answers malformed JSON with validation_failed, not a 500', async () => {
    const response = await api
      .http()
      .post('/v1/brands')
      .set(...bearer(api.operatorKey))
      .set('Content-Type', 'application/json')
      .send('{"name": ');
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
  });

  it('answers a body over the limit with payload_too_large', async () => {
    const response = await api
      .http()
      .post('/v1/brands')
      .set(...bearer(api.operatorKey))
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }));
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('payload_too_large');
  });

  it('answers a JSON array or scalar body with validation_failed', async () => {
    for (const body of ['[]', '"brand"', 'null']) {
      const response = await api
        .http()
        .post('/v1/brands')
        .set(...bearer(api.operatorKey))
        .set('Content-Type', 'application/json')
        .send(body);
      expect({ body, status: response.status, code: response.body.error?.code }).toEqual({
        body,
        status: 400,
        code: 'validation_failed',
      });
    }
  });
});
