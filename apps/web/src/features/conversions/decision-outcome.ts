import type { ReviewResponse } from '../../api/types';

/** What a review did, in a sentence or two: how many were decided, and why the others were not. */
export function decisionOutcome(decision: 'approve' | 'reject', response: ReviewResponse): string {
  const verb = decision === 'approve' ? 'approved' : 'rejected';
  const decided = response.results.filter((result) => result.status === 200).map((result) => result.transactionId);
  const refused = response.results.filter((result) => result.status !== 200);
  const parts: string[] = [];
  if (decided.length === 1) parts.push(`${decided[0]} was ${verb}.`);
  else if (decided.length > 1) parts.push(`${decided.length} conversions were ${verb}.`);
  for (const result of refused) {
    parts.push(`${result.transactionId} was not: ${result.error?.message ?? `HTTP ${result.status}`}.`);
  }
  return parts.join(' ');
}
