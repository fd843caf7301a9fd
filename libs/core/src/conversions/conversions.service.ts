import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { formatMoney, hashCustomerKey, normalizeCode, parseMoney } from '#domain';
import { LedgerService } from '../ledger/index.js';
import {
  AppError,
  Clock,
  DEFAULT_PAGE_SIZE,
  newId,
  Outbox,
  isUuid,
  type Page,
  type PageQuery,
  parseEventTime,
  parseMoneyField,
} from '../platform/index.js';
import { TrackingLookupService } from '../tracking/index.js';
import { AttributionQueueService } from './attribution-queue.service.js';
import {
  Conversion,
  type ConversionChannel,
  ConversionReversal,
  type ConversionSource,
  type ConversionStatus,
  type ConversionStatusReason,
  type PostedStatus,
} from './conversion.entity.js';

/** A conversion as a caller posts it, before validation against the brand. */
export interface ConversionInput {
  transactionId: string;
  amount: string;
  currency: string;
  clickId?: string;
  customerKey?: string;
  newCustomer?: boolean;
  /** ISO 8601 with offset, or unix seconds (GET postbacks); defaults to now. */
  occurredAt?: string;
  status?: PostedStatus;
  adv?: Record<string, string>;
  /** A promo code used at checkout (case-insensitive). */
  couponCode?: string;
  channel?: ConversionChannel;
  /** The agent that completed the checkout, such as an AI assistant's name. */
  agent?: string;
}

export interface ReversalInput {
  /** Defaults to everything that remains. */
  amount?: string;
  reason?: string;
  /** The caller's id for this reversal; sending it again is then a harmless replay. */
  reversalId?: string;
}

/** Filters of the manager's conversions list; `from`/`to` are days (YYYY-MM-DD) of the brand's zone. */
export interface ConversionListFilter {
  status?: ConversionStatus;
  flag?: string;
  partnerId?: string;
  channel?: ConversionChannel;
  source?: ConversionSource;
  from?: string;
  to?: string;
  search?: string;
}

/** A conversion of the list with its flag codes and the partners its credit went to. */
export interface ConversionListRow {
  conversion: Conversion;
  flags: string[];
  /** Each quality flag with its partner and what the rule saw. */
  flagDetails: {
    code: string;
    partnerId: string | null;
    partnerName: string | null;
    evidence: Record<string, string | number | boolean>;
  }[];
  partners: { id: string; name: string; role: string; attributedRevenueMinor: number }[];
}

/** The list's cursor: the last row's time and id, so that rows of the same instant are not skipped. */
function encodeListCursor(conversion: Conversion): string {
  return Buffer.from(`${conversion.occurredAt.toISOString()}|${conversion.id}`, 'utf8').toString('base64url');
}

function decodeListCursor(cursor: string): { afterAt: Date; afterId: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const afterAt = new Date(at ?? '');
  if (!id || !isUuid(id) || Number.isNaN(afterAt.getTime())) {
    throw AppError.invalidField('cursor', 'cursor is not one this API gave out; start again without it');
  }
  return { afterAt, afterId: id };
}

export type RecordOutcome = 'created' | 'replayed' | 'status_changed';

/** The most a single conversion may be worth, in major units of any currency: above is a typo. */
export const MAX_CONVERSION_MAJOR = 1_000_000_000;

/** Which status a posted status may move a conversion to. */
const TRANSITIONS: Record<ConversionStatus, readonly PostedStatus[]> = {
  pending: ['approved', 'rejected'],
  // In review only the brand's manager approves (POST …/approve); its system may still reject it.
  review: ['rejected'],
  approved: [],
  rejected: [],
  reversed: [],
};

/**
 * Records conversions and reversals. A conversion is durable in PostgreSQL before the caller
 * hears 2xx; posting the same body again answers with the same conversion, a different body for a
 * known transaction id is a conflict, and a new status (pending → approved | rejected) is applied.
 */
@Injectable()
export class ConversionsService {
  constructor(
    @InjectRepository(Conversion) private readonly conversions: Repository<Conversion>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lookup: TrackingLookupService,
    private readonly queue: AttributionQueueService,
    private readonly ledger: LedgerService,
    private readonly clock: Clock,
  ) {}

