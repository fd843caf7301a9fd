import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Job, Queue } from 'bullmq';
import { DataSource, type EntityManager } from 'typeorm';
import { JOB_OPTIONS, QueueName } from '#queue';
import {
  type CommissionKind,
  entryReason,
  type EntryReason,
  localDate,
  parsePeriod,
  type CalendarPeriod,
  statementBalance,
} from '#domain';
import { Brand } from '../catalog/index.js';
import { LedgerService } from '../ledger/index.js';
import {
  AppError,
  bulkInsert,
  Clock,
  ENQUEUE_WAIT_MS,
  newId,
  Outbox,
  type Page,
  type PageQuery,
  paginate,
  withTimeout,
} from '../platform/index.js';
import { Statement, type StatementStatus } from './statement.entity.js';
import { presentStatement } from './statement-presenter.js';

/** One line of a statement: a ledger entry, with what a partner needs to reconcile it. */
export interface StatementLine {
  entryId: string;
  /** The local date (brand time zone) of the order, or of the day the fee is for. */
  date: string;
  kind: CommissionKind;
  transactionId: string | null;
  orderMinor: number | null;
  /** The partner's share of the order ("15/29"); null for fees. */
  credit: string | null;
  attributedRevenueMinor: number | null;
  ruleIndex: number | null;
  rateBps: number | null;
  tierIndex: number | null;
  amountMinor: number;
  cappedMinor: number;
  /** How many other partners took part in the order (never who). */
  otherPartners: number;
  reason: EntryReason | null;
}

export interface StatementFilter {
  partnerId?: string;
  period?: string;
  status?: StatementStatus;
}

/**
 * Where a month's run stands. The job is removed from the queue once it is done (so that the month
 * can run again), so `idle` is both "finished" and "never run": `statements` tells them apart for
 * whoever started it.
 */
export interface StatementRun {
  period: string;
  jobId: string;
  state: 'queued' | 'running' | 'failed' | 'idle';
  /** Attempts made so far (a failed attempt is retried up to JOB_OPTIONS.statements.attempts). */
  attempts: number;
  /** Why the last attempt failed, when one did. */
  error: string | null;
  /** How many statements the month has now. */
  statements: number;
}

/** A statement's partner and brand, for documents. */
export interface StatementParties {
  brandName: string;
  timezone: string;
  partnerName: string;
  partnerExternalRef: string | null;
  partnerEmail: string | null;
}

interface LineRow {
  id: string;
  kind: CommissionKind;
  entry_key: string;
  occurred_at: Date;
  amount_minor: string;
  capped_minor: string;
  currency: string;
  credit: string | null;
  attributed_revenue_minor: string | null;
  rule_index: number | null;
  rate_bps: number | null;
  tier_index: number | null;
  reversal_id: string | null;
  transaction_id: string | null;
  order_minor: string | null;
  refund_minor: string | null;
  refund_reason: string | null;
  other_partners: number;
}

/** One run per brand and month: the id also lets anyone with the month find the job. */
const runJobId = (brandId: string, period: string): string => `statements-${brandId}-${period}`;

/** A BullMQ job state as the console reads it. */
function runState(job: Job | undefined, state: string): StatementRun['state'] {
  if (!job || state === 'completed' || state === 'unknown') return 'idle'; // done jobs leave the queue
  if (state === 'active') return 'running';
  // Between attempts BullMQ may show a job it will retry as failed: failed is the last attempt's.
  if (state === 'failed') return job.attemptsMade >= (job.opts.attempts ?? 1) ? 'failed' : 'queued';
  return 'queued'; // waiting, delayed, prioritized
}

const numberOrNull = (value: string | null): number | null => (value === null ? null : Number(value));

/**
 * Monthly payout statements. Building one for a month takes, per partner, every approved entry
 * not yet on a statement whose order (or fee day) falls before the month's end, adds what the
 * previous statement carried over, and pays the total if it reaches the brand's minimum payout.
 * Issued statements never change: an entry approved later (a late refund's clawback) goes on the
 * next one.
 */
@Injectable()
export class StatementsService {
  private readonly logger = new Logger(StatementsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ledger: LedgerService,
    @InjectQueue(QueueName.Payouts) private readonly queue: Queue,
    private readonly clock: Clock,
  ) {}

