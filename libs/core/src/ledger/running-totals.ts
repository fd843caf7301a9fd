import {
  Check,
  Column,
  Entity,
  type EntityManager,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { Partner } from '../catalog/index.js';
import { bigintNumber } from '../platform/index.js';
import { LEDGER_SQL } from './ledger.queries.js';

/**
 * What a partner has accumulated in a period of the brand's calendar: its attributed revenue in a
 * quarter (the base of CPS tiers) and its earnings in a month (the base of the monthly cap).
 */
export type RunningMeasure = 'quarter_revenue' | 'month_earned';

/**
 * Running totals per partner and period, kept in step with the ledger in the same transactions
 * that change it (crediting, clawbacks, rejections), so that tiers and caps read one row instead
 * of summing the period's history for every conversion.
 */
@Entity('partner_running_totals')
@Check('partner_running_totals_measure_check', `measure IN ('quarter_revenue', 'month_earned')`)
export class PartnerRunningTotal {
  @PrimaryColumn({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Relation<Partner>;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  measure: RunningMeasure;

  /** The period's key in the brand's time zone: "2026-Q4" for quarters, "2026-10" for months. */
  @PrimaryColumn({ type: 'varchar', length: 8 })
  period: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @Column({ name: 'total_minor', type: 'bigint', default: 0, transformer: bigintNumber })
  totalMinor: number;
}

export interface RunningTotalKey {
  brandId: string;
  partnerId: string;
  measure: RunningMeasure;
  period: string;
}

const keyOf = ({ partnerId, measure, period }: Omit<RunningTotalKey, 'brandId'>): string =>
  `${partnerId}|${measure}|${period}`;

/** One locked total, changed in memory until saved. */
interface Cell {
  totalMinor: number;
  changed: boolean;
}

/**
 * The running totals one transaction needs, locked (FOR UPDATE, in key order so that concurrent
 * transactions cannot deadlock), read and changed in memory, then written back in one statement.
 * Held by measure, partner and period in nested maps, so that a look-up builds no key string (the
 * engine looks up a few per partner of every conversion).
 */
export class RunningTotals {
  private readonly cells: Record<RunningMeasure, Map<string, Map<string, Cell>>> = {
    quarter_revenue: new Map(),
    month_earned: new Map(),
  };

  private constructor(rows: { partner_id: string; measure: RunningMeasure; period: string; total_minor: string }[]) {
    for (const row of rows) {
      const byPeriod = this.cells[row.measure].get(row.partner_id) ?? new Map<string, Cell>();
      byPeriod.set(row.period, { totalMinor: Number(row.total_minor), changed: false });
      this.cells[row.measure].set(row.partner_id, byPeriod);
    }
  }

  static async lock(manager: EntityManager, wanted: RunningTotalKey[]): Promise<RunningTotals> {
    const keys = [...new Map(wanted.map((key) => [keyOf(key), key])).entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, key]) => key);
    if (keys.length === 0) return new RunningTotals([]);
    const columns = [
      keys.map((key) => key.partnerId),
      keys.map((key) => key.measure),
      keys.map((key) => key.period),
      keys.map((key) => key.brandId),
    ];
    await manager.query(LEDGER_SQL.createRunningTotals, columns);
    return new RunningTotals(await manager.query(LEDGER_SQL.lockRunningTotals, columns.slice(0, 3)));
  }

  get(partnerId: string, measure: RunningMeasure, period: string): number {
    return this.cell(partnerId, measure, period).totalMinor;
  }

  add(partnerId: string, measure: RunningMeasure, period: string, deltaMinor: number): void {
    if (deltaMinor === 0) return;
    const cell = this.cell(partnerId, measure, period);
    cell.totalMinor += deltaMinor;
    cell.changed = true;
  }

  async save(manager: EntityManager): Promise<void> {
    const changed: { partnerId: string; measure: RunningMeasure; period: string; cell: Cell }[] = [];
    for (const measure of Object.keys(this.cells) as RunningMeasure[]) {
      for (const [partnerId, byPeriod] of this.cells[measure]) {
        for (const [period, cell] of byPeriod) if (cell.changed) changed.push({ partnerId, measure, period, cell });
      }
    }
    if (changed.length === 0) return;
    await manager.query(LEDGER_SQL.saveRunningTotals, [
      changed.map((key) => key.partnerId),
      changed.map((key) => key.measure),
      changed.map((key) => key.period),
      changed.map((key) => String(key.cell.totalMinor)),
    ]);
    for (const { cell } of changed) cell.changed = false;
  }

  private cell(partnerId: string, measure: RunningMeasure, period: string): Cell {
    const cell = this.cells[measure].get(partnerId)?.get(period);
    if (cell === undefined) throw new Error(`Running total ${keyOf({ partnerId, measure, period })} was not locked`);
    return cell;
  }
}
