import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  cpcAccrual,
  cpmAccrual,
  DAY_MS,
  type FeeKind,
  flatFeeAccrual,
  type FunnelRole,
  localDate,
  localDayBounds,
  type PartnerType,
  ruleFor,
} from '#domain';
import { planInForce } from '../plans/index.js';
import { Clock, newId } from '../platform/index.js';
import { CommissionEntryRow } from './ledger.entity.js';
import { LEDGER_SQL } from './ledger.queries.js';

/** Days looked back on each run, so that a worker down for a while catches up. */
const CATCH_UP_DAYS = 3;

interface PartnerRow {
  id: string;
  type: PartnerType;
  role: FunnelRole;
}

/**
 * Accrues what is paid by time rather than by conversion: CPC (valid, creditable clicks), CPM
 * (impressions) and flat fees, per partner per local day (flat fees: per month, on its first day)
 * in the brand's time zone, under the plan in force at the start of that day.
 *
 * Clicks and impressions of a day may still arrive after it was first accrued (S2S posts carry
 * their own times), so each run computes the day's total and writes only the difference from what
 * the ledger already holds for it, keyed by the new total: running again without new data writes
 * nothing, two runs at once write one entry, and late clicks are paid by a later entry. Partners
 * are matched by their current type and role. These entries are not capped: caps bound
 * performance commissions, and these amounts are fixed by the plan.
 */
@Injectable()
export class FeeAccrualService {
  private readonly logger = new Logger(FeeAccrualService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Accrues the last few completed local days of every brand with a plan; returns entries written. */
  async accrueRecent(now = this.clock.now()): Promise<number> {
    const brands: { id: string; timezone: string }[] = await this.dataSource.query(LEDGER_SQL.feeBrands);
    let written = 0;
    for (const brand of brands) {
      const today = localDate(now, brand.timezone);
      for (let back = CATCH_UP_DAYS; back >= 1; back--) {
        // Noon steps are safe from DST: 24 h before local noon is always the previous day.
        const day = localDate(
          new Date(localDayBounds(today, brand.timezone).start.getTime() + 12 * 3600e3 - back * DAY_MS),
          brand.timezone,
        );
        written += await this.accrueDay(brand.id, day);
      }
    }
    if (written > 0) this.logger.log(`Accrued ${written} CPC/CPM/flat-fee entries`);
    return written;
  }

  /** Accrues one local day ('YYYY-MM-DD') of one brand; returns how many entries it wrote. */
  async accrueDay(brandId: string, day: string): Promise<number> {
    const [brand] = (await this.dataSource.query(LEDGER_SQL.feeBrand, [brandId])) as {
      timezone: string;
      currency: string;
    }[];
    if (!brand) return 0;
    const { start, end } = localDayBounds(day, brand.timezone);
    const inForce = await planInForce(this.dataSource.manager, brandId, start);
    if (!inForce) return 0;
    const { version, plan } = inForce;
    const partners: PartnerRow[] = await this.dataSource.query(LEDGER_SQL.feePartners, [brandId]);
    const monthStart = `${day.slice(0, 8)}01`;
    const clicks = await this.countBy(LEDGER_SQL.feeClicksOfDay, [brandId, start, end]);
    const impressions = await this.countBy(LEDGER_SQL.feeImpressionsOfDay, [brandId, day]);
    const impressionsBefore = await this.countBy(LEDGER_SQL.feeImpressionsBefore, [brandId, monthStart, day]);

    const approvableAt = new Date(end.getTime() + plan.lockDays * DAY_MS);
    const accrued = await this.accrued(brandId, start);
    const rows: Partial<CommissionEntryRow>[] = [];
    const add = (partner: PartnerRow, kind: FeeKind, period: string, totalMinor: number, ruleIndex: number): void => {
      const delta = totalMinor - (accrued.get(`${partner.id}:${kind}`) ?? 0);
      if (delta === 0) return;
      rows.push({
        id: newId(),
        entryKey: `${kind}:${partner.id}:${period}:${totalMinor}`,
        brandId,
        partnerId: partner.id,
        conversionId: null,
        reversalId: null,
        kind,
        amountMinor: delta,
        cappedMinor: 0,
        currency: brand.currency,
        status: 'pending',
        planId: version.id,
        ruleIndex,
        occurredAt: start,
        approvableAt,
        approvedAt: null,
      });
    };
    for (const partner of partners) {
      const matched = ruleFor(plan.rules, { partnerId: partner.id, type: partner.type, role: partner.role });
      if (!matched) continue;
      const { rule, ruleIndex } = matched;
      if (rule.cpc) add(partner, 'cpc', day, cpcAccrual(clicks.get(partner.id) ?? 0, rule.cpc.amount), ruleIndex);
      if (rule.cpm) {
        const fee = cpmAccrual(
          impressions.get(partner.id) ?? 0,
          rule.cpm.amount,
          impressionsBefore.get(partner.id) ?? 0,
        );
        add(partner, 'cpm', day, fee, ruleIndex);
      }
      if (rule.flatFee && day === monthStart) {
        add(partner, 'flat_fee', day.slice(0, 7), flatFeeAccrual(rule.flatFee, Number(day.slice(5, 7))), ruleIndex);
      }
    }
    if (rows.length === 0) return 0;
    const result = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(CommissionEntryRow)
      .values(rows)
      .orIgnore()
      .returning(['id'])
      .execute();
    return (result.raw as unknown[]).length;
  }

  /** What the ledger already holds per partner and kind for time-based fees of the day starting at `start`. */
  private async accrued(brandId: string, start: Date): Promise<Map<string, number>> {
    const rows: { partner_id: string; kind: string; total: string }[] = await this.dataSource.query(
      LEDGER_SQL.feesAccrued,
      [brandId, start],
    );
    return new Map(rows.map((row) => [`${row.partner_id}:${row.kind}`, Number(row.total)]));
  }

  private async countBy(sql: string, parameters: unknown[]): Promise<Map<string, number>> {
    const rows: { partner_id: string; n: string }[] = await this.dataSource.query(sql, parameters);
    return new Map(rows.map((row) => [row.partner_id, Number(row.n)]));
  }
}
