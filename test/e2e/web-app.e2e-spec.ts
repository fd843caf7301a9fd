import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import request from 'supertest';
import { startTestApi, type TestApi } from '#testing';
import { registerWebApp } from '../../apps/api/src/web-app/web-app.js';

/** npm test builds the web app into dist/web before Jest starts (scripts/test.mjs). */
const WEB = join(process.cwd(), 'dist', 'web');

describe('the web app at /app/', () => {
  let api: TestApi;
  let script: string;

  beforeAll(async () => {
    api = await startTestApi();
    // The entry script (the areas are chunks of their own, loaded on first visit).
    const entry = /<script type="module"[^>]* src="\/app\/assets\/([^"]+\.js)"/.exec(
      readFileSync(join(WEB, 'index.html'), 'utf8'),
    );
    script = entry?.[1] ?? '';
    expect(readdirSync(join(WEB, 'assets'))).toContain(script);
  });
  afterAll(() => api.close());

  it('answers index.html at /app/, never cached, with a CSP that lets only its own scripts run', async () => {
    const response = await api.http().get('/app/');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.text).toContain('<div id="root">');
    expect(response.text).toContain(`/app/assets/${script}`);
    const csp = response.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('answers index.html for client routes, mailed links included', async () => {
    for (const path of ['/app/login', '/app/console/team', '/app/reset-password?token=abc', '/app/apply/northwind']) {
      const response = await api.http().get(path);
      expect({ path, status: response.status, cache: response.headers['cache-control'] }).toEqual({
        path,
        status: 200,
        cache: 'no-cache',
      });
      expect(response.text).toContain('<div id="root">');
    }
  });

  it('caches hashed assets for a year and compresses them', async () => {
    const response = await api.http().get(`/app/assets/${script}`).set('Accept-Encoding', 'br, gzip');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['content-encoding']).toBe('br');

    const gzip = await api.http().get(`/app/assets/${script}`).set('Accept-Encoding', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.text).toBe(readFileSync(join(WEB, 'assets', script), 'utf8'));
  });

  it('answers a missing asset with 404 in the error envelope, not with index.html', async () => {
    for (const path of ['/app/assets/index-missing.js', '/app/missing.png', '/app/assets/../../package.json']) {
      const response = await api.http().get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(response.body).toMatchObject({ error: { code: 'not_found' } });
    }
  });

  it('redirects / to the app, /apply/:slug to the application page, /app to /app/', async () => {
    const root = await api.http().get('/');
    expect(root.status).toBe(302);
    expect(root.headers.location).toBe('/app/');
    const apply = await api.http().get('/apply/northwind-outdoor');
    expect(apply.status).toBe(302);
    expect(apply.headers.location).toBe('/app/apply/northwind-outdoor');
    const bare = await api.http().get('/app');
    expect(bare.headers.location).toBe('/app/');
  });

  it('leaves the API and the redirect uncompressed and under their strict CSP', async () => {
    const health = await api.http().get('/health').set('Accept-Encoding', 'br, gzip');
    expect(health.headers['content-encoding']).toBeUndefined();
    expect(health.headers['content-security-policy']).toContain("default-src 'none'");
    const docs = await api.http().get('/docs-json').set('Accept-Encoding', 'br, gzip');
    expect(docs.headers['content-encoding']).toBeUndefined();
    const redirect = await api.http().get('/c/no-such-code').set('Accept-Encoding', 'br, gzip');
    expect(redirect.headers['content-encoding']).toBeUndefined();
  });

  it('answers 503 saying how to build when the API was built without the web app', async () => {
    const fastify = Fastify();
    await registerWebApp(fastify, mkdtempSync(join(tmpdir(), 'pmx-no-web-')));
    await fastify.ready();
    try {
      for (const path of ['/app/', '/app/console']) {
        const response = await request(fastify.server).get(path);
        expect(response.status).toBe(503);
        expect(response.body.error.code).toBe('unavailable');
        expect(response.body.error.message).toContain('npm run build');
      }
    } finally {
      await fastify.close();
    }
  });
});
