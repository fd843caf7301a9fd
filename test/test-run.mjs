// This test run's database and Redis prefix: created by global-setup.mjs, removed by global-teardown.mjs.
export function withDatabase(databaseUrl, database) {
  const url = new URL(databaseUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
