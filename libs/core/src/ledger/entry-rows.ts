import { type EntityManager } from 'typeorm';
import { type CommissionEntry } from '#domain';
import { bulkInsert, newId } from '../platform/index.js';
import { CommissionEntryRow } from './ledger.entity.js';

/** What an entry row takes from its conversion. */
export interface EntryConversion {
  id: string;
  brandId: string;
  currency: string;
  occurredAt: Date;
}

/** A pending ledger row for a domain entry of a conversion, under its unique key. */
export function entryRow(
  entry: CommissionEntry,
  entryKey: string,
  conversion: EntryConversion,
  planId: string | null,
  approvableAt: Date,
): Partial<CommissionEntryRow> {
  return {
    id: newId(),
    entryKey,
    brandId: conversion.brandId,
    partnerId: entry.partnerId,
    conversionId: conversion.id,
    reversalId: null,
    kind: entry.kind,
    amountMinor: entry.amountMinor,
    cappedMinor: entry.cappedMinor ?? 0,
    currency: conversion.currency,
    status: 'pending',
    planId,
    ruleIndex: entry.ruleIndex,
    rateBps: entry.rateBps ?? null,
    tierIndex: entry.tierIndex ?? null,
    occurredAt: conversion.occurredAt,
    approvableAt,
    approvedAt: null,
  };
}

/** A stored entry in the domain form the clawback rules take. */
export function domainEntry(row: CommissionEntryRow): CommissionEntry {
  return {
    partnerId: row.partnerId,
    kind: row.kind as CommissionEntry['kind'],
    amountMinor: row.amountMinor,
    ruleIndex: row.ruleIndex ?? 0,
    ...(row.kind === 'capped' && { cappedMinor: row.cappedMinor }),
  };
}

/**
 * Appends entries to the ledger. `keyed`: an entry written before under the same key (a retried
 * clawback) is left as it is; otherwise a conflict is a defect and fails loudly.
 */
export async function appendEntries(
  manager: EntityManager,
  rows: Partial<CommissionEntryRow>[],
  { keyed }: { keyed: boolean },
): Promise<void> {
  await bulkInsert(manager, CommissionEntryRow, rows, keyed ? { onConflictDoNothing: true } : {});
}
