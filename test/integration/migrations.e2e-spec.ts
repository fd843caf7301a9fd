import { readdirSync } from 'node:fs';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig } from '#config';
import { dataSourceOptions } from '#database';
import { MIGRATIONS } from '#migrations';

const config = loadConfig();
const databaseName = `${new URL(config.DATABASE_URL).pathname.slice(1)}_migrations`;
const urlOf = (database: string): string => {
  const url = new URL(config.DATABASE_URL);
  url.pathname = `/${database}`;
  return url.toString();
};

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: urlOf('postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function tables(dataSource: DataSource): Promise<string[]> {
  const rows: { table_name: string }[] = await dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
  );
  return rows.map((row) => row.table_name);
}

/** Migrations on an empty database of their own: up, in step with the entities, down, up again. */
describe('migrations', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    await admin(`CREATE DATABASE "${databaseName}"`);
    dataSource = new DataSource(dataSourceOptions(config, { url: urlOf(databaseName) }));
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await admin(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
  });

  it('lists every migration file of the folder, in order', () => {
    const files = readdirSync(new URL('../../migrations/', import.meta.url))
      .filter((file) => /^\d+-[a-z0-9-]+\.ts$/.test(file))
      .sort();
    const timestamps = MIGRATIONS.map((migration) => /(\d+)$/.exec(migration.name)?.[1]);
    expect(timestamps).toEqual(files.map((file) => file.split('-')[0]));
  });

  it('run on an empty database', async () => {
    const applied = await dataSource.runMigrations();
    expect(applied).toHaveLength(MIGRATIONS.length);
    expect(await tables(dataSource)).toEqual([
      'api_keys',
      'brands',
      'clicks',
      'commission_entries',
      'commission_plans',
      'conversion_reversals',
      'conversion_touches',
      'conversions',
      'impressions_daily',
      'links',
      'migrations',
      'partners',
    ]);
  });

  it('leave the schema exactly as the entities describe it', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('revert cleanly, one by one, and run again', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration();
    expect(await tables(dataSource)).toEqual(['migrations']);
    const again = await dataSource.runMigrations();
    expect(again).toHaveLength(MIGRATIONS.length);
  });
});
