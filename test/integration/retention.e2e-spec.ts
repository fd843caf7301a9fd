import { randomBytes, randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig } from '#config';
import { type ClickRecord, ClickRetentionService, ClickWriterService } from '#core/tracking/index.js';
import { dataSourceOptions } from '#database';
import { testClock } from '#testing';

const config = loadConfig();
// A database of its own: dropping monthly partitions must not touch other test files' clicks.
const databaseName = `${new URL(config.DATABASE_URL).pathname.slice(1)}_retention`;
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

/**
 * Retention, with the clock fixed at 2026-11-22T12:00Z. Brand "short" keeps 1 month of raw
 * clicks (cut-off 2026-10-22T12:00Z) in New York time; brand "long" keeps 3 months (cut-off
 * 2026-08-22T12:00Z) in Berlin time. The longest retention is 3 months, so every partition that
 * ends by 2026-08-22 (July and before) is dropped whole; August to October go row by row.
 * The dates are fixed on purpose, not taken from the business clock: a database of its own, clicks
 * written straight (no 400-day check) and `now` passed to enforce(), so no later day changes the
 * outcome; and they keep the summer-time offsets the local days below are worked out with.
 */
describe(ClickRetentionService.name, () => {
  const now = new Date('2026-11-22T12:00:00Z');
  let dataSource: DataSource;
  let sut: ClickRetentionService;
  let writer: ClickWriterService;
  const short = { brand: randomUUID(), partner: randomUUID() };
  const long = { brand: randomUUID(), partner: randomUUID(), other: randomUUID() };

  const click = (brandId: string, partnerId: string, occurredAt: string, creditable = true): ClickRecord => ({
    id: randomUUID(),
    occurredAt,
    receivedAt: occurredAt,
    brandId,
    partnerId,
    linkId: null,
    partnerRole: 'awareness',
    source: 's2s',
    customerKeyHash: null,
    sub1: null,
    sub2: null,
    sub3: null,
    sub4: null,
    sub5: null,
    ipPrefix: null,
    userAgent: null,
    isBot: !creditable,
    creditable,
    notCreditableReason: creditable ? null : 'bot',
  });

  const partitions = async (): Promise<string[]> =>
    (
      await dataSource.query<{ name: string }[]>(
        `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
          JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = 'clicks' ORDER BY 1`,
      )
    ).map((row) => row.name);
  const daily = () =>
    dataSource.query<{ brand_id: string; partner_id: string; day: string; clicks: number; creditable: number }[]>(
      `SELECT brand_id, partner_id, to_char(day, 'YYYY-MM-DD') AS day, clicks::int, creditable_clicks::int AS creditable
         FROM clicks_daily ORDER BY day, brand_id, partner_id`,
    );
  const remaining = async (): Promise<string[]> =>
    (
      await dataSource.query<{ at: string }[]>(
        `SELECT to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI') AS at FROM clicks ORDER BY occurred_at`,
      )
    ).map((row) => row.at);

  beforeAll(async () => {
    Logger.overrideLogger(['error']);
    await admin(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
    await admin(`CREATE DATABASE "${databaseName}"`);
    dataSource = new DataSource(dataSourceOptions(config, { url: urlOf(databaseName) }));
    await dataSource.initialize();
    await dataSource.runMigrations();
    for (const [brand, timezone, months] of [
      [short.brand, 'America/New_York', 1],
      [long.brand, 'Europe/Berlin', 3],
    ] as const) {
      await dataSource.query(
        `INSERT INTO brands (id, name, slug, currency, timezone, landing_domains, customer_key_secret, click_retention_months)
         VALUES ($1::uuid, 'Retention', 'retention-' || $1::uuid::text, 'EUR', $2, ARRAY['r.example'], $3, $4)`,
        [brand, timezone, randomBytes(32), months],
      );
    }
    for (const [brand, partner] of [
      [short.brand, short.partner],
      [long.brand, long.partner],
      [long.brand, long.other],
    ]) {
      await dataSource.query(
        `INSERT INTO partners (id, brand_id, name, type, role, status) VALUES ($1, $2, 'P', 'creator', 'awareness', 'active')`,
        [partner, brand],
      );
    }
    sut = new ClickRetentionService(dataSource, testClock);
    writer = new ClickWriterService(dataSource);
    await writer.write([
      // July (dropped whole): short 2, one of them a bot; long 1 at 2026-07-01T02:00Z = Berlin 04:00.
      click(short.brand, short.partner, '2026-07-01T02:00:00.000Z'),
      click(short.brand, short.partner, '2026-07-01T03:00:00.000Z', false),
      click(long.brand, long.partner, '2026-07-31T23:30:00.000Z'),
      // August: all of short's go; long's before 08-22T12:00Z go, the one after stays.
      click(short.brand, short.partner, '2026-08-10T12:00:00.000Z'),
      click(long.brand, long.other, '2026-08-22T11:59:00.000Z'),
      click(long.brand, long.other, '2026-08-22T12:01:00.000Z'),
      // October: short's before 10-22T12:00Z goes; long's stays.
      click(short.brand, short.partner, '2026-10-22T03:30:00.000Z'),
      click(long.brand, long.partner, '2026-10-01T00:00:00.000Z'),
      // November: everything stays.
      click(short.brand, short.partner, '2026-11-20T00:00:00.000Z'),
    ]);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await admin(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
  });

  it('drops partitions past every retention, deletes older clicks row by row, and keeps their daily counts', async () => {
    expect(await partitions()).toEqual(['clicks_2026_07', 'clicks_2026_08', 'clicks_2026_10', 'clicks_2026_11']);
    const result = await sut.enforce(now);
    expect(result.droppedPartitions).toEqual(['clicks_2026_07']);
    // Row by row: short's August and October clicks, long's 08-22T11:59 one.
    expect(result.deletedClicks).toBe(3);
    expect(await partitions()).toEqual(['clicks_2026_08', 'clicks_2026_10', 'clicks_2026_11']);
    expect(await remaining()).toEqual(['2026-08-22T12:01', '2026-10-01T00:00', '2026-11-20T00:00']);
    // Local days: New York is UTC-4 in summer (07-01T02:00Z and 03:00Z are June 30th; 10-22T03:30Z
    // is October 21st); Berlin is UTC+2 (07-31T23:30Z is August 1st; 08-22T11:59Z the 22nd).
    expect(await daily()).toEqual(
      [
        { brand_id: short.brand, partner_id: short.partner, day: '2026-06-30', clicks: 2, creditable: 1 },
        { brand_id: long.brand, partner_id: long.partner, day: '2026-08-01', clicks: 1, creditable: 1 },
        { brand_id: short.brand, partner_id: short.partner, day: '2026-08-10', clicks: 1, creditable: 1 },
        { brand_id: long.brand, partner_id: long.other, day: '2026-08-22', clicks: 1, creditable: 1 },
        { brand_id: short.brand, partner_id: short.partner, day: '2026-10-21', clicks: 1, creditable: 1 },
      ].sort((a, b) => a.day.localeCompare(b.day) || a.brand_id.localeCompare(b.brand_id)),
    );
  });

  it('changes nothing when run again', async () => {
    const before = await daily();
    expect(await sut.enforce(now)).toEqual({ droppedPartitions: [], deletedClicks: 0 });
    expect(await daily()).toEqual(before);
  });

  it('still stores a late click for a dropped month (the writer makes the partition again), and counts it when it expires', async () => {
    await writer.write([click(short.brand, short.partner, '2026-07-01T02:30:00.000Z')]);
    expect(await partitions()).toContain('clicks_2026_07');
    await sut.enforce(now);
    expect(await partitions()).not.toContain('clicks_2026_07');
    const june30 = (await daily()).find((row) => row.day === '2026-06-30');
    expect(june30).toMatchObject({ clicks: 3, creditable: 2 });
  });
});
