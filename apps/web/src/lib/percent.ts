/*
 * Shares of 0..1 with at most 4 decimals (the target mix) edited as percentages with at most 2:
 * through whole basis points, so that 33.33 + 33.33 + 33.34 is exactly 100.
 */

/** A percentage with at most 2 decimals as whole basis points (35.5 → 3550); null when it has more. */
export function percentToBasisPoints(percent: number): number | null {
  const points = Math.round(percent * 100);
  return Math.abs(points - percent * 100) < 1e-6 ? points : null;
}

/** A share of the API (0.355) as the percentage people type (35.5). */
export function shareToPercent(share: number): number {
  return Math.round(share * 10_000) / 100;
}

/** Whole basis points as the share the API takes (3550 → 0.355). */
export function basisPointsToShare(points: number): number {
  return points / 10_000;
}
