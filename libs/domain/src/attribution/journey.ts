import { DAY_MS } from '../calendar/durations.js';
import { compareTouches, type Touch } from './models.js';

export interface JourneyQuery {
  readonly conversionAt: Date;
  /** The plan's lookback window in days (24-hour days, not calendar days). */
  readonly lookbackDays: number;
  /** The click the conversion names (S2S postback or click-id parameter), if any. */
  readonly clickId?: string;
}

/**
 * The touches a conversion's credit goes to, oldest first (see compareTouches).
 *
 * Candidates are the creditable touches already narrowed to the brand and to the conversion's
 * customer key or click id. The journey is every candidate with
 * conversionAt − lookbackDays × 24 h ≤ occurredAt ≤ conversionAt, both ends included.
 * Touches after the conversion are left out: a click cannot have caused a purchase made before it.
 *
 * The named click is the exception. When clickId matches a candidate that lies outside the window
 * (older than the lookback, or after the conversion, which is clock skew between the network's
 * server and ours), the journey is that click alone: the conversion explicitly claims it, and the
 * window's other touches are not mixed in. A named click inside the window is simply part of it.
 * A clickId matching no candidate (unknown, or not creditable, say flagged as fraud) changes
 * nothing: the window rule alone applies. An empty journey means the conversion is unattributed.
 */
export function selectJourney<T extends Touch>(candidates: readonly T[], query: JourneyQuery): T[] {
  const end = query.conversionAt.getTime();
  if (Number.isNaN(end)) throw new RangeError('conversionAt is not a valid date');
  if (!Number.isFinite(query.lookbackDays) || query.lookbackDays < 0) {
    throw new RangeError(`lookbackDays must be 0 or more; got ${query.lookbackDays}`);
  }
  const start = end - query.lookbackDays * DAY_MS;
  const inWindow = (touch: T): boolean => {
    const time = touch.occurredAt.getTime();
    return start <= time && time <= end;
  };

  const named = query.clickId === undefined ? undefined : candidates.find((touch) => touch.clickId === query.clickId);
  if (named && !inWindow(named)) return [named];
  return candidates.filter(inWindow).sort(compareTouches);
}
