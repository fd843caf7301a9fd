import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { startTestApi, type TestApi } from '#testing';

/**
 * The web app's API types (apps/web/src/api/schema.d.ts) are generated from the document the API
 * serves at /docs-json, so a route or field that changes without them fails here. After changing
 * the API on purpose, `UPDATE_API_TYPES=1 npm test -- test/e2e/web-api-types` rewrites the file;
 * commit it with the change.
 */
const SCHEMA = join(process.cwd(), 'apps', 'web', 'src', 'api', 'schema.d.ts');
const HEADER = "// Generated from the API's /docs-json by test/e2e/web-api-types.e2e-spec.ts; do not edit.\n\n";

describe('web app API types', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('apps/web/src/api/schema.d.ts matches /docs-json', async () => {
    const response = await api.http().get('/docs-json');
    expect(response.status).toBe(200);
    const generated = HEADER + astToString(await openapiTS(response.body as Parameters<typeof openapiTS>[0]));
    // eslint-disable-next-line no-restricted-properties -- a switch of this test run, not the app's configuration
    if (process.env.UPDATE_API_TYPES === '1') writeFileSync(SCHEMA, generated);
    expect(readFileSync(SCHEMA, 'utf8')).toBe(generated);
  });
});
