import type { FunnelRole } from '../partners/funnel.js';
import { attribute, compareTouches, positionBasedCredits, type Touch } from './models.js';
import { Rational } from './rational.js';
import type { AttributionSettings } from './settings.js';

const T = Date.parse('2025-03-31T12:00:00Z');
const DAY = 86_400_000;

function touch(clickId: string, daysBeforeT: number, role: FunnelRole = 'conversion', partnerId = 'p-1'): Touch {
  return { clickId, partnerId, role, occurredAt: new Date(T - daysBeforeT * DAY) };
}

/** n touches one day apart, the oldest first, clicks c1..cn. */
function journeyOf(n: number, roles: FunnelRole[] = []): Touch[] {
  return Array.from({ length: n }, (_, index) => touch(`c${index + 1}`, n - 1 - index, roles[index]));
}

const credits = (touches: Touch[], settings: AttributionSettings): string[] =>
  attribute(touches, settings).map(({ credit }) => credit.toString());

describe(attribute.name, () => {
  describe('last_click', () => {
    it.each([
      [1, ['1']],
      [2, ['0', '1']],
      [3, ['0', '0', '1']],
      [5, ['0', '0', '0', '0', '1']],
    ])('gives all of %i touches’ credit to the last', (n, expected) => {
      expect(credits(journeyOf(n), { model: 'last_click' })).toEqual(expected);
    });
  });

  describe('first_click', () => {
    it.each([
      [1, ['1']],
      [2, ['1', '0']],
      [3, ['1', '0', '0']],
      [5, ['1', '0', '0', '0', '0']],
    ])('gives all of %i touches’ credit to the first', (n, expected) => {
      expect(credits(journeyOf(n), { model: 'first_click' })).toEqual(expected);
    });
  });

  describe('linear', () => {
    it.each([
      [1, ['1']],
      [2, ['1/2', '1/2']],
      [3, ['1/3', '1/3', '1/3']],
      [5, ['1/5', '1/5', '1/5', '1/5', '1/5']],
    ])('splits %i touches evenly', (n, expected) => {
      expect(credits(journeyOf(n), { model: 'linear' })).toEqual(expected);
    });
  });

  describe('position_based', () => {
    it.each([
      [1, ['1']],
      // 0.4 / (0.4 + 0.4) each.
      [2, ['1/2', '1/2']],
      // 40/20/40.
      [3, ['2/5', '1/5', '2/5']],
      // 0.4, then (1 − 0.8) / 3 = 1/15 to each of the three middle touches, then 0.4.
      [5, ['2/5', '1/15', '1/15', '1/15', '2/5']],
    ])('splits %i touches 40/20/40 by default', (n, expected) => {
      expect(credits(journeyOf(n), { model: 'position_based' })).toEqual(expected);
    });

    it.each([
      // f = 0.3, l = 0.5: 0.3/0.8 and 0.5/0.8.
      [2, 0.3, 0.5, ['3/8', '5/8']],
      // 0.3, 1 − 0.8 = 0.2, 0.5.
      [3, 0.3, 0.5, ['3/10', '1/5', '1/2']],
      // Shares summing to 1 leave nothing for the middle.
      [4, '0.5', '0.5', ['1/2', '0', '0', '1/2']],
      // Shares of 0: all to the middle; with no middle the two touches split evenly.
      [3, 0, 0, ['0', '1', '0']],
      [2, 0, 0, ['1/2', '1/2']],
      [2, 1, 0, ['1', '0']],
    ])('splits %i touches with first share %j and last share %j', (n, firstShare, lastShare, expected) => {
      expect(credits(journeyOf(n), { model: 'position_based', firstShare, lastShare })).toEqual(expected);
    });
  });

  describe('time_decay', () => {
    it.each([
      [1, [3], ['1']],
      // Weights 1/2, 1 → 1/3, 2/3.
      [2, [7, 0], ['1/3', '2/3']],
      // Weights 1/4, 1/2, 1 → sum 7/4 → 1/7, 2/7, 4/7.
      [3, [14, 7, 0], ['1/7', '2/7', '4/7']],
      // Weights 1/16, 1/8, 1/4, 1/2, 1 → sum 31/16 → 1/31, 2/31, 4/31, 8/31, 16/31.
      [5, [28, 21, 14, 7, 0], ['1/31', '2/31', '4/31', '8/31', '16/31']],
    ])('weighs %i touches aged %j days by a 7-day half-life (the default)', (_, ages, expected) => {
      const touches = ages.map((age, index) => touch(`c${index + 1}`, age));
      expect(credits(touches, { model: 'time_decay' })).toEqual(expected);
    });

    it('takes the half-life from the settings', () => {
      // 7 and 3.5 days apart at a 3.5-day half-life are 2 and 1 half-lives: 1/7, 2/7, 4/7 again.
      const touches = [touch('a', 7), touch('b', 3.5), touch('c', 0)];
      expect(credits(touches, { model: 'time_decay', halfLifeDays: 3.5 })).toEqual(['1/7', '2/7', '4/7']);
      // At a 14-day half-life the weights are 2^-1, 2^-0.5, 1: no longer sevenths.
      expect(credits(touches, { model: 'time_decay', halfLifeDays: 14 })[0]).not.toBe('1/7');
    });
  });

  describe('role_weighted', () => {
    it('multiplies the 40/20/40 base by the default role weights and renormalises', () => {
      // 0.4 × 1.5 = 0.6, 0.2 × 1.2 = 0.24, 0.4 × 0.8 = 0.32; sum 1.16 → 60/116, 24/116, 32/116.
      const result = attribute(journeyOf(3, ['awareness', 'consideration', 'conversion']), { model: 'role_weighted' });
      expect(result.map(({ baseWeight }) => `${baseWeight}`)).toEqual(['2/5', '1/5', '2/5']);
      expect(result.map(({ roleWeight }) => `${roleWeight}`)).toEqual(['3/2', '6/5', '4/5']);
      expect(result.map(({ credit }) => `${credit}`)).toEqual(['15/29', '6/29', '8/29']);
    });

    it.each<[number, FunnelRole[], string[]]>([
      [1, ['retention'], ['1']],
      // 1/2 × 1.5 = 3/4 and 1/2 × 0.8 = 2/5; sum 23/20 → 15/23, 8/23.
      [2, ['awareness', 'conversion'], ['15/23', '8/23']],
      // Base 2/5, 1/15, 1/15, 1/15, 2/5 × 1.5, 1.2, 1.2, 1, 0.8 = 45/75, 6/75, 6/75, 5/75, 24/75;
      // sum 86/75 → 45/86, 6/86 = 3/43, 3/43, 5/86, 24/86 = 12/43.
      [
        5,
        ['awareness', 'consideration', 'consideration', 'retention', 'conversion'],
        ['45/86', '3/43', '3/43', '5/86', '12/43'],
      ],
    ])('weighs %i touches with roles %j', (n, roles, expected) => {
      expect(credits(journeyOf(n, roles), { model: 'role_weighted' })).toEqual(expected);
    });

    it('uses the given base model and role weights', () => {
      const roles: FunnelRole[] = ['awareness', 'retention', 'conversion'];
      const roleWeights = { awareness: 2, consideration: 1, conversion: 1, retention: 0 };
      // 1/3 × 2, 1/3 × 0, 1/3 × 1 = 2/3, 0, 1/3: already summing to 1.
      expect(credits(journeyOf(3, roles), { model: 'role_weighted', base: 'linear', roleWeights })).toEqual([
        '2/3',
        '0',
        '1/3',
      ]);
      // Last click stays last click: 0, 0, 0.8 renormalises to 0, 0, 1.
      expect(credits(journeyOf(3, roles), { model: 'role_weighted', base: 'last_click' })).toEqual(['0', '0', '1']);
    });

    it('weighs a time-decay base', () => {
      // 7 and 0 days old: base 1/3, 2/3; × 1.5 and × 0.8 = 1/2, 8/15; sum 31/30 → 15/31, 16/31.
      const touches = [touch('a', 7, 'awareness'), touch('b', 0, 'conversion')];
      expect(credits(touches, { model: 'role_weighted', base: 'time_decay' })).toEqual(['15/31', '16/31']);
    });

    it('uses the role each touch had when clicked', () => {
      // One partner, first clicked as awareness, later as conversion: base 1/2, 1/2 → 15/23, 8/23.
      const touches = [touch('a', 2, 'awareness', 'p-1'), touch('b', 1, 'conversion', 'p-1')];
      expect(credits(touches, { model: 'role_weighted', base: 'linear' })).toEqual(['15/23', '8/23']);
    });

    it('keeps the base credit when every credited touch has a role weighted 0', () => {
      // Last click on a retention touch weighted 0: 0 × 1 + 1 × 0 = 0 has nothing to renormalise.
      const touches = [touch('a', 2, 'awareness'), touch('b', 1, 'retention')];
      const roleWeights = { awareness: 1, consideration: 1, conversion: 1, retention: 0 };
      const result = attribute(touches, { model: 'role_weighted', base: 'last_click', roleWeights });
      expect(result.map(({ credit }) => `${credit}`)).toEqual(['0', '1']);
      expect(result.map(({ roleWeight }) => `${roleWeight}`)).toEqual(['1', '0']);
    });
  });

  it('reports the model’s own credit as the base weight and 1 as the role weight outside role_weighted', () => {
    const [first] = attribute(journeyOf(3, ['awareness', 'consideration', 'conversion']), { model: 'position_based' });
    expect(`${first.baseWeight}`).toBe('2/5');
    expect(`${first.roleWeight}`).toBe('1');
    expect(`${first.credit}`).toBe('2/5');
  });

  it('orders the touches oldest first whatever the input order, equal times by click id', () => {
    const input = [touch('c', 0), touch('b', 5), touch('a', 0)];
    const result = attribute(input, { model: 'position_based' });
    // b (5 days old), then a and c at the same time in click-id order.
    expect(result.map(({ touch }) => touch.clickId)).toEqual(['b', 'a', 'c']);
    expect(result.map(({ credit }) => `${credit}`)).toEqual(['2/5', '1/5', '2/5']);
  });

  it('breaks ties by code unit, not by locale, so the order is the same on every machine', () => {
    // 'Z' (U+005A) sorts before 'a' (U+0061); a locale comparison would put 'a1' first.
    const result = attribute([touch('a1', 1), touch('Z9', 1)], { model: 'first_click' });
    expect(result.map(({ touch, credit }) => `${touch.clickId}=${credit}`)).toEqual(['Z9=1', 'a1=0']);
  });

  it('returns the caller’s own touch objects', () => {
    const input = { ...touch('a', 1), conversionLinkId: 'l-7' };
    const [result] = attribute([input], { model: 'linear' });
    expect(result.touch).toBe(input);
    expect(result.touch.conversionLinkId).toBe('l-7');
  });

  it('leaves a conversion without touches unattributed', () => {
    expect(attribute([], { model: 'role_weighted' })).toEqual([]);
  });

  it('refuses bad settings even without touches', () => {
    expect(() => attribute([], { model: 'markov' } as unknown as AttributionSettings)).toThrow(/^model/);
    expect(() => attribute(journeyOf(2), { model: 'position_based', firstShare: 0.6, lastShare: 0.6 })).toThrow(
      RangeError,
    );
  });

  it('refuses a touch without a valid time or role', () => {
    const noTime = { ...touch('a', 1), occurredAt: new Date('not a date') };
    expect(() => attribute([noTime], { model: 'linear' })).toThrow(/touch a has no valid occurredAt/);
    const noRole = { ...touch('b', 1), role: 'influencer' as FunnelRole };
    expect(() => attribute([noRole], { model: 'linear' })).toThrow(/touch b has no valid role/);
  });
});

describe(positionBasedCredits.name, () => {
  it('refuses an empty journey', () => {
    expect(() => positionBasedCredits(0, Rational.of(2, 5), Rational.of(2, 5))).toThrow(RangeError);
  });
});

describe(compareTouches.name, () => {
  it('sorts by time, then click id', () => {
    expect(compareTouches(touch('b', 2), touch('a', 1))).toBeLessThan(0);
    expect(compareTouches(touch('a', 1), touch('b', 1))).toBeLessThan(0);
    expect(compareTouches(touch('b', 1), touch('a', 1))).toBeGreaterThan(0);
    expect(compareTouches(touch('a', 1), touch('a', 1))).toBe(0);
  });
});
