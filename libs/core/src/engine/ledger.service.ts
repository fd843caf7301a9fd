import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError } from '../errors/app-error.js';
import { type Page, type PageQuery, paginate } from '../pagination/page.js';
import { type ApprovedRow, approvedFacts } from '../webhooks/engine-facts.js';
import { Outbox } from '../webhooks/outbox.js';
import { CommissionEntryRow, type LedgerStatus } from './ledger.entity.js';

export interface CommissionFilter {
  status?: LedgerStatus;
  from?: Date;
  to?: Date;
}

/** Moves ledger entries along their lifecycle and lists them; entries are never edited otherwise. */
@Injectable()
export class LedgerService {
  private readonly logger = new Logger(LedgerService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Rejects the pending entries of rejected conversions, then approves the pending entries whose
   * lock period (returns window) has ended. Run by a repeatable job; safe to run any time.
   */
  async settle(now = new Date()): Promise<{ approved: number; rejected: number }> {
    return this.dataSource.transaction(async (manager) => {
      const rejected: unknown[] = await manager.query(
        `UPDATE commission_entries e SET status = 'rejected'
           FROM conversions c
          WHERE c.id = e.conversion_id AND c.status = 'rejected' AND e.status = 'pending'
          RETURNING e.id`,
      );
      const approved: unknown[] = await manager.query(
        `UPDATE commission_entries e SET status = 'approved', approved_at = $1
          WHERE e.status = 'pending' AND e.approvable_at <= $1
            AND NOT EXISTS (SELECT 1 FROM conversions c WHERE c.id = e.conversion_id AND c.status = 'rejected')
          RETURNING e.id, e.brand_id, e.partner_id, e.conversion_id`,
        [now],
      );
      await Outbox.add(manager, approvedFacts(rowsOf(approved) as ApprovedRow[]));
      const counts = { approved: countOf(approved), rejected: countOf(rejected) };
      if (counts.approved || counts.rejected) {
        this.logger.log(`Ledger: ${counts.approved} entries approved, ${counts.rejected} rejected`);
      }
      return counts;
    });
  }

  /** A partner's entries (brand-scoped), newest conversion time last, with optional filters. */
  async list<Out>(
    brandId: string,
    partnerId: string,
    filter: CommissionFilter,
    page: PageQuery,
    toOutput: (entry: CommissionEntryRow) => Out,
  ): Promise<Page<Out>> {
    const partner: unknown[] = await this.dataSource.query('SELECT 1 FROM partners WHERE id = $1 AND brand_id = $2', [
      partnerId,
      brandId,
    ]);
    if (partner.length === 0) throw AppError.notFound('partner', partnerId);
    const query = this.dataSource
      .getRepository(CommissionEntryRow)
      .createQueryBuilder('entry')
      .where('entry.brand_id = :brandId AND entry.partner_id = :partnerId', { brandId, partnerId });
    if (filter.status) query.andWhere('entry.status = :status', { status: filter.status });
    if (filter.from) query.andWhere('entry.occurred_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('entry.occurred_at < :to', { to: filter.to });
    return paginate(query, page, toOutput);
  }
}

/** The rows of an UPDATE … RETURNING: TypeORM answers [rows, affectedCount] on PostgreSQL. */
function rowsOf(result: unknown[]): unknown[] {
  return Array.isArray(result[0]) ? (result[0] as unknown[]) : result;
}

/** Rows affected by an UPDATE … RETURNING, as the pg driver reports them through TypeORM. */
function countOf(result: unknown[]): number {
  return rowsOf(result).length;
}
