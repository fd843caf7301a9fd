import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource, type EntityManager } from 'typeorm';
import {
  type CalendarPeriod,
  type FunnelRole,
  markovRemovalEffects,
  type MixTarget,
  type PartnerType,
  parsePeriod,
  periodOf,
  previousPeriod,
  prorateSpend,
  quarterDays,
} from '#domain';
import { JOB_OPTIONS, QueueName } from '#queue';
import { planInForce } from '../plans/index.js';
import { Clock, enqueueOrLeaveToSweep, newId } from '../platform/index.js';
import {
  type ChannelSourceRow,
  partnerMixBody,
  type PartnerMixReportBody,
  type QualityHitRow,
  type SpendLine,
} from './partner-mix-body.js';
import { PartnerMixReport, PartnerMixTarget } from './partner-mix.entity.js';
import { type PartnerInfo, QuarterAggregation } from './quarter-figures.js';
import { REPORTS_SQL, TOUCH_TABLES } from './reports.queries.js';

const DEFAULT_LOOKBACK_DAYS = 30;
/** Queued reports older than this whose job may have been lost are queued again (same job id). */
const REQUEUE_AFTER_SECONDS = 60;

/**
 * Builds partner-mix reports. Every run, scheduled or on demand, is a row of
 * `partner_mix_reports` and one `build-partner-mix` job whose id is the row's; the worker builds
 * it in one REPEATABLE READ transaction (aggregating in SQL) and stores the body on the row.
 */
