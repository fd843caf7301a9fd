import { DAY_MS } from '../calendar/durations.js';
import { Rational } from './rational.js';

/** Fixed-point scale of a time-decay weight: the newest touch weighs exactly 2^40 units. */
export const TIME_DECAY_UNITS = 2 ** 40;

/**
 * Time-decay credits: weight_i = 2^(-(T - time_i)/h), normalised to sum 1.
 *
 * 2^(-x) is irrational, so it cannot stay exact. Each weight is computed once as a double and
 * fixed to an integer count of 2^-40 units (round to nearest, at least 1 unit), then normalised
 * with exact fractions. Doing the float step once, on a fixed grid, makes the credits a
 * deterministic function of the inputs that still sum to exactly 1.
 *
 * Ages are taken from the newest touch rather than from the conversion time T: the common
 * factor 2^(-(T - newest)/h) cancels in the normalisation, so the credits are the ones the
 * formula gives, while the newest touch always gets the full 2^40 units of precision however
 * long before T the journey ended. Whole numbers of half-lives are powers of two and are exact:
 * touches 14, 7 and 0 days old under a 7-day half-life get exactly 1/7, 2/7 and 4/7.
 *
 * The floor of 1 unit keeps every touch of the journey in the credit (one more than 40
 * half-lives older than the newest would otherwise round to nothing); it costs at most 2^-40.
 */
export function timeDecayCredits(times: readonly Date[], halfLifeDays: number): Rational[] {
  if (times.length === 0) return [];
  const newest = times.reduce((latest, time) => Math.max(latest, time.getTime()), -Infinity);
  const halfLifeMs = halfLifeDays * DAY_MS;
  const units = times.map((time) => {
    const halfLives = (newest - time.getTime()) / halfLifeMs;
    return BigInt(Math.max(1, Math.round(2 ** -halfLives * TIME_DECAY_UNITS)));
  });
  const total = units.reduce((sum, unit) => sum + unit, 0n);
  return units.map((unit) => Rational.of(unit, total));
}
