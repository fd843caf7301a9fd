import { Rational } from '../attribution/rational.js';
import { allocateLargestRemainder } from '../money/money.js';
import type { CommissionEntry } from './entries.js';
import { roundHalfUp } from './rates.js';

/** What earlier refunds of the same conversion already clawed back. */
export interface EarlierReversals {
  /** The earlier refunds, summed. */
  readonly refundedMinor: number;
  /**
   * Per original entry, in the same order, the sum of the clawbacks recorded against it so far:
   * 0 or negative, as they stand in the ledger.
   */
  readonly clawedBackMinor: readonly number[];
}

/**
 * The clawback of a refund of `refundedMinor` out of a conversion of `originalAmountMinor`: one
 * entry per original entry, in the same order, with a negative (or zero) amount. Entries that
 * round to 0 are kept so that the result lines up with the original; the caller may skip them.
 *
 * The total is computed once and split, rather than rounding each entry on its own, so that it is
 * exact and never more than was paid. With R the refunds so far including this one and T the
 * commission paid on the conversion (capped entries count 0), the clawbacks so far come to
 * round(T × R / amount), half up; this refund claws back that minus what `earlier` refunds already
 * clawed back, split over the entries by what is left of each (largest remainder; for a first
 * refund, simply the entries' amounts). So partial refunds add up as one refund of their sum would,
 * no entry is ever clawed back past its amount, and once everything is refunded every entry has
 * been clawed back exactly. Capped entries paid nothing and stay at zero (cappedMinor 0 too:
 * a refund does not move the excess a cap held back).
 */
export function reversalEntries(
  originalEntries: readonly CommissionEntry[],
  originalAmountMinor: number,
  refundedMinor: number,
  earlier: EarlierReversals = { refundedMinor: 0, clawedBackMinor: originalEntries.map(() => 0) },
): CommissionEntry[] {
  if (!Number.isSafeInteger(originalAmountMinor) || originalAmountMinor <= 0) {
    throw new RangeError(`original amount ${originalAmountMinor} is not a positive integer`);
  }
  if (!Number.isSafeInteger(refundedMinor) || refundedMinor <= 0) {
    throw new RangeError(`refunded amount ${refundedMinor} is not a positive integer`);
  }
  if (!Number.isSafeInteger(earlier.refundedMinor) || earlier.refundedMinor < 0) {
    throw new RangeError(`earlier refunds of ${earlier.refundedMinor} are not a non-negative integer`);
  }
  const refundedSoFar = earlier.refundedMinor + refundedMinor;
  if (refundedSoFar > originalAmountMinor) {
    throw new RangeError(`refunds of ${refundedSoFar} exceed the original amount ${originalAmountMinor}`);
  }
  if (earlier.clawedBackMinor.length !== originalEntries.length) {
    throw new RangeError(`${earlier.clawedBackMinor.length} earlier clawbacks for ${originalEntries.length} entries`);
  }

  const paid = originalEntries.map((entry) => {
    if (entry.kind === 'capped') return 0;
    if (!Number.isSafeInteger(entry.amountMinor) || entry.amountMinor < 0) {
      throw new RangeError(`a ${entry.kind} entry of ${entry.amountMinor} is not an original commission`);
    }
    return entry.amountMinor;
  });
  const left = paid.map((amount, index) => {
    const clawed = -earlier.clawedBackMinor[index];
    if (!Number.isSafeInteger(clawed) || clawed < 0 || clawed > amount) {
      throw new RangeError(`entry ${index} cannot have had ${clawed} clawed back from ${amount}`);
    }
    return amount - clawed;
  });

  const total = paid.reduce((sum, amount) => sum + amount, 0);
  const totalLeft = left.reduce((sum, amount) => sum + amount, 0);
  const clawedSoFar = roundHalfUp(Rational.of(BigInt(total) * BigInt(refundedSoFar), originalAmountMinor));
  // At most totalLeft since clawedSoFar ≤ total; at least 0 even if earlier clawbacks ran ahead.
  const clawback = Math.max(0, clawedSoFar - (total - totalLeft));
  const parts = clawback === 0 ? left.map(() => 0) : allocateLargestRemainder(-clawback, left);

  return originalEntries.map((entry, index) =>
    entry.kind === 'capped' ? { ...entry, amountMinor: 0, cappedMinor: 0 } : { ...entry, amountMinor: parts[index] },
  );
}
