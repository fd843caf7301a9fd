import { Redis } from 'ioredis';
import pg from 'pg';
import { loadConfig } from '#config';
import { withDatabase } from './test-run.mjs';

/** Drops this run's database and deletes its Redis keys, so that runs leave nothing behind. */
export default async function globalTeardown() {
  const config = loadConfig();
  const databaseName = process.env.PMX_TEST_DATABASE;
  if (databaseName?.startsWith('pmx_test_')) {
    const admin = new pg.Client({ connectionString: withDatabase(config.DATABASE_URL, 'postgres') });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
    await admin.end();
  }
  if (config.REDIS_PREFIX.startsWith('pmxtest:')) {
    const redis = new Redis(config.REDIS_URL);
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${config.REDIS_PREFIX}:*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    await redis.quit();
  }
}
