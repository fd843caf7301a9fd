import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig } from '#config';
import { dataSourceOptions } from '#database';
import { withDatabase } from './test-run.mjs';

/**
 * Once per `npm test`: a database and a Redis key prefix of this run's own, migrated from empty.
 * Jest's workers start after this and inherit the environment set here.
 */
export default async function globalSetup() {
  const base = loadConfig();
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const databaseName = `pmx_test_${runId}`;

  const admin = new pg.Client({ connectionString: withDatabase(base.DATABASE_URL, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${databaseName}"`);
  await admin.end();

  process.env.NODE_ENV = 'test';
  process.env.DATABASE_URL = withDatabase(base.DATABASE_URL, databaseName);
  process.env.REDIS_PREFIX = `pmxtest:${runId}`;
  process.env.LOG_LEVEL ??= 'error';
  // Webhook retries 100 ms, 200 ms, 400 ms … apart instead of minutes: every file's worker delivers.
  process.env.WEBHOOK_BACKOFF_MS ??= '100';
  process.env.PMX_TEST_DATABASE = databaseName;
  // Every test file's requests come from 127.0.0.1 and share the run's rate-limit counters: the
  // production limits per IP would throttle the suite itself. The rate-limit tests set their own.
  process.env.RATE_LIMIT_REDIRECT_PER_IP ??= '1000000';
  process.env.RATE_LIMIT_INGEST_PER_IP ??= '1000000';
  // Likewise failed sign-ins and password-reset requests per IP (sessions-security sets its own).
  process.env.RATE_LIMIT_LOGIN_PER_IP ??= '1000000';
  process.env.RATE_LIMIT_PASSWORD_RESET_PER_IP ??= '1000000';
  process.env.RATE_LIMIT_APPLICATIONS_PER_IP ??= '1000000';

  const dataSource = new DataSource(dataSourceOptions(loadConfig()));
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();
}
