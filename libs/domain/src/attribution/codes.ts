import { type CodePolicy } from '../commissions/plan.js';
import { type Touch } from './models.js';

/*
 * Promo codes as touchpoints. A code used on a conversion and valid at its time is a touch of the
 * code's partner at the conversion time, in the same journey as the clicks. Attribution priority,
 * for what found the journey: a valid click id first (its customer key then pulls in the rest of
 * the journey), then the first-party customer key, then the promo code.
 */

/** What found a conversion's journey; `none` is an unattributed conversion. */
export const JOURNEY_SOURCES = ['click_id', 'customer_key', 'code', 'none'] as const;
export type JourneySourceKind = (typeof JOURNEY_SOURCES)[number];

/** Codes are case-insensitive: this is the form they are compared (and stored on conversions) in. */
export function normalizeCode(code: string): string {
  return code.trim().toUpperCase();
}

/** Whether a code's validity (either end open when null, both ends included) covers `at`. */
export function codeValidAt(code: { validFrom: Date | null; validTo: Date | null }, at: Date): boolean {
  const time = at.getTime();
  return (
    (code.validFrom === null || code.validFrom.getTime() <= time) &&
    (code.validTo === null || time <= code.validTo.getTime())
  );
}

/**
 * The journey with the code's touch: added to the clicks under `touch`, alone under `exclusive`
 * (the code's partner takes all the credit). No code touch leaves the clicks as they are.
 */
export function journeyWithCode<T extends Touch>(
  clicks: readonly T[],
  code: T | undefined,
  policy: CodePolicy = 'touch',
): T[] {
  if (code === undefined) return [...clicks];
  return policy === 'exclusive' ? [code] : [...clicks, code];
}

/**
 * Which signal found the journey: the click id when the conversion named a valid click, else the
 * customer key when its clicks make a journey, else the promo code when it added a touch, else none.
 */
export function journeySource(found: { click: boolean; customerClicks: number; code: boolean }): JourneySourceKind {
  if (found.click) return 'click_id';
  if (found.customerClicks > 0) return 'customer_key';
  if (found.code) return 'code';
  return 'none';
}

/** One use of a code: a conversion, its customer (key hash, or the conversion itself when anonymous), its time. */
export interface CodeUse {
  readonly id: string;
  readonly customer: string;
  readonly at: Date;
}

export interface LeakRule {
  /** This many different customers or more within the window makes a leak. */
  readonly minCustomers: number;
  readonly windowMs: number;
}

/** A code leaked to coupon sites: used by 5 different customers within 10 minutes. */
export const CODE_LEAK_RULE: LeakRule = { minCustomers: 5, windowMs: 10 * 60 * 1000 };

/**
 * The uses of one code that fall in a leak: every use inside some window of `windowMs` (both ends
 * included) holding uses by `minCustomers` different customers or more. Uses may come in any order.
 */
export function leakedCodeUses(uses: readonly CodeUse[], rule: LeakRule = CODE_LEAK_RULE): Set<string> {
  const sorted = [...uses].sort((a, b) => a.at.getTime() - b.at.getTime());
  const leaked = new Set<string>();
  const customers = new Map<string, number>();
  let start = 0;
  // Uses before this index are in `leaked` already: a burst marks each use once, not once per
  // window that holds it (which grew with the square of the burst).
  let marked = 0;
  // A sliding window ending at each use: when it holds enough customers, all its uses leaked.
  for (let end = 0; end < sorted.length; end++) {
    customers.set(sorted[end].customer, (customers.get(sorted[end].customer) ?? 0) + 1);
    while (sorted[end].at.getTime() - sorted[start].at.getTime() > rule.windowMs) {
      const left = sorted[start].customer;
      const count = (customers.get(left) ?? 0) - 1;
      if (count === 0) customers.delete(left);
      else customers.set(left, count);
      start++;
    }
    if (customers.size >= rule.minCustomers) {
      for (let i = Math.max(start, marked); i <= end; i++) leaked.add(sorted[i].id);
      marked = end + 1;
    }
  }
  return leaked;
}
