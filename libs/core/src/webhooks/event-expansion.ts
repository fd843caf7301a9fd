import { createHash } from 'node:crypto';
import { formatMoney, Rational } from '#domain';
import { type OutboxFacts, type OutboxFactType, type WebhookEvent } from '../platform/index.js';
import { type MacroValues } from './postback-template.js';

/** What the relay read about the rows the facts name (see OutboxRelayService). */
export interface ConversionRecord {
  id: string;
  transactionId: string;
  amountMinor: number;
  currency: string;
  occurredAt: Date;
  clickId: string | null;
  newCustomer: boolean | null;
  /** As it is now; facts that copied the status at their time use theirs. */
  status: string;
}

export interface EntryRecord {
  id: string;
  partnerId: string;
  conversionId: string | null;
  reversalId: string | null;
  kind: string;
  amountMinor: number;
  currency: string;
  status: string;
}

export interface ReversalRecord {
  id: string;
  conversionId: string;
  amountMinor: number;
  reason: string | null;
}

/** A credited touch of a conversion (conversion_touches). */
export interface TouchRecord {
  partnerId: string;
  clickId: string;
  occurredAt: Date;
  /** An exact fraction, "15/29". */
  credit: string;
  attributedRevenueMinor: number;
}

export type SubIds = Partial<Record<'sub1' | 'sub2' | 'sub3' | 'sub4' | 'sub5', string | null>>;

export interface ExpansionContext {
  conversions: ReadonlyMap<string, ConversionRecord>;
  /** Ledger entries of credited conversions (by conversion), approved ones (by id) and clawbacks (by reversal). */
  entries: readonly EntryRecord[];
  reversals: ReadonlyMap<string, ReversalRecord>;
  /** The credited touches of each conversion, in time order. */
  touches: ReadonlyMap<string, readonly TouchRecord[]>;
  /** Sub-ids of those clicks. */
  subIds: ReadonlyMap<string, SubIds>;
}

export interface OutboxRecord {
  id: string;
  brandId: string;
  type: OutboxFactType;
  data: unknown;
  createdAt: Date;
}

/** One public event for its audience: the brand's endpoints, and/or one partner's. */
export interface AudienceEvent {
  id: string;
  type: WebhookEvent;
  /** The partner whose data it carries (its endpoints and postback templates get it); null: brand data. */
  partnerId: string | null;
  /** Whether the brand's own endpoints get it too. */
  toBrand: boolean;
  createdAt: string;
  data: Record<string, unknown>;
  /** What a postback template's macros expand to. */
  macros: MacroValues;
}

