import type { CommissionEntry } from './entries.js';

/**
 * Applies a per-partner monthly cap to one partner's new entries, in their order: each entry is cut
 * to what still fits under the cap, and the cut-off excess is recorded right after it as a
 * `capped` entry of amount 0 whose cappedMinor is the excess (with the cut entry's kind, rule and
 * rate, so a statement can explain it), never silently dropped. An entry cut to nothing is replaced
 * by its capped entry alone. Without a cap (undefined) the entries are returned as they are.
 *
 * earnedBeforeMinor is what the partner has already earned toward this month's cap, as the caller
 * counts it (the month follows the brand's time zone). A negative figure (clawbacks exceeding
 * earnings) counts as 0, so no month ever pays more than the cap; one already over the cap (a cap
 * lowered by a new plan version) leaves no room. Capped excess is not paid later, even if a
 * clawback frees room under the cap: the ledger is append-only.
 */
export function applyCap(
  entries: readonly CommissionEntry[],
  earnedBeforeMinor: number,
  capMinor: number | undefined,
): CommissionEntry[] {
  if (capMinor === undefined) return [...entries];
  if (!Number.isSafeInteger(capMinor) || capMinor <= 0) throw new RangeError(`cap ${capMinor} is not positive`);
  if (!Number.isSafeInteger(earnedBeforeMinor)) {
    throw new RangeError(`earnedBeforeMinor ${earnedBeforeMinor} is not an integer`);
  }
  const partners = new Set(entries.map(({ partnerId }) => partnerId));
  if (partners.size > 1) throw new RangeError(`a cap is per partner; got entries of ${[...partners].join(', ')}`);

  let room = Math.max(0, capMinor - Math.max(0, earnedBeforeMinor));
  const capped: CommissionEntry[] = [];
  for (const entry of entries) {
    if (entry.kind === 'capped') throw new RangeError('entries are already capped');
    if (!Number.isSafeInteger(entry.amountMinor) || entry.amountMinor < 0) {
      throw new RangeError(`a ${entry.kind} entry of ${entry.amountMinor} cannot be capped`);
    }
    const fits = Math.min(entry.amountMinor, room);
    const excess = entry.amountMinor - fits;
    room -= fits;
    if (fits > 0 || excess === 0) capped.push({ ...entry, amountMinor: fits });
    if (excess > 0) {
      capped.push({ ...entry, kind: 'capped', amountMinor: 0, cappedKind: entry.kind, cappedMinor: excess });
    }
  }
  return capped;
}
