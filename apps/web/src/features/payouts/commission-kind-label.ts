import type { StatementLine } from '../../api/types';

/** The kinds of ledger entry as the statement documents (PDF, CSV) name them. */
const LABELS: Record<StatementLine['kind'], string> = {
  cps: 'Commission (CPS)',
  cpa: 'Commission (CPA)',
  new_customer_bonus: 'New-customer bonus',
  capped: 'Over the monthly cap',
  cpc: 'Clicks (CPC)',
  cpm: 'Impressions (CPM)',
  flat_fee: 'Flat fee',
};

export function commissionKindLabel(kind: StatementLine['kind']): string {
  return LABELS[kind] ?? kind;
}