/** A stable id for one of several events made from one fact, so that a relay run twice makes the same ids. */
export function derivedEventId(factId: string, ...parts: string[]): string {
  const hex = createHash('sha256')
    .update([factId, ...parts].join('|'))
    .digest('hex');
  // RFC 9562 UUIDv8 (custom): version 8, variant 10.
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const money = (minor: number, currency: string): string => formatMoney(minor, currency);

function presentConversion(conversion: ConversionRecord, status: string, forBrand: boolean): Record<string, unknown> {
  return {
    id: conversion.id,
    transactionId: conversion.transactionId,
    amount: money(conversion.amountMinor, conversion.currency),
    currency: conversion.currency,
    status,
    occurredAt: conversion.occurredAt.toISOString(),
    // The posted click id and customer flag are the brand's data; a partner gets its own click.
    ...(forBrand && { clickId: conversion.clickId, newCustomer: conversion.newCustomer }),
  };
}

const SUBS = ['sub1', 'sub2', 'sub3', 'sub4', 'sub5'] as const;

/** Each partner credited on a conversion: its summed credit and revenue, and its last click. */
function creditedPartners(
  context: ExpansionContext,
  conversionId: string,
): { partnerId: string; clickId: string; credit: string; attributedRevenueMinor: number }[] {
  const partners = new Map<string, { clickId: string; credit: Rational; attributedRevenueMinor: number }>();
  for (const touch of context.touches.get(conversionId) ?? []) {
    const sum = partners.get(touch.partnerId) ?? {
      clickId: touch.clickId,
      credit: Rational.ZERO,
      attributedRevenueMinor: 0,
    };
    partners.set(touch.partnerId, {
      clickId: touch.clickId, // touches come in time order: the last one wins
      credit: sum.credit.add(Rational.parse(touch.credit)),
      attributedRevenueMinor: sum.attributedRevenueMinor + touch.attributedRevenueMinor,
    });
  }
  return [...partners].map(([partnerId, sum]) => ({ partnerId, ...sum, credit: sum.credit.toString() }));
}

/** A partner's last click on a conversion and that click's sub-ids. */
function partnerClick(
  context: ExpansionContext,
  conversionId: string | null,
  partnerId: string,
): Record<string, string | null> {
  const touches = conversionId ? (context.touches.get(conversionId) ?? []) : [];
  const clickId = touches.filter((touch) => touch.partnerId === partnerId).at(-1)?.clickId ?? null;
  const subs = clickId ? context.subIds.get(clickId) : undefined;
  return { clickId, ...Object.fromEntries(SUBS.map((sub) => [sub, subs?.[sub] ?? null])) };
}

function macrosOf(data: Record<string, unknown>): MacroValues {
  const conversion = data.conversion as Record<string, string> | null | undefined;
  const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
  return {
    click_id: text(data.clickId),
    ...Object.fromEntries(SUBS.map((sub) => [sub, text(data[sub])])),
    order_id: text(conversion?.transactionId),
    amount: text(conversion?.amount),
    commission: text(data.commission),
    currency: text(data.currency) ?? text(conversion?.currency),
    status: text(data.status) ?? text(conversion?.status),
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** A partner's commission event data: its entries and their sum. */
function commissionData(entries: EntryRecord[], status: string): Record<string, unknown> {
  const currency = entries[0].currency;
  return {
    commission: money(
      entries.reduce((sum, entry) => sum + entry.amountMinor, 0),
      currency,
    ),
    currency,
    status,
    entries: entries.map((entry) => ({
      id: entry.id,
      kind: entry.kind,
      amount: money(entry.amountMinor, currency),
      status: entry.status,
    })),
  };
}

type Expander<T extends OutboxFactType> = (
  fact: OutboxFacts[T],
  row: OutboxRecord,
  context: ExpansionContext,
) => Omit<AudienceEvent, 'createdAt' | 'macros'>[];

const EXPANDERS: { [T in OutboxFactType]: Expander<T> } = {
  'conversion.created': (fact, row, context) => {
    const conversion = context.conversions.get(fact.conversionId);
    if (!conversion) return [];
    return [
      {
        id: row.id,
        type: 'conversion.created',
        partnerId: null,
        toBrand: true,
        data: { conversion: presentConversion(conversion, fact.status, true) },
      },
    ];
  },

  'conversion.status_changed': (fact, row, context) => {
    const conversion = context.conversions.get(fact.conversionId);
    if (!conversion) return [];
    const credited = creditedPartners(context, conversion.id).map((partner) => partner.partnerId);
    return [
      {
        id: row.id,
        type: 'conversion.status_changed',
        partnerId: null,
        toBrand: true,
        data: { conversion: presentConversion(conversion, fact.status, true), previousStatus: fact.previousStatus },
      },
      ...credited.map((partnerId) => ({
        id: derivedEventId(row.id, partnerId),
        type: 'conversion.status_changed' as const,
        partnerId,
        toBrand: false,
        data: {
          partnerId,
          conversion: presentConversion(conversion, fact.status, false),
          previousStatus: fact.previousStatus,
          ...partnerClick(context, conversion.id, partnerId),
        },
      })),
    ];
  },

  'conversion.credited': (fact, row, context) => {
    const conversion = context.conversions.get(fact.conversionId);
    if (!conversion) return [];
    const entries = groupBy(
      context.entries.filter((entry) => entry.conversionId === conversion.id && entry.reversalId === null),
      (entry) => entry.partnerId,
    );
    return creditedPartners(context, conversion.id).flatMap((partner) => {
      const own = entries.get(partner.partnerId) ?? [];
      const common = {
        partnerId: partner.partnerId,
        conversion: presentConversion(conversion, fact.status, false),
        ...partnerClick(context, conversion.id, partner.partnerId),
        credit: partner.credit,
        attributedRevenue: money(partner.attributedRevenueMinor, conversion.currency),
      };
      const commission = own.length ? commissionData(own, 'pending') : null;
      return [
        {
          id: derivedEventId(row.id, 'conversion.created', partner.partnerId),
          type: 'conversion.created' as const,
          partnerId: partner.partnerId,
          toBrand: false,
          data: {
            ...common,
            commission: commission?.commission ?? money(0, conversion.currency),
            currency: conversion.currency,
          },
        },
        ...(commission
          ? [
              {
                id: derivedEventId(row.id, 'commission.created', partner.partnerId),
                type: 'commission.created' as const,
                partnerId: partner.partnerId,
                toBrand: true,
                data: { ...common, ...commission },
              },
            ]
          : []),
      ];
    });
  },

  'commission.approved': (fact, row, context) => {
    const ids = new Set(fact.entryIds);
    const groups = groupBy(
      context.entries.filter((entry) => ids.has(entry.id)),
      (entry) => `${entry.partnerId}|${entry.conversionId ?? ''}`,
    );
    return [...groups.values()].map((entries) => {
      const { partnerId, conversionId } = entries[0];
      const conversion = conversionId ? context.conversions.get(conversionId) : undefined;
      return {
        id: derivedEventId(row.id, partnerId, conversionId ?? 'fees'),
        type: 'commission.approved' as const,
        partnerId,
        toBrand: true,
        data: {
          partnerId,
          conversion: conversion ? presentConversion(conversion, conversion.status, false) : null,
          ...partnerClick(context, conversionId, partnerId),
          ...commissionData(entries, 'approved'),
        },
      };
    });
  },

  'commission.reversed': (fact, row, context) => {
    const reversal = context.reversals.get(fact.reversalId);
    const conversion = reversal ? context.conversions.get(reversal.conversionId) : undefined;
    if (!reversal || !conversion) return [];
    const groups = groupBy(
      context.entries.filter((entry) => entry.reversalId === reversal.id),
      (entry) => entry.partnerId,
    );
    return (
      [...groups.values()]
        // Zero clawbacks only mark the refund as handled; a partner that loses nothing hears nothing.
        .filter((entries) => entries.some((entry) => entry.amountMinor !== 0))
        .map((entries) => {
          const { partnerId } = entries[0];
          return {
            id: derivedEventId(row.id, partnerId),
            type: 'commission.reversed' as const,
            partnerId,
            toBrand: true,
            data: {
              partnerId,
              conversion: presentConversion(conversion, conversion.status, false),
              reversal: {
                id: reversal.id,
                amount: money(reversal.amountMinor, conversion.currency),
                reason: reversal.reason,
              },
              ...partnerClick(context, conversion.id, partnerId),
              ...commissionData(entries, 'reversed'),
            },
          };
        })
    );
  },

  'statement.issued': (fact, row) => [
    {
      id: row.id,
      type: 'statement.issued',
      partnerId: fact.partnerId,
      toBrand: true,
      data: { partnerId: fact.partnerId, statement: fact.statement },
    },
  ],
};

/** The public events of one outbox fact, each with its audience, payload data and macro values. */
export function expandFact(row: OutboxRecord, context: ExpansionContext): AudienceEvent[] {
  const expander = EXPANDERS[row.type] as Expander<OutboxFactType> | undefined;
  if (!expander) return [];
  return expander(row.data as never, row, context).map((event) => ({
    ...event,
    createdAt: row.createdAt.toISOString(),
    macros: macrosOf(event.data),
  }));
}
