import { isFunnelRole, type FunnelRole } from '../partners/funnel.js';
import { Rational } from './rational.js';
import {
  resolveAttributionSettings,
  type AttributionSettings,
  type BaseAttributionModel,
  type ResolvedAttributionSettings,
} from './settings.js';
import { timeDecayCredits } from './time-decay.js';

/** A creditable click in a customer's journey. */
export interface Touch {
  readonly clickId: string;
  readonly partnerId: string;
  /** The partner's funnel role when the click happened, not its role today. */
  readonly role: FunnelRole;
  readonly occurredAt: Date;
}

/** One touch's share of a conversion. */
export interface TouchCredit<T extends Touch = Touch> {
  readonly touch: T;
  /** The credit the base model alone gives (the model itself unless it is role_weighted). */
  readonly baseWeight: Rational;
  /** The brand's weight for the touch's role under role_weighted; 1 under the other models. */
  readonly roleWeight: Rational;
  /** The final credit; a conversion's credits sum to exactly 1. */
  readonly credit: Rational;
}

/** Journey order: oldest first, equal times by click id (code-unit order, not locale order). */
export function compareTouches(a: Touch, b: Touch): number {
  const byTime = a.occurredAt.getTime() - b.occurredAt.getTime();
  if (byTime !== 0) return byTime;
  return a.clickId < b.clickId ? -1 : a.clickId > b.clickId ? 1 : 0;
}

/**
 * Settings are resolved (parsed, checked) once per settings object: the engine credits thousands
 * of conversions under one plan. Settings objects are treated as immutable.
 */
const resolvedSettings = new WeakMap<AttributionSettings, ResolvedAttributionSettings>();

function resolvedOnce(settings: AttributionSettings): ResolvedAttributionSettings {
  let resolved = resolvedSettings.get(settings);
  if (!resolved) {
    resolved = resolveAttributionSettings(settings);
    resolvedSettings.set(settings, resolved);
  }
  return resolved;
}

/**
 * Shares one conversion's credit among the touches of its journey under a commission plan's
 * attribution settings. Returns one entry per touch in journey order (see compareTouches),
 * whatever the input order; no touches means the conversion is unattributed and nothing is
 * returned. Throws a RangeError for invalid settings, or a touch without a valid time or role.
 *
 * The conversion time is not needed: only time decay looks at time, and its normalised credits
 * depend on the touches' ages relative to one another (see timeDecayCredits).
 */
export function attribute<T extends Touch>(touches: readonly T[], settings: AttributionSettings): TouchCredit<T>[] {
  const resolved = resolvedOnce(settings);
  for (const touch of touches) {
    if (!(touch.occurredAt instanceof Date) || Number.isNaN(touch.occurredAt.getTime())) {
      throw new RangeError(`touch ${touch.clickId} has no valid occurredAt`);
    }
    if (!isFunnelRole(touch.role)) throw new RangeError(`touch ${touch.clickId} has no valid role`);
  }
  const journey = [...touches].sort(compareTouches);
  if (journey.length === 0) return [];

  if (resolved.model !== 'role_weighted') {
    return modelCredits(resolved.model, journey, resolved).map((credit, index) => ({
      touch: journey[index],
      baseWeight: credit,
      roleWeight: Rational.ONE,
      credit,
    }));
  }

  const baseWeights = modelCredits(resolved.base, journey, resolved);
  const roleWeights = journey.map((touch) => resolved.roleWeights[touch.role]);
  const weighted = baseWeights.map((weight, index) => weight.multiply(roleWeights[index]));
  const total = Rational.sum(weighted);
  // Only when every touch the base credits has a role weighted 0 (say a lone retention touch
  // with retention at 0): the role weights then say nothing, so the base credit stands.
  const credits = total.isZero() ? baseWeights : weighted.map((weight) => weight.divide(total));
  return journey.map((touch, index) => ({
    touch,
    baseWeight: baseWeights[index],
    roleWeight: roleWeights[index],
    credit: credits[index],
  }));
}

/** The credits of a model without role weighting, for a non-empty journey in journey order. */
function modelCredits(
  model: BaseAttributionModel,
  journey: readonly Touch[],
  settings: ResolvedAttributionSettings,
): Rational[] {
  const n = journey.length;
  switch (model) {
    case 'last_click':
      return journey.map((_, index) => (index === n - 1 ? Rational.ONE : Rational.ZERO));
    case 'first_click':
      return journey.map((_, index) => (index === 0 ? Rational.ONE : Rational.ZERO));
    case 'linear':
      return journey.map(() => Rational.of(1, n));
    case 'time_decay':
      return timeDecayCredits(
        journey.map((touch) => touch.occurredAt),
        settings.halfLifeDays,
      );
    case 'position_based':
      return positionBasedCredits(n, settings.firstShare, settings.lastShare);
  }
}

/**
 * First share f to the first touch, last share l to the last, the rest split evenly among the
 * touches between. With two touches there is nothing between, so f and l are scaled up to sum 1
 * (f/(f+l) and l/(f+l)); if both are 0 the two touches split evenly, the limit of equal shares.
 */
export function positionBasedCredits(n: number, firstShare: Rational, lastShare: Rational): Rational[] {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`a journey has at least 1 touch; got ${n}`);
  if (n === 1) return [Rational.ONE];
  const ends = firstShare.add(lastShare);
  if (n === 2) {
    if (ends.isZero()) return [Rational.of(1, 2), Rational.of(1, 2)];
    return [firstShare.divide(ends), lastShare.divide(ends)];
  }
  const middle = Rational.ONE.subtract(ends).divide(Rational.of(n - 2));
  return Array.from({ length: n }, (_, index) => (index === 0 ? firstShare : index === n - 1 ? lastShare : middle));
}