  /** The month a run is for, checked: a known key, and over in the brand's time zone. */
  async closedPeriod(brandId: string, period: string, now = this.clock.now()): Promise<CalendarPeriod> {
    const brand = await this.brand(brandId);
    let month: CalendarPeriod;
    try {
      month = parsePeriod(period, brand.timezone);
    } catch (error) {
      throw AppError.invalidField('period', (error as Error).message);
    }
    if (month.kind !== 'month') throw AppError.invalidField('period', 'period must be a month such as "2026-10"');
    if (month.end.getTime() > now.getTime()) {
      throw AppError.invalidField(
        'period',
        `${period} has not ended yet in ${brand.timezone}; statements are built for months that are over`,
      );
    }
    return month;
  }

  /**
   * Checks the month now (a 400 or 409 to the caller, not a failed job later) and queues its build
   * for the worker: one job per brand and month at a time. Nothing is written before the job, so
   * when Redis does not take it the caller gets 503 and can simply try again.
   */
  async requestRun(brandId: string, period: string): Promise<{ jobId: string; period: string }> {
    await this.assertRunnable(brandId, period);
    const jobId = runJobId(brandId, period);
    try {
      await withTimeout(
        (async () => {
          // A run that failed for good stays in the queue (for its error), and BullMQ ignores a job
          // added under an id it holds: removed first, so that trying again runs again.
          const previous = await this.queue.getJob(jobId);
          if (previous && (await previous.isFailed())) await previous.remove();
          await this.queue.add('build-statements', { brandId, period }, { ...JOB_OPTIONS.statements, jobId });
        })(),
        ENQUEUE_WAIT_MS,
        'Redis',
      );
    } catch (error) {
      this.logger.warn({ err: error, brandId, period }, 'Statement run not queued');
      throw new AppError('unavailable', 'The job queue did not answer; nothing was started. Try again in a minute.');
    }
    return { jobId, period };
  }

  /** Where the brand's run of a month stands: queued, running, failed, or idle (done, or never run). */
  async run(brandId: string, period: string): Promise<StatementRun> {
    const jobId = runJobId(brandId, period);
    let job: Job | undefined;
    let state: string;
    try {
      [job, state] = await withTimeout(
        (async () => {
          const found = await this.queue.getJob(jobId);
          return [found, found ? await found.getState() : 'unknown'] as const;
        })(),
        ENQUEUE_WAIT_MS,
        'Redis',
      );
    } catch (error) {
      this.logger.warn({ err: error, brandId, period }, 'Statement run not read');
      throw new AppError('unavailable', 'The job queue did not answer; try again in a minute.');
    }
    const [{ count }] = await this.dataSource.query(
      'SELECT count(*)::int AS count FROM statements WHERE brand_id = $1 AND period = $2',
      [brandId, period],
    );
    return {
      period,
      jobId,
      state: runState(job, state),
      attempts: job?.attemptsMade ?? 0,
      error: job?.failedReason || null,
      statements: count,
    };
  }

  /** Throws what a run of this month would fail on: a bad or unfinished month, or later statements. */
  async assertRunnable(brandId: string, period: string, now = this.clock.now()): Promise<void> {
    await this.closedPeriod(brandId, period, now);
    await this.assertNoLaterStatements(this.dataSource.manager, brandId, period);
  }

  private async assertNoLaterStatements(manager: EntityManager, brandId: string, period: string): Promise<void> {
    const [later] = await manager.query(
      'SELECT period FROM statements WHERE brand_id = $1 AND period > $2 ORDER BY period DESC LIMIT 1',
      [brandId, period],
    );
    if (later) {
      throw new AppError(
        'conflict',
        `Statements for ${later.period} exist already; an earlier month can no longer be stated`,
      );
    }
  }

