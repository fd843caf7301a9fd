/** How a payout statement comes out, in minor units of the brand's currency. */
export interface StatementBalance {
  /** Carried over from the previous statement; negative when a clawback exceeded that month's earnings. */
  openingMinor: number;
  /** The sum of the statement's lines (clawbacks negative, capped lines 0). */
  earnedMinor: number;
  totalMinor: number;
  thresholdMinor: number;
  /** The total when it is positive and reaches the threshold; else 0. */
  amountDueMinor: number;
  /** What the next statement opens with: the total when nothing is due (below the threshold, or negative). */
  carriedForwardMinor: number;
}

/**
 * The balance of a statement: opening + lines = total. The total is paid when it reaches the
 * brand's minimum payout (and is above zero); otherwise all of it, a debt included, is carried to
 * the partner's next statement. Every amount is an integer of minor units.
 */
export function statementBalance(
  openingMinor: number,
  lineMinors: readonly number[],
  thresholdMinor: number,
): StatementBalance {
  for (const [name, value] of [
    ['openingMinor', openingMinor],
    ['thresholdMinor', thresholdMinor],
    ...lineMinors.map((line, index) => [`lineMinors[${index}]`, line] as const),
  ] as const) {
    if (!Number.isSafeInteger(value)) throw new RangeError(`${name} must be an integer of minor units; got ${value}`);
  }
  if (thresholdMinor < 0) throw new RangeError(`thresholdMinor must not be negative; got ${thresholdMinor}`);
  const earnedMinor = lineMinors.reduce((sum, line) => sum + line, 0);
  const totalMinor = openingMinor + earnedMinor;
  const due = totalMinor > 0 && totalMinor >= thresholdMinor;
  return {
    openingMinor,
    earnedMinor,
    totalMinor,
    thresholdMinor,
    amountDueMinor: due ? totalMinor : 0,
    carriedForwardMinor: due ? 0 : totalMinor,
  };
}