  async record(
    brandId: string,
    input: ConversionInput,
    source: ConversionSource,
  ): Promise<{ conversion: Conversion; outcome: RecordOutcome }> {
    const brand = await this.lookup.brand(brandId);
    if (!brand) throw AppError.notFound('brand', brandId);
    const amountMinor = this.parseAmount(input.amount, input.currency, brand.currency, 'amount');
    const occurredAt =
      input.occurredAt === undefined ? undefined : parseEventTime(input.occurredAt, 'occurredAt', this.clock.now());
    const customerKeyHash = input.customerKey ? hashCustomerKey(brand.customerKeySecret, input.customerKey) : null;
    const adv = Object.fromEntries(Object.entries(input.adv ?? {}).sort(([a], [b]) => a.localeCompare(b)));
    const couponCode = input.couponCode ? normalizeCode(input.couponCode) : null;
    const channel = input.channel ?? null;
    const agent = input.agent ?? null;
    // Appended only when sent, so conversions recorded before these fields keep their fingerprint.
    const clickless = couponCode !== null || channel !== null || agent !== null ? [couponCode, channel, agent] : [];
    const fingerprint = createHash('sha256')
      .update(
        JSON.stringify([
          input.transactionId,
          amountMinor,
          input.currency,
          input.clickId?.toLowerCase() ?? null,
          customerKeyHash,
          input.newCustomer ?? null,
          occurredAt?.toISOString() ?? null,
          adv,
          ...clickless,
        ]),
      )
      .digest('hex');

    const values = {
      id: newId(),
      brandId,
      transactionId: input.transactionId,
      amountMinor,
      currency: input.currency,
      clickId: input.clickId?.toLowerCase() ?? null,
      customerKeyHash,
      newCustomer: input.newCustomer ?? null,
      occurredAt: occurredAt ?? this.clock.now(),
      status: input.status ?? 'pending',
      // Posted as rejected: the brand's system rejected it.
      statusReason: input.status === 'rejected' ? ('advertiser_rejected' as const) : null,
      statusNote: null,
      reversedMinor: 0,
      adv,
      source,
      couponCode,
      channel,
      agent,
      fingerprint,
      enqueuedAt: null,
    };
    // One round trip: the unique (brand, transaction id) index decides between new and replay;
    // the same statement writes the conversion.created webhook fact when it inserted.
    const inserted: { created_at: Date; updated_at: Date }[] = await this.dataSource.query(
      ...Outbox.along(
        this.conversions
          .createQueryBuilder()
          .insert()
          .values(values)
          .orIgnore()
          .returning(['createdAt', 'updatedAt'])
          .getQueryAndParameters(),
        { brandId, type: 'conversion.created', data: { conversionId: values.id, status: values.status } },
      ),
    );
    const row = inserted[0];
    if (row) {
      const conversion = this.conversions.create({ ...values, createdAt: row.created_at, updatedAt: row.updated_at });
      await this.queue.enqueue('attribute-conversion', conversion.id);
      return { conversion, outcome: 'created' };
    }
    return this.replay(brandId, input, fingerprint);
  }

  /** The same transaction id again: a replay, a status change, or a conflicting body. */
  private async replay(
    brandId: string,
    input: ConversionInput,
    fingerprint: string,
  ): Promise<{ conversion: Conversion; outcome: RecordOutcome }> {
    const existing = await this.conversions.findOneByOrFail({ brandId, transactionId: input.transactionId });
    if (existing.fingerprint !== fingerprint) {
      throw new AppError(
        'conflict',
        `Transaction "${input.transactionId}" was already recorded with a different body ` +
          `(${formatMoney(existing.amountMinor, existing.currency)} ${existing.currency}); ` +
          'send the same body to replay it, or post a reversal to change its amount',
      );
    }
    if (input.status === undefined || input.status === existing.status)
      return { conversion: existing, outcome: 'replayed' };
    if (!TRANSITIONS[existing.status].includes(input.status)) {
      throw new AppError(
        'conflict',
        `Transaction "${input.transactionId}" is ${existing.status} and cannot become ${input.status}` +
          (existing.status === 'approved' ? '; post a reversal to refund it' : ''),
      );
    }
    const applied = await this.changeStatus(existing, input.status);
    if (!applied) return this.replay(brandId, input, fingerprint);
    return { conversion: await this.conversions.findOneByOrFail({ id: existing.id }), outcome: 'status_changed' };
  }