  /**
   * Issues the month's statements of every partner with something to state (entries, or a
   * balance carried over) that has none for the month yet. Safe to run again: partners already
   * stated are left alone. Returns how many statements it issued.
   */
  async build(brandId: string, period: string, now = this.clock.now()): Promise<number> {
    const month = await this.closedPeriod(brandId, period, now);
    // Entries whose lock period is over are approved first, so the statement takes them.
    await this.ledger.settle({ brandId, asOf: now });
    return this.dataSource.transaction(async (manager) => {
      // One run per brand at a time: they would both take the same entries.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`statements:${brandId}`]);
      const brand = await manager.findOneByOrFail(Brand, { id: brandId });
      await this.assertNoLaterStatements(manager, brandId, period);
      const stated = new Set(
        (
          await manager.query('SELECT partner_id FROM statements WHERE brand_id = $1 AND period = $2', [
            brandId,
            period,
          ])
        ).map((row: { partner_id: string }) => row.partner_id),
      );
      // Locked, so that their status cannot change before they are marked as stated.
      const entries: { id: string; partner_id: string; amount_minor: string }[] = await manager.query(
        `SELECT id, partner_id, amount_minor FROM commission_entries
          WHERE brand_id = $1 AND status = 'approved' AND statement_id IS NULL AND occurred_at < $2
          ORDER BY id FOR UPDATE`,
        [brandId, month.end],
      );
      const carried: { partner_id: string; carried_forward_minor: string }[] = await manager.query(
        `SELECT DISTINCT ON (partner_id) partner_id, carried_forward_minor FROM statements
          WHERE brand_id = $1 AND period < $2 ORDER BY partner_id, period DESC`,
        [brandId, period],
      );
      const lines = new Map<string, { ids: string[]; amounts: number[] }>();
      for (const entry of entries) {
        const partner = lines.get(entry.partner_id) ?? { ids: [], amounts: [] };
        partner.ids.push(entry.id);
        partner.amounts.push(Number(entry.amount_minor));
        lines.set(entry.partner_id, partner);
      }
      const opening = new Map(carried.map((row) => [row.partner_id, Number(row.carried_forward_minor)]));
      const partners = [
        ...new Set([...lines.keys(), ...[...opening].filter(([, minor]) => minor !== 0).map(([id]) => id)]),
      ]
        .filter((partnerId) => !stated.has(partnerId))
        .sort();

      const statements: Partial<Statement>[] = partners.map((partnerId) => {
        const balance = statementBalance(
          opening.get(partnerId) ?? 0,
          lines.get(partnerId)?.amounts ?? [],
          brand.minimumPayoutMinor,
        );
        return {
          id: newId(),
          brandId,
          partnerId,
          period,
          currency: brand.currency,
          openingBalanceMinor: balance.openingMinor,
          earnedMinor: balance.earnedMinor,
          totalMinor: balance.totalMinor,
          thresholdMinor: balance.thresholdMinor,
          amountDueMinor: balance.amountDueMinor,
          carriedForwardMinor: balance.carriedForwardMinor,
          status: 'issued',
          issuedAt: now,
        };
      });
      await bulkInsert(manager, Statement, statements);
      // Told to the brand and each partner (webhooks) once this transaction commits.
      await Outbox.add(
        manager,
        statements.map((statement) => ({
          brandId,
          type: 'statement.issued' as const,
          data: { partnerId: statement.partnerId as string, statement: presentStatement(statement as Statement) },
        })),
      );
      const stating = statements.flatMap((statement) =>
        (lines.get(statement.partnerId as string)?.ids ?? []).map((entryId) => [entryId, statement.id as string]),
      );
      if (stating.length) {
        await manager.query(
          `UPDATE commission_entries e SET statement_id = s.statement_id
             FROM unnest($1::uuid[], $2::uuid[]) AS s(entry_id, statement_id)
            WHERE e.id = s.entry_id`,
          [stating.map(([entryId]) => entryId), stating.map(([, statementId]) => statementId)],
        );
      }
      if (statements.length) this.logger.log(`Issued ${statements.length} statements of ${brandId} for ${period}`);
      return statements.length;
    });
  }

  /** The brand's statements, optionally of one partner or month, in issue order. */
  async list<Out>(
    brandId: string,
    filter: StatementFilter,
    page: PageQuery,
    toOutput: (statement: Statement) => Out,
  ): Promise<Page<Out>> {
    const query = this.dataSource
      .getRepository(Statement)
      .createQueryBuilder('statement')
      .where('statement.brand_id = :brandId', { brandId });
    if (filter.partnerId) query.andWhere('statement.partner_id = :partnerId', { partnerId: filter.partnerId });
    if (filter.period) query.andWhere('statement.period = :period', { period: filter.period });
    if (filter.status) query.andWhere('statement.status = :status', { status: filter.status });
    // The partner's name comes along for lists that show it (statement.partner).
    query.innerJoin('statement.partner', 'partner').addSelect(['partner.id', 'partner.name']);
    return paginate(query, page, toOutput);
  }

