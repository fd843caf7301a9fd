import type { ConversionCommission } from '../../api/types';
import { formatShare } from '../../lib/format';

const KIND_LABELS: Record<ConversionCommission['kind'], string> = {
  cps: 'CPS (share of revenue)',
  cpa: 'CPA (per conversion)',
  new_customer_bonus: 'New-customer bonus',
  capped: 'Held back by a cap',
  cpc: 'CPC',
  cpm: 'CPM',
  flat_fee: 'Flat fee',
};

export const entryKindLabel = (entry: ConversionCommission): string =>
  entry.reversalId ? `Clawback of ${KIND_LABELS[entry.kind]}` : KIND_LABELS[entry.kind];

/** "Rule 1 · 12% · base rate" / "Rule 2 · 8% · tier 1" / "Rule 1" (a bonus): the plan's rule and tier behind an entry. */
export function ruleAndTier(entry: Pick<ConversionCommission, 'rule' | 'rateBps' | 'tier'>): string {
  const parts: string[] = [];
  if (entry.rule !== null) parts.push(`Rule ${entry.rule + 1}`);
  if (entry.rateBps !== null) parts.push(formatShare(entry.rateBps / 10_000, undefined, 2));
  // A tier only steps a rate: a bonus or fixed fee has none to name.
  if (entry.rateBps !== null) parts.push(entry.tier === null ? 'base rate' : `tier ${entry.tier + 1}`);
  return parts.length ? parts.join(' · ') : '—';
}

/** Where an entry stands for payout: approved is due, pending waits for its lock period. */
export const ENTRY_STATUS: Record<ConversionCommission['status'], { label: string; color: string }> = {
  pending: { label: 'Pending (locked)', color: 'gray' },
  approved: { label: 'Approved · due', color: 'teal' },
  rejected: { label: 'Rejected', color: 'red' },
};