  /**
   * Moves a conversion to a new status, conditional on its old one so that two concurrent status
   * posts cannot both apply. Rejecting a credited conversion takes its revenue, and the pending
   * entries the ledger will reject, out of its partners' running totals (tiers and caps) in the
   * same transaction. False when the status
   * had already changed.
   */
  private async changeStatus(
    conversion: Conversion,
    status: PostedStatus,
    reason: ConversionStatusReason | null = status === 'rejected' ? 'advertiser_rejected' : null,
    note: string | null = null,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      // TypeORM answers an UPDATE with [rows, affected].
      const [rows]: [{ attributed_at: Date | null }[], number] = await manager.query(
        `UPDATE conversions SET status = $1, status_reason = $4, status_note = $5, updated_at = now()
          WHERE id = $2 AND status = $3 RETURNING attributed_at`,
        [status, conversion.id, conversion.status, reason, note],
      );
      if (rows.length !== 1) return false;
      if (status === 'rejected' && rows[0].attributed_at) {
        const brand = await this.lookup.brand(conversion.brandId);
        if (brand) await this.ledger.withdrawRejected(manager, conversion, brand.timezone);
      }
      await Outbox.add(manager, [
        {
          brandId: conversion.brandId,
          type: 'conversion.status_changed',
          data: { conversionId: conversion.id, status, previousStatus: conversion.status },
        },
      ]);
      return true;
    });
  }

  /**
   * A manager's decision on a conversion: approving one in review releases its commissions to
   * the lock period; rejecting one in review (or still pending) rejects its commissions, with the
   * manager's note shown to the partners.
   */
  async decide(
    brandId: string,
    transactionId: string,
    decision: 'approve' | 'reject',
    note: string | null,
  ): Promise<Conversion> {
    const conversion = await this.get(brandId, transactionId);
    const from: readonly ConversionStatus[] = decision === 'approve' ? ['review'] : ['review', 'pending'];
    if (!from.includes(conversion.status)) {
      throw new AppError(
        'conflict',
        `Transaction "${transactionId}" is ${conversion.status}; only a conversion ${from.join(' or ')} can be ${decision === 'approve' ? 'approved' : 'rejected'} here`,
      );
    }
    const applied =
      decision === 'approve'
        ? await this.changeStatus(conversion, 'approved', null, note)
        : await this.changeStatus(conversion, 'rejected', 'manual_rejection', note);
    if (!applied) return this.decide(brandId, transactionId, decision, note);
    return this.get(brandId, transactionId);
  }

  /**
   * The brand's conversions, newest first (by when they happened, then id), a page at a time, with
   * each one's flags and the partners it credited. `from`/`to` are days of the brand's time zone.
   */
  async list(brandId: string, filter: ConversionListFilter, page: PageQuery): Promise<Page<ConversionListRow>> {
    const limit = page.limit ?? DEFAULT_PAGE_SIZE;
    const query = this.conversions
      .createQueryBuilder('conversion')
      .where('conversion.brand_id = :brandId', { brandId });
    if (filter.status) query.andWhere('conversion.status = :status', { status: filter.status });
    if (filter.channel) query.andWhere('conversion.channel = :channel', { channel: filter.channel });
    if (filter.source) query.andWhere('conversion.source = :source', { source: filter.source });
    if (filter.search) {
      // A part of the transaction id, case-insensitive; LIKE's wildcards in it match themselves.
      query.andWhere(`conversion.transaction_id ILIKE :search ESCAPE '\\'`, {
        search: `%${filter.search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`,
      });
    }
    if (filter.from && filter.to && filter.to < filter.from) {
      throw AppError.invalidField('to', `to (${filter.to}) must be on or after from (${filter.from})`);
    }
    // Midnight of the brand's zone: a day of the brand, whatever zone the server runs in.
    const zone = '(SELECT b.timezone FROM brands b WHERE b.id = :brandId)';
    if (filter.from)
      query.andWhere(`conversion.occurred_at >= (CAST(:from AS date)::timestamp AT TIME ZONE ${zone})`, {
        from: filter.from,
      });
    if (filter.to) {
      query.andWhere(`conversion.occurred_at < ((CAST(:to AS date) + 1)::timestamp AT TIME ZONE ${zone})`, {
        to: filter.to,
      });
    }
    if (filter.flag) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM quality_flags f WHERE f.conversion_id = conversion.id AND f.code = :flag)',
        { flag: filter.flag },
      );
    }
    if (filter.partnerId) {
      query.andWhere(
        `(EXISTS (SELECT 1 FROM conversion_touches t WHERE t.conversion_id = conversion.id AND t.partner_id = :partnerId)
          OR EXISTS (SELECT 1 FROM quality_flags f WHERE f.conversion_id = conversion.id AND f.partner_id = :partnerId))`,
        { partnerId: filter.partnerId },
      );
    }
    if (page.cursor) {
      const after = decodeListCursor(page.cursor);
      query.andWhere('(conversion.occurred_at, conversion.id) < (:afterAt, :afterId)', after);
    }
    const rows = await query
      .orderBy('conversion.occurred_at', 'DESC')
      .addOrderBy('conversion.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    const data = rows.slice(0, limit);
    const last = data[data.length - 1];
    return {
      data: await this.withFlagsAndPartners(data),
      nextCursor: rows.length > limit && last ? encodeListCursor(last) : null,
    };
  }

  /** Two queries for a whole page: the flags (quality and promo code) and the credited partners. */
  private async withFlagsAndPartners(conversions: Conversion[]): Promise<ConversionListRow[]> {
    if (conversions.length === 0) return [];
    const ids = conversions.map((conversion) => conversion.id);
    const flags: { conversion_id: string; code: string }[] = await this.dataSource.query(
      `SELECT conversion_id, code FROM quality_flags WHERE conversion_id = ANY($1::uuid[])
        UNION SELECT conversion_id, flag FROM conversion_code_flags WHERE conversion_id = ANY($1::uuid[])
        ORDER BY 2`,
      [ids],
    );
    // The quality flags again with what each rule saw, for the review queue.
    const details: {
      conversion_id: string;
      code: string;
      partner_id: string | null;
      partner_name: string | null;
      evidence: Record<string, string | number | boolean>;
    }[] = await this.dataSource.query(
      `SELECT f.conversion_id, f.code, f.partner_id, p.name AS partner_name, f.evidence
         FROM quality_flags f LEFT JOIN partners p ON p.id = f.partner_id
        WHERE f.conversion_id = ANY($1::uuid[])
        ORDER BY f.code, f.id`,
      [ids],
    );
    // A touch with no credit (last click's earlier touches) is in the journey but credits nobody.
    const partners: { conversion_id: string; id: string; name: string; role: string; revenue: string }[] =
      await this.dataSource.query(
        `SELECT t.conversion_id, p.id, p.name, min(t.role) AS role, sum(t.attributed_revenue_minor) AS revenue
           FROM conversion_touches t JOIN partners p ON p.id = t.partner_id
          WHERE t.conversion_id = ANY($1::uuid[]) AND t.credit !~ '^0(/|$)'
          GROUP BY t.conversion_id, p.id, p.name
          ORDER BY min(t.occurred_at), p.name`,
        [ids],
      );
    return conversions.map((conversion) => ({
      conversion,
      flags: flags.filter((flag) => flag.conversion_id === conversion.id).map((flag) => flag.code),
      flagDetails: details
        .filter((detail) => detail.conversion_id === conversion.id)
        .map((detail) => ({
          code: detail.code,
          partnerId: detail.partner_id,
          partnerName: detail.partner_name,
          evidence: detail.evidence,
        })),
      partners: partners
        .filter((partner) => partner.conversion_id === conversion.id)
        .map((partner) => ({
          id: partner.id,
          name: partner.name,
          role: partner.role,
          attributedRevenueMinor: Number(partner.revenue),
        })),
    }));
  }

  async get(brandId: string, transactionId: string): Promise<Conversion> {
    const conversion = await this.conversions.findOneBy({ brandId, transactionId });
    if (!conversion) throw new AppError('not_found', `No conversion with transaction id "${transactionId}"`);
    return conversion;
  }

  /**
   * Reverses (refunds) all or part of what remains of a conversion, in one transaction that locks
   * the conversion row, so that concurrent reversals can never take back more than was paid.
   */
  async reverse(
    brandId: string,
    transactionId: string,
    input: ReversalInput,
  ): Promise<{ reversal: ConversionReversal; conversion: Conversion; outcome: 'created' | 'replayed' }> {
    const result = await this.dataSource.transaction(async (manager) => {
      const conversion = await manager.findOne(Conversion, {
        where: { brandId, transactionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!conversion) throw new AppError('not_found', `No conversion with transaction id "${transactionId}"`);
      if (input.reversalId) {
        const earlier = await manager.findOneBy(ConversionReversal, {
          conversionId: conversion.id,
          reversalKey: input.reversalId,
        });
        if (earlier) {
          const sameAmount =
            input.amount === undefined ||
            this.parseAmount(input.amount, conversion.currency, conversion.currency, 'amount') === earlier.amountMinor;
          if (!sameAmount) {
            throw new AppError(
              'conflict',
              `Reversal "${input.reversalId}" was already recorded with a different amount`,
            );
          }
          return { reversal: earlier, conversion, outcome: 'replayed' as const };
        }
      }
      if (conversion.status === 'rejected') {
        throw new AppError('conflict', `Transaction "${transactionId}" is rejected; there is nothing to reverse`);
      }
      const remaining = conversion.amountMinor - conversion.reversedMinor;
      const amountMinor =
        input.amount === undefined
          ? remaining
          : this.parseAmount(input.amount, conversion.currency, conversion.currency, 'amount');
      if (remaining === 0) {
        throw AppError.invalidField('amount', `Transaction "${transactionId}" is already fully reversed`);
      }
      if (amountMinor <= 0) throw AppError.invalidField('amount', 'amount must be more than zero');
      if (amountMinor > remaining) {
        throw AppError.invalidField(
          'amount',
          `amount ${formatMoney(amountMinor, conversion.currency)} is more than the ` +
            `${formatMoney(remaining, conversion.currency)} ${conversion.currency} that remains of "${transactionId}"`,
        );
      }
      const reversal = manager.create(ConversionReversal, {
        id: newId(),
        brandId,
        conversionId: conversion.id,
        reversalKey: input.reversalId ?? null,
        amountMinor,
        reason: input.reason ?? null,
        enqueuedAt: null,
      });
      await manager.insert(ConversionReversal, reversal);
      conversion.reversedMinor += amountMinor;
      if (conversion.reversedMinor === conversion.amountMinor) conversion.status = 'reversed';
      await manager.update(
        Conversion,
        { id: conversion.id },
        { reversedMinor: conversion.reversedMinor, status: conversion.status },
      );
      return { reversal, conversion, outcome: 'created' as const };
    });
    if (result.outcome === 'created') await this.queue.enqueue('reverse-conversion', result.reversal.id);
    return result;
  }

  /** Minor units of a posted amount, which must be in the brand's currency and sensible. */
  private parseAmount(amount: string, currency: string, brandCurrency: string, field: string): number {
    const minor = parseMoneyField(amount, currency, field);
    if (currency !== brandCurrency) {
      throw AppError.invalidField(
        'currency',
        `This brand settles in ${brandCurrency}; send amounts in ${brandCurrency} (currency conversion is not supported yet)`,
      );
    }
    if (minor < 0) throw AppError.invalidField(field, `${field} must not be negative; post a reversal to refund`);
    if (minor > parseMoney(String(MAX_CONVERSION_MAJOR), currency).minor) {
      throw AppError.invalidField(
        field,
        `${field} ${amount} is beyond ${MAX_CONVERSION_MAJOR} ${currency}; check the decimals`,
      );
    }
    return minor;
  }
}