  /**
   * What each statement's clawbacks took back (the sum of its negative lines, ≤ 0), by statement id:
   * a figure inside `earned` that the console's list shows on its own.
   */
  async clawbacks(statementIds: string[]): Promise<Map<string, number>> {
    if (!statementIds.length) return new Map();
    const rows: { statement_id: string; minor: string }[] = await this.dataSource.query(
      `SELECT statement_id, sum(amount_minor) AS minor FROM commission_entries
        WHERE statement_id = ANY($1::uuid[]) AND amount_minor < 0 GROUP BY statement_id`,
      [statementIds],
    );
    return new Map(rows.map((row) => [row.statement_id, Number(row.minor)]));
  }

  /** Every statement of a month with an amount due, for finance: one row per partner. */
  async due(
    brandId: string,
    period: string,
  ): Promise<(Statement & { partnerName: string; partnerExternalRef: string | null; partnerEmail: string | null })[]> {
    const rows = await this.dataSource
      .getRepository(Statement)
      .createQueryBuilder('statement')
      .innerJoin('statement.partner', 'partner')
      .addSelect(['partner.name', 'partner.externalRef', 'partner.email'])
      .where('statement.brand_id = :brandId AND statement.period = :period AND statement.amount_due_minor > 0', {
        brandId,
        period,
      })
      .orderBy('partner.name', 'ASC')
      .addOrderBy('statement.id', 'ASC')
      .getMany();
    return rows.map((row) =>
      Object.assign(row, {
        partnerName: row.partner?.name ?? '',
        partnerExternalRef: row.partner?.externalRef ?? null,
        partnerEmail: row.partner?.email ?? null,
      }),
    );
  }

  /** One statement of the brand (and of the partner, for a partner key); 404 otherwise. */
  async get(brandId: string, statementId: string, partnerId?: string): Promise<Statement> {
    const statement = await this.dataSource
      .getRepository(Statement)
      .findOneBy({ id: statementId, brandId, ...(partnerId ? { partnerId } : {}) });
    if (!statement) throw AppError.notFound('statement', statementId);
    return statement;
  }

  async parties(statement: Statement): Promise<StatementParties> {
    const [row] = await this.dataSource.query(
      `SELECT b.name AS brand_name, b.timezone, p.name AS partner_name, p.external_ref, p.email
         FROM brands b JOIN partners p ON p.brand_id = b.id WHERE b.id = $1 AND p.id = $2`,
      [statement.brandId, statement.partnerId],
    );
    return {
      brandName: row.brand_name,
      timezone: row.timezone,
      partnerName: row.partner_name,
      partnerExternalRef: row.external_ref,
      partnerEmail: row.email,
    };
  }

  /** The statement's lines, by order time. */
  async lines(statement: Statement, timezone: string): Promise<StatementLine[]> {
    const rows: LineRow[] = await this.dataSource.query(
      `SELECT e.id, e.kind, e.entry_key, e.occurred_at, e.amount_minor, e.capped_minor, e.currency, e.credit,
              e.attributed_revenue_minor, e.rule_index, e.rate_bps, e.tier_index, e.reversal_id,
              c.transaction_id, c.amount_minor AS order_minor, r.amount_minor AS refund_minor, r.reason AS refund_reason,
              (SELECT count(DISTINCT t.partner_id)::int FROM conversion_touches t
                WHERE t.conversion_id = e.conversion_id AND t.partner_id <> e.partner_id) AS other_partners
         FROM commission_entries e
         LEFT JOIN conversions c ON c.id = e.conversion_id
         LEFT JOIN conversion_reversals r ON r.id = e.reversal_id
        WHERE e.statement_id = $1
        ORDER BY e.occurred_at, e.entry_key`,
      [statement.id],
    );
    return rows.map((row) => {
      const amountMinor = Number(row.amount_minor);
      const cappedMinor = Number(row.capped_minor);
      return {
        entryId: row.id,
        date: localDate(row.occurred_at, timezone),
        kind: row.kind,
        transactionId: row.transaction_id,
        orderMinor: numberOrNull(row.order_minor),
        credit: row.credit,
        attributedRevenueMinor: numberOrNull(row.attributed_revenue_minor),
        ruleIndex: row.rule_index,
        rateBps: row.rate_bps,
        tierIndex: row.tier_index,
        amountMinor,
        cappedMinor,
        otherPartners: row.other_partners,
        reason: entryReason({
          kind: row.kind,
          currency: row.currency,
          amountMinor,
          cappedMinor,
          reversalId: row.reversal_id,
          rejected: false, // only approved entries are stated
          orderMinor: numberOrNull(row.order_minor),
          refundMinor: numberOrNull(row.refund_minor),
          refundReason: row.refund_reason,
        }),
      };
    });
  }

