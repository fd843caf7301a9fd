import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { loadConfig } from '#config';
import { CommissionEntryRow } from '#core/ledger/index.js';
import { bulkInsert } from '#core/platform/index.js';
import { QualityFlagRow } from '#core/quality/index.js';
import { dataSourceOptions } from '#database';
import { DAY_MS } from '#domain';
import { daysAgo } from '#testing';

// Yesterday by the business clock, with milliseconds that show, and its 14-day lock still to run:
// the worker's settle job (every brand, this run's clock) cannot approve these pending entries.
const OCCURRED_AT = new Date(daysAgo(1).setUTCMilliseconds(789));
const APPROVABLE_AT = new Date(OCCURRED_AT.getTime() + 14 * DAY_MS);

/**
 * bulkInsert sends rows as one JSON document and columns that are the same in every row as
 * parameters of their own: every value must come back exactly as it went in, whatever its type.
 */
describe('bulkInsert', () => {
  const brandId = randomUUID();
  const partnerId = randomUUID();
  let dataSource: DataSource;

  const entry = (overrides: Partial<CommissionEntryRow>): Partial<CommissionEntryRow> => ({
    id: randomUUID(),
    entryKey: `bulk:${randomUUID()}`,
    brandId,
    partnerId,
    conversionId: null,
    reversalId: null,
    kind: 'cps',
    amountMinor: 1,
    cappedMinor: 0,
    currency: 'KWD',
    status: 'pending',
    planId: null,
    ruleIndex: 0,
    rateBps: null,
    tierIndex: null,
    occurredAt: OCCURRED_AT,
    approvableAt: APPROVABLE_AT,
    approvedAt: null,
    credit: '1/3',
    attributedRevenueMinor: null,
    ...overrides,
  });
  const entries = () =>
    dataSource.getRepository(CommissionEntryRow).find({ where: { brandId }, order: { entryKey: 'ASC' } });

  beforeAll(async () => {
    dataSource = new DataSource(dataSourceOptions(loadConfig()));
    await dataSource.initialize();
    await dataSource.query(
      `INSERT INTO brands (id, name, slug, currency, timezone, landing_domains, customer_key_secret)
       VALUES ($1::uuid, 'Bulk', 'bulk-' || $1::uuid::text, 'KWD', 'UTC', ARRAY['bulk.example'], $2)`,
      [brandId, randomBytes(32)],
    );
    await dataSource.query(
      `INSERT INTO partners (id, brand_id, name, type, role, status)
       VALUES ($1, $2, 'P', 'creator', 'awareness', 'active')`,
      [partnerId, brandId],
    );
  });

  afterAll(async () => {
    await dataSource.query('DELETE FROM commission_entries WHERE brand_id = $1', [brandId]);
    await dataSource.query('DELETE FROM brands WHERE id = $1', [brandId]);
    await dataSource.destroy();
  });

  it('writes every type back exactly: varying and constant columns, nulls, big numbers, ms dates, awkward text', async () => {
    const awkward = 'quote " backslash \\ tab \t newline \n comma , braces {} é ✓ 💸';
    const rows = [
      entry({ entryKey: 'bulk:a', amountMinor: Number.MAX_SAFE_INTEGER, rateBps: 1250, tierIndex: 2, credit: awkward }),
      entry({ entryKey: 'bulk:b', amountMinor: -1, attributedRevenueMinor: 0, credit: 'NULL' }),
      // A fixed date is safe here: written straight, never checked against a clock, and the entry's
      // lock (APPROVABLE_AT) still runs.
      entry({ entryKey: 'bulk:c', amountMinor: 0, occurredAt: new Date('2026-01-01T00:00:00.001Z') }),
    ];
    await bulkInsert(dataSource.manager, CommissionEntryRow, rows);

    const stored = await entries();
    expect(stored.map((row) => [row.entryKey, row.amountMinor, row.rateBps, row.tierIndex, row.credit])).toEqual([
      ['bulk:a', 9007199254740991, 1250, 2, awkward],
      ['bulk:b', -1, null, null, 'NULL'], // the text "NULL", not a SQL NULL
      ['bulk:c', 0, null, null, '1/3'],
    ]);
    expect(stored.map((row) => row.attributedRevenueMinor)).toEqual([null, 0, null]);
    expect(stored.map((row) => row.occurredAt.toISOString())).toEqual([
      OCCURRED_AT.toISOString(),
      OCCURRED_AT.toISOString(),
      '2026-01-01T00:00:00.001Z',
    ]);
    // Constant in every row, so sent once: still on every row, char(3) kept at its length.
    expect(new Set(stored.map((row) => `${row.currency}|${row.status}|${row.kind}|${row.reversalId}`))).toEqual(
      new Set(['KWD|pending|cps|null']),
    );
  });

  it('with onConflictDoNothing keeps the row written first; without, a conflict fails the statement and writes nothing', async () => {
    await bulkInsert(dataSource.manager, CommissionEntryRow, [entry({ entryKey: 'bulk:d', amountMinor: 5 })]);
    await bulkInsert(
      dataSource.manager,
      CommissionEntryRow,
      [entry({ entryKey: 'bulk:d', amountMinor: 6 }), entry({ entryKey: 'bulk:e', amountMinor: 7 })],
      { onConflictDoNothing: true },
    );
    await expect(
      bulkInsert(dataSource.manager, CommissionEntryRow, [
        entry({ entryKey: 'bulk:f', amountMinor: 8 }),
        entry({ entryKey: 'bulk:d', amountMinor: 9 }),
      ]),
    ).rejects.toThrow(/commission_entries_key/);

    const stored = (await entries()).filter((row) => ['bulk:d', 'bulk:e', 'bulk:f'].includes(row.entryKey));
    expect(stored.map((row) => [row.entryKey, row.amountMinor])).toEqual([
      ['bulk:d', 5],
      ['bulk:e', 7],
    ]);
  });

  it('keeps jsonb values as JSON and a date column as its day', async () => {
    // Fixed days are safe: flags written straight, and nothing reads them against a clock.
    const evidence: Record<string, string | number | boolean>[] = [
      { seconds: 3, note: 'a "quoted" \\ note ✓', clicked: true },
      {},
    ];
    await bulkInsert(
      dataSource.manager,
      QualityFlagRow,
      evidence.map((value, index) => ({
        id: randomUUID(),
        brandId,
        partnerId,
        conversionId: null,
        day: index === 0 ? '2026-11-22' : '2026-11-23',
        code: 'ctit_too_short',
        evidence: value,
      })),
    );
    const stored: { day: string; evidence: unknown }[] = await dataSource.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, evidence FROM quality_flags WHERE brand_id = $1 ORDER BY day`,
      [brandId],
    );
    expect(stored).toEqual([
      { day: '2026-11-22', evidence: evidence[0] },
      { day: '2026-11-23', evidence: {} },
    ]);
  });
});
