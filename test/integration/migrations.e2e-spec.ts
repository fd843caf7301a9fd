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
      'clicks_daily',
      'commission_entries',
      'commission_plans',
      'conversion_code_flags',
      'conversion_reversals',
      'conversion_touches',
      'conversions',
      'impressions_daily',
      'invites',
      'links',
      'marketing_spend',
      'memberships',
      'migrations',
      'outbox_events',
      'partner_applications',
      'partner_customer_keys',
      'partner_mix_reports',
      'partner_mix_targets',
      'partner_running_totals',
      'partners',
      'password_resets',
      'promo_codes',
      'quality_flags',
      'sessions',
      'statements',
      'users',
      'webhook_attempts',
      'webhook_deliveries',
      'webhook_endpoints',
    ]);
  });

  it('leave the schema exactly as the entities describe it', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('backfill the running totals from a ledger written before them', async () => {
    // Back to just before partner-running-totals, whatever came after it.
    const totalsMigration = MIGRATIONS.findIndex((migration) => migration.name.startsWith('PartnerRunningTotals'));
    for (let i = MIGRATIONS.length; i > totalsMigration; i--) await dataSource.undoLastMigration();
    const [brand, partner, early, late, rejected] = [1, 2, 3, 4, 5].map(
      (n) => `00000000-0000-4000-8000-00000000000${n}`,
    );
    await dataSource.query(
      `INSERT INTO brands (id, name, currency, timezone, landing_domains, customer_key_secret)
       VALUES ($1, 'Backfill', 'EUR', 'Europe/Berlin', '{}', '\\x00')`,
      [brand],
    );
    await dataSource.query(
      `INSERT INTO partners (id, brand_id, name, type, role) VALUES ($1, $2, 'P', 'content', 'awareness')`,
      [partner, brand],
    );
    // 22:30 UTC on 30 September is 00:30 on 1 October in Berlin: Q4 and October, not Q3 and September.
    // Fixed dates on purpose: rows written straight into a database of this test's own, and the
    // backfill reads no clock (the clawback's now() fills a column it does not read).
    const conversions = [
      [early, '2026-09-30T21:30:00Z', 'pending', 4000, 400],
      [late, '2026-09-30T22:30:00Z', 'approved', 6000, 600],
      [rejected, '2026-09-30T22:45:00Z', 'rejected', 9000, 900],
    ] as const;
    for (const [id, at, status, revenue, earned] of conversions) {
      await dataSource.query(
        `INSERT INTO conversions (id, brand_id, transaction_id, amount_minor, currency, occurred_at, status, source, fingerprint)
         VALUES ($1::uuid, $2, $1::uuid::text, $3, 'EUR', $4, $5, 'api', repeat('f', 64))`,
        [id, brand, revenue, at, status],
      );
      await dataSource.query(
        `INSERT INTO conversion_touches (conversion_id, click_id, brand_id, partner_id, role, occurred_at,
                                         base_weight, role_weight, credit, attributed_revenue_minor)
         VALUES ($1, gen_random_uuid(), $2, $3, 'awareness', $4, '1', '1', '1', $5)`,
        [id, brand, partner, at, revenue],
      );
      await dataSource.query(
        `INSERT INTO commission_entries (id, entry_key, brand_id, partner_id, conversion_id, kind, amount_minor,
                                         currency, status, occurred_at, approvable_at)
         VALUES (gen_random_uuid(), 'c:' || $1::uuid::text, $2, $3, $1::uuid, 'cps', $4, 'EUR', $5, $6, $6)`,
        [id, brand, partner, earned, status === 'rejected' ? 'rejected' : 'pending', at],
      );
    }
    // A clawback of the October conversion: −150.
    await dataSource.query(
      `INSERT INTO commission_entries (id, entry_key, brand_id, partner_id, conversion_id, kind, amount_minor,
                                       currency, occurred_at, approvable_at)
       VALUES (gen_random_uuid(), 'r:late', $1, $2, $3, 'cps', -150, 'EUR', now(), now())`,
      [brand, partner, late],
    );

    await dataSource.runMigrations();
    const totals = await dataSource.query(
      'SELECT measure, period, total_minor FROM partner_running_totals ORDER BY measure, period',
    );
    // Q3: 40.00; Q4: 60.00 (the rejected 90.00 left out). September 4.00; October 6.00 − 1.50 = 4.50.
    expect(totals).toEqual([
      { measure: 'month_earned', period: '2026-09', total_minor: '400' },
      { measure: 'month_earned', period: '2026-10', total_minor: '450' },
      { measure: 'quarter_revenue', period: '2026-Q3', total_minor: '4000' },
      { measure: 'quarter_revenue', period: '2026-Q4', total_minor: '6000' },
    ]);
  });

  it('give the brands that exist a slug made from their name, unique in creation order', async () => {
    const slugsMigration = MIGRATIONS.findIndex((migration) => migration.name.startsWith('BrandSlugsAndProgram'));
    for (let i = MIGRATIONS.length; i > slugsMigration; i--) await dataSource.undoLastMigration();
    const named = [
      ['00000000-0000-4000-8000-0000000000a1', 'Kumo Tea', '2026-01-01T00:00:00Z'],
      ['00000000-0000-4000-8000-0000000000a2', 'Kumo  Tea!', '2026-01-02T00:00:00Z'],
      ['00000000-0000-4000-8000-0000000000a3', 'X', '2026-01-03T00:00:00Z'],
    ];
    for (const [id, name, createdAt] of named) {
      await dataSource.query(
        `INSERT INTO brands (id, name, currency, timezone, landing_domains, customer_key_secret, created_at)
         VALUES ($1, $2, 'EUR', 'Europe/Berlin', '{}', '\\x00', $3)`,
        [id, name, createdAt],
      );
    }
    await dataSource.runMigrations();
    const slugs = await dataSource.query(
      `SELECT name, slug, program_description, program_terms FROM brands WHERE id = ANY($1::uuid[]) ORDER BY id`,
      [named.map(([id]) => id)],
    );
    expect(slugs).toEqual([
      { name: 'Kumo Tea', slug: 'kumo-tea', program_description: '', program_terms: '' },
      { name: 'Kumo  Tea!', slug: 'kumo-tea-2', program_description: '', program_terms: '' },
      { name: 'X', slug: 'x-brand', program_description: '', program_terms: '' },
    ]);
  });

  it('revert cleanly, one by one, and run again', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration();
    expect(await tables(dataSource)).toEqual(['migrations']);
    const again = await dataSource.runMigrations();
    expect(again).toHaveLength(MIGRATIONS.length);
  });
});
