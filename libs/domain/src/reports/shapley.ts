/**
 * Shapley values of a cooperative game: each player's average marginal contribution over every
 * order in which the players could join. Used by the partner-mix report to share conversions and
 * revenue among funnel roles or partner types, an analysis view beside the settlement model.
 */

/** At most this many players are computed exactly (2^n coalitions); more are sampled. */
export const MAX_EXACT_SHAPLEY_PLAYERS = 12;
/** Orders sampled when the players are too many for the exact sum. */
export const DEFAULT_SHAPLEY_SAMPLES = 2000;

export interface ShapleyResult {
  /** One value per player, in the order given; they sum to worth(all) − worth(none). */
  readonly values: number[];
  /** `exact` sums over every coalition; `sampled` averages random joining orders. */
  readonly method: 'exact' | 'sampled';
  /** For `sampled`: how many orders were averaged. */
  readonly samples?: number;
}

/**
 * A coalition is a bit mask over the players (bit i = players[i]); `worth` gives its value.
 *
 * Exact for up to MAX_EXACT_SHAPLEY_PLAYERS players:
 *   φ_i = Σ_{S ∌ i} |S|! (n − |S| − 1)! / n! × (v(S ∪ {i}) − v(S)).
 * Beyond that, the mean marginal contribution over `samples` random orders (Castro et al. 2009),
 * from a seeded generator so that a report built twice says the same thing.
 */
export function shapleyValues(
  playerCount: number,
  worth: (coalition: number) => number,
  options: { samples?: number; seed?: number; maxExactPlayers?: number } = {},
): ShapleyResult {
  if (!Number.isSafeInteger(playerCount) || playerCount < 0 || playerCount > 30) {
    throw new RangeError(`players must be between 0 and 30; got ${playerCount}`);
  }
  const n = playerCount;
  if (n === 0) return { values: [], method: 'exact' };
  if (n <= (options.maxExactPlayers ?? MAX_EXACT_SHAPLEY_PLAYERS)) {
    const worths = Array.from({ length: 1 << n }, (_, coalition) => worth(coalition));
    // weight[k] = k! (n − k − 1)! / n!, the chance that exactly a given k-set precedes i.
    const weight = Array.from({ length: n }, (_, k) => 1 / (n * binomial(n - 1, k)));
    const values = Array.from({ length: n }, (_, i) => {
      const bit = 1 << i;
      let value = 0;
      for (let coalition = 0; coalition < 1 << n; coalition++) {
        if (coalition & bit) continue;
        value += weight[popCount(coalition)] * (worths[coalition | bit] - worths[coalition]);
      }
      return value;
    });
    return { values, method: 'exact' };
  }
  const samples = options.samples ?? DEFAULT_SHAPLEY_SAMPLES;
  if (!Number.isSafeInteger(samples) || samples < 1) throw new RangeError(`samples must be 1 or more; got ${samples}`);
  const next = mulberry32(options.seed ?? 1);
  const totals = new Array<number>(n).fill(0);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let sample = 0; sample < samples; sample++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let coalition = 0;
    let before = worth(0);
    for (const player of order) {
      coalition |= 1 << player;
      const after = worth(coalition);
      totals[player] += after - before;
      before = after;
    }
  }
  return { values: totals.map((total) => total / samples), method: 'sampled', samples };
}

/** What the journeys whose players are exactly `coalition` (a mask) brought: conversions, revenue. */
export interface CoalitionOutcome {
  readonly coalition: number;
  readonly value: number;
}

/**
 * The usual worth of a coalition in channel attribution (Zhao et al. 2018): the value of every
 * converting journey that used only players of the coalition, v(S) = Σ_{T ⊆ S} value(T).
 */
export function journeyWorth(outcomes: readonly CoalitionOutcome[]): (coalition: number) => number {
  const byCoalition = new Map<number, number>();
  for (const { coalition, value } of outcomes) {
    if (coalition !== 0) byCoalition.set(coalition, (byCoalition.get(coalition) ?? 0) + value);
  }
  const entries = [...byCoalition];
  const remembered = new Map<number, number>();
  return (coalition) => {
    let value = remembered.get(coalition);
    if (value === undefined) {
      value = 0;
      for (const [used, outcome] of entries) if ((used & coalition) === used) value += outcome;
      remembered.set(coalition, value);
    }
    return value;
  };
}

function binomial(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return result;
}

function popCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest; rest &= rest - 1) count++;
  return count;
}

/** A small seeded generator (mulberry32): reproducible samples, not cryptography. */
function mulberry32(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