@Injectable()
export class PartnerMixReportService {
  private readonly logger = new Logger(PartnerMixReportService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.Reports) private readonly queue: Queue,
    private readonly clock: Clock,
  ) {}

  /** Records a report to build and queues it; if Redis is away, the sweeper queues it later. */
  async request(brandId: string, quarter: string, trigger: PartnerMixReport['trigger']): Promise<PartnerMixReport> {
    const report = this.dataSource.getRepository(PartnerMixReport).create({
      id: newId(),
      brandId,
      quarter,
      trigger,
      status: 'queued',
      body: null,
      error: null,
      startedAt: null,
      completedAt: null,
    });
    await this.dataSource.getRepository(PartnerMixReport).insert(report);
    await this.enqueue(report.id);
    return report;
  }

  /**
   * The repeatable job: for every brand whose previous quarter (in its own time zone) has closed
   * and has no scheduled report yet, records one and queues it; then requeues reports whose job
   * was lost. Brands created after that quarter ended have nothing to report for it.
   */
  async closeQuarters(now = this.clock.now(), onlyBrandIds?: string[]): Promise<number> {
    const brands: { id: string; timezone: string; created_at: Date }[] = await this.dataSource.query(
      REPORTS_SQL.brandsToSchedule,
      [onlyBrandIds ?? null],
    );
    let queued = 0;
    for (const brand of brands) {
      const closed = previousPeriod(periodOf(now, 'quarter', brand.timezone));
      if (brand.created_at >= closed.end) continue;
      const rows: { id: string }[] = await this.dataSource.query(REPORTS_SQL.recordScheduledReport, [
        newId(),
        brand.id,
        closed.key,
      ]);
      for (const { id } of rows) {
        await this.add(id);
        queued++;
      }
    }
    const stale: { id: string }[] = await this.dataSource.query(REPORTS_SQL.staleQueuedReports, [
      REQUEUE_AFTER_SECONDS,
    ]);
    for (const { id } of stale) await this.add(id);
    if (queued > 0) this.logger.log(`Queued ${queued} scheduled partner-mix report(s)`);
    return queued;
  }

  /**
   * Builds a queued report. A report already built is left alone (a job run twice). A failure on
   * the last attempt marks the report failed with its reason; earlier ones are rethrown to retry.
   */
  async build(reportId: string, lastAttempt = true): Promise<void> {
    const repository = this.dataSource.getRepository(PartnerMixReport);
    const report = await repository.findOneBy({ id: reportId });
    if (!report || report.status === 'done') return;
    await repository.update({ id: reportId }, { status: 'running', startedAt: new Date(), error: null });
    const started = Date.now();
    try {
      const body = await this.compute(report.brandId, report.quarter);
      await repository.update({ id: reportId }, { status: 'done', body, completedAt: new Date() });
      this.logger.log(
        `Partner-mix report ${report.quarter} of brand ${report.brandId} built in ${Date.now() - started} ms`,
      );
    } catch (error) {
      this.logger.warn({ err: error, reportId }, 'Partner-mix report failed');
      await repository.update(
        { id: reportId },
        lastAttempt
          ? { status: 'failed', error: String(error instanceof Error ? error.message : error).slice(0, 500) }
          : { status: 'queued' },
      );
      throw error;
    }
  }

  /** The report body of a brand's quarter, from the data as it stands. */
  async compute(brandId: string, quarterKey: string): Promise<PartnerMixReportBody> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query(REPORTS_SQL.raiseWorkMem);
      await manager.query(REPORTS_SQL.turnOffJit);
      const [brand]: { timezone: string; currency: string }[] = await manager.query(REPORTS_SQL.reportBrand, [brandId]);
      if (!brand) throw new Error(`brand ${brandId} no longer exists`);
      const period = parsePeriod(quarterKey, brand.timezone);
      const before = previousPeriod(period);
      const partners = new Map<string, PartnerInfo>(
        (
          (await manager.query(REPORTS_SQL.reportPartners, [brandId])) as {
            id: string;
            name: string;
            role: FunnelRole;
            type: PartnerType;
          }[]
        ).map((row) => [row.id, row]),
      );
      // The plan in force at the quarter's last instant.
      const plan = (await planInForce(manager, brandId, new Date(period.end.getTime() - 1)))?.plan;
      const lookbackDays = plan?.lookbackDays ?? DEFAULT_LOOKBACK_DAYS;

      const earlier = await QuarterAggregation.open(manager, brandId, before, TOUCH_TABLES.previous);
      const previous = await earlier.figures(partners);
      const aggregation = await QuarterAggregation.open(manager, brandId, period, TOUCH_TABLES.current);
      const current = await aggregation.figures(partners);
      const transitions = await aggregation.transitions(lookbackDays);
      const journeys = QuarterAggregation.journeyCounts(transitions.role);

      return partnerMixBody({
        quarter: period.key,
        previousQuarter: before.key,
        currency: brand.currency,
        timeZone: brand.timezone,
        period,
        settlementModel: settlementModelOf(plan?.attribution),
        partners,
        current,
        previous,
        target: await this.target(manager, brandId),
        spend: await this.spend(manager, brandId, period),
        channels: await this.channels(manager, brandId, period),
        qualityHits: await this.qualityHits(manager, brandId, period, brand.timezone),
        coalitions: await aggregation.coalitions(),
        markov: {
          lookbackDays,
          role: markovRemovalEffects(transitions.role),
          type: markovRemovalEffects(transitions.type),
          ...journeys,
        },
      });
    });
  }

  private async enqueue(reportId: string): Promise<void> {
    await enqueueOrLeaveToSweep(() => this.add(reportId), this.logger, { job: 'build-partner-mix', reportId });
  }

  /** The job id is the report id: queueing a report twice builds it once. */
  private add(reportId: string): Promise<unknown> {
    return this.queue.add('build-partner-mix', { reportId }, { ...JOB_OPTIONS.reports, jobId: reportId });
  }

  /** The quarter's orders (rejected ones left out) by channel and journey source. */
  private async channels(
    manager: EntityManager,
    brandId: string,
    period: { start: Date; end: Date },
  ): Promise<ChannelSourceRow[]> {
    const rows: { channel: string; source: string; conversions: string; revenue: string }[] = await manager.query(
      REPORTS_SQL.ordersByChannelAndSource,
      [brandId, period.start, period.end],
    );
    return rows.map((row) => ({
      channel: row.channel,
      source: row.source,
      conversions: Number(row.conversions),
      revenueMinor: Number(row.revenue),
    }));
  }

  /**
   * Quality rule hits per partner in the quarter: flags on its conversions (by order time), its
   * flooded days (by local day), and leaks of its promo codes.
   */
  private async qualityHits(
    manager: EntityManager,
    brandId: string,
    period: { start: Date; end: Date },
    timezone: string,
  ): Promise<QualityHitRow[]> {
    const rows: { partner_id: string; code: string; hits: number }[] = await manager.query(
      REPORTS_SQL.qualityHitsByPartner,
      [brandId, period.start, period.end, timezone],
    );
    return rows.map((row) => ({ partnerId: row.partner_id, code: row.code, hits: Number(row.hits) }));
  }

  private async target(manager: EntityManager, brandId: string): Promise<MixTarget | null> {
    const row = await manager.findOneBy(PartnerMixTarget, { brandId });
    return row
      ? {
          awareness: row.awareness,
          consideration: row.consideration,
          conversion: row.conversion,
          retention: row.retention,
        }
      : null;
  }

  /** Other spend of the quarter by channel, spend spanning quarters spread over its days. */
  private async spend(manager: EntityManager, brandId: string, period: CalendarPeriod): Promise<SpendLine[]> {
    const days = quarterDays(period.key);
    const rows: { channel: string; period_start: string; period_end: string; amount_minor: string }[] =
      await manager.query(REPORTS_SQL.spendOverlappingQuarter, [brandId, days.first, days.next]);
    const byChannel = new Map<string, number>();
    for (const row of rows) {
      const part = prorateSpend(Number(row.amount_minor), row.period_start, row.period_end, days.first, days.next);
      byChannel.set(row.channel, (byChannel.get(row.channel) ?? 0) + part);
    }
    return [...byChannel].map(([channel, amountMinor]) => ({ channel, amountMinor }));
  }
}

function settlementModelOf(attribution: { model: string; base?: string } | undefined): string {
  if (!attribution) return 'role_weighted over position_based (no plan: the engine default)';
  return attribution.model === 'role_weighted'
    ? `role_weighted over ${attribution.base ?? 'position_based'}`
    : attribution.model;
}
