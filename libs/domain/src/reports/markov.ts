/**
 * First-order Markov attribution by removal effect (Anderl et al. 2016): journeys are walks from a
 * start state through channel states (funnel roles, partner types) to one of two absorbing states,
 * a conversion or null (no conversion within the lookback window). A channel's removal effect is
 * the share of the conversion probability lost when walks that reach it are sent to null instead.
 */

export const MARKOV_START = '(start)';
export const MARKOV_CONVERSION = '(conversion)';
export const MARKOV_NULL = '(null)';

/** How many times journeys moved from one state to the next. */
export interface Transition {
  readonly from: string;
  readonly to: string;
  readonly count: number;
}

export interface ChannelRemovalEffect {
  readonly channel: string;
  /** 1 − P(conversion without the channel) / P(conversion): between 0 and 1. */
  readonly removalEffect: number;
  /** The removal effect over the sum of all removal effects: the channel's share of conversions. */
  readonly share: number;
}

export interface MarkovAttribution {
  /** P(a journey from start ends in a conversion) under the observed transitions. */
  readonly conversionProbability: number;
  /** One per channel seen in the transitions, in code-unit order of their names. */
  readonly channels: ChannelRemovalEffect[];
}

const SPECIAL = new Set([MARKOV_START, MARKOV_CONVERSION, MARKOV_NULL]);

/**
 * Removal effects of every channel from transition counts. Transitions out of conversion or null,
 * or into start, are refused (they are absorbing, resp. initial). Self-transitions are kept: a
 * journey with two creators in a row stays in the creator state once more.
 */
export function markovRemovalEffects(transitions: readonly Transition[]): MarkovAttribution {
  const channels = new Set<string>();
  const counts = new Map<string, Map<string, number>>();
  for (const { from, to, count } of transitions) {
    if (!Number.isFinite(count) || count < 0) throw new RangeError(`transition ${from} → ${to} has count ${count}`);
    if (from === MARKOV_CONVERSION || from === MARKOV_NULL)
      throw new RangeError(`${from} is absorbing; got ${from} → ${to}`);
    if (to === MARKOV_START) throw new RangeError(`nothing moves into ${MARKOV_START}; got ${from} → ${to}`);
    for (const state of [from, to]) if (!SPECIAL.has(state)) channels.add(state);
    const row = counts.get(from) ?? new Map<string, number>();
    row.set(to, (row.get(to) ?? 0) + count);
    counts.set(from, row);
  }
  const names = [...channels].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const base = conversionProbability(names, counts, undefined);
  const effects = names.map((channel) =>
    base > 0 ? Math.max(0, 1 - conversionProbability(names, counts, channel) / base) : 0,
  );
  const total = effects.reduce((sum, effect) => sum + effect, 0);
  return {
    conversionProbability: base,
    channels: names.map((channel, index) => ({
      channel,
      removalEffect: effects[index],
      share: total > 0 ? effects[index] / total : 0,
    })),
  };
}

/**
 * P(conversion | start) of the absorbing chain, with `removed` (if any) turned into null. Solves
 * p(s) = Σ_t P(s→t) p(t) over the transient states, with p(conversion) = 1 and p(null) = 0, by
 * Gaussian elimination (the states are a dozen at most).
 */
function conversionProbability(
  channels: readonly string[],
  counts: ReadonlyMap<string, ReadonlyMap<string, number>>,
  removed: string | undefined,
): number {
  const states = [MARKOV_START, ...channels.filter((channel) => channel !== removed)];
  const index = new Map(states.map((state, i) => [state, i]));
  const size = states.length;
  // Rows of [I − Q | b]: p(s) − Σ_transient P(s→t) p(t) = P(s→conversion).
  const matrix = states.map((state, row) => {
    const line = new Array<number>(size + 1).fill(0);
    line[row] = 1;
    const out = counts.get(state);
    const total = out ? [...out.values()].reduce((sum, count) => sum + count, 0) : 0;
    if (!out || total === 0) return line; // a state never left: no way to a conversion
    for (const [to, count] of out) {
      const probability = count / total;
      if (to === MARKOV_CONVERSION) line[size] += probability;
      else if (index.has(to)) line[index.get(to) as number] -= probability;
      // null, and the removed channel, lead nowhere: they add nothing.
    }
    return line;
  });
  for (let column = 0; column < size; column++) {
    let pivot = column;
    for (let row = column + 1; row < size; row++) {
      if (Math.abs(matrix[row][column]) > Math.abs(matrix[pivot][column])) pivot = row;
    }
    [matrix[column], matrix[pivot]] = [matrix[pivot], matrix[column]];
    const lead = matrix[column][column];
    // Singular only for a closed loop never leading to an absorbing state: it converts never.
    if (Math.abs(lead) < 1e-12) continue;
    for (let row = 0; row < size; row++) {
      if (row === column) continue;
      const factor = matrix[row][column] / lead;
      if (factor === 0) continue;
      for (let k = column; k <= size; k++) matrix[row][k] -= factor * matrix[column][k];
    }
  }
  const lead = matrix[0][0];
  return Math.abs(lead) < 1e-12 ? 0 : Math.min(1, Math.max(0, matrix[0][size] / lead));
}