  /** Marks a statement paid, once: a second call, or one for a statement with nothing due, is a conflict. */
  async markPaid(brandId: string, statementId: string, reference: string, now = this.clock.now()): Promise<Statement> {
    const statement = await this.get(brandId, statementId);
    if (statement.status === 'paid') {
      throw new AppError(
        'conflict',
        `Statement ${statementId} was marked paid on ${statement.paidAt?.toISOString()} (reference "${statement.paidReference}")`,
      );
    }
    if (statement.amountDueMinor === 0) {
      throw new AppError(
        'conflict',
        `Statement ${statementId} has nothing due; its balance is carried to the next month`,
      );
    }
    // Conditional on the status, so that two concurrent calls cannot both mark it.
    const [, affected]: [unknown, number] = await this.dataSource.query(
      `UPDATE statements SET status = 'paid', paid_reference = $3, paid_at = $4
        WHERE id = $1 AND brand_id = $2 AND status = 'issued'`,
      [statementId, brandId, reference, now],
    );
    if (affected !== 1) return this.markPaid(brandId, statementId, reference, now);
    return this.get(brandId, statementId);
  }

  /**
   * Marks several statements paid with one payment reference, all or none: a statement of another
   * brand (404), already paid or with nothing due (409) stops the whole batch before anything is written.
   */
  async markManyPaid(
    brandId: string,
    statementIds: string[],
    reference: string,
    now = this.clock.now(),
  ): Promise<Statement[]> {
    const ids = [...new Set(statementIds)];
    await this.dataSource.transaction(async (manager) => {
      // Locked, so that a concurrent call cannot pay one of them between the checks and the update.
      const rows = await manager
        .getRepository(Statement)
        .createQueryBuilder('statement')
        .setLock('pessimistic_write')
        .where('statement.brand_id = :brandId AND statement.id IN (:...ids)', { brandId, ids })
        .orderBy('statement.id')
        .getMany();
      const found = new Set(rows.map((row) => row.id));
      const missing = ids.filter((id) => !found.has(id));
      if (missing.length) {
        throw new AppError(
          'not_found',
          `No statement with id ${missing.map((id) => `"${id}"`).join(', ')}; nothing was marked paid`,
        );
      }
      const paid = rows.filter((row) => row.status === 'paid');
      if (paid.length) {
        throw new AppError(
          'conflict',
          `Already paid: ${paid.map((row) => `${row.id} (reference "${row.paidReference}")`).join(', ')}; nothing was marked paid`,
        );
      }
      const nothingDue = rows.filter((row) => row.amountDueMinor === 0);
      if (nothingDue.length) {
        throw new AppError(
          'conflict',
          `Nothing is due on ${nothingDue.map((row) => row.id).join(', ')} (the balance is carried to the next month); nothing was marked paid`,
        );
      }
      await manager.query(
        `UPDATE statements SET status = 'paid', paid_reference = $3, paid_at = $4
          WHERE brand_id = $1 AND id = ANY($2::uuid[])`,
        [brandId, ids, reference, now],
      );
    });
    return this.dataSource
      .getRepository(Statement)
      .createQueryBuilder('statement')
      .where('statement.brand_id = :brandId AND statement.id IN (:...ids)', { brandId, ids })
      .orderBy('statement.id')
      .getMany();
  }

  private async brand(brandId: string): Promise<Brand> {
    const brand = await this.dataSource.getRepository(Brand).findOneBy({ id: brandId });
    if (!brand) throw AppError.notFound('brand', brandId);
    return brand;
  }
}
