import { resolveAttributionSettings, type AttributionSettings } from './settings.js';

describe(resolveAttributionSettings.name, () => {
  it('fills in the defaults: position-based base, 7-day half-life, 40/40 shares, default role weights', () => {
    const sut = resolveAttributionSettings({ model: 'linear' });
    expect(sut.model).toBe('linear');
    expect(sut.base).toBe('position_based');
    expect(sut.halfLifeDays).toBe(7);
    expect(sut.firstShare.toString()).toBe('2/5');
    expect(sut.lastShare.toString()).toBe('2/5');
    // 1.5, 1.2, 0.8, 1.0 as fractions.
    expect(Object.fromEntries(Object.entries(sut.roleWeights).map(([role, weight]) => [role, `${weight}`]))).toEqual({
      awareness: '3/2',
      consideration: '6/5',
      conversion: '4/5',
      retention: '1',
    });
  });

  it('reads numbers and decimal strings alike', () => {
    const sut = resolveAttributionSettings({
      model: 'role_weighted',
      base: 'time_decay',
      halfLifeDays: '3.5',
      firstShare: 0.3,
      lastShare: '0.3',
      roleWeights: { awareness: 2, consideration: '1.25', conversion: 0, retention: '0.5' },
    });
    expect(sut.base).toBe('time_decay');
    expect(sut.halfLifeDays).toBe(3.5);
    expect(sut.firstShare.equals(sut.lastShare)).toBe(true);
    expect(sut.firstShare.toString()).toBe('3/10');
    expect(`${sut.roleWeights.consideration}`).toBe('5/4');
    expect(`${sut.roleWeights.conversion}`).toBe('0');
  });

  it('accepts shares that use up the whole credit', () => {
    expect(() =>
      resolveAttributionSettings({ model: 'position_based', firstShare: 0.7, lastShare: 0.3 }),
    ).not.toThrow();
    expect(() => resolveAttributionSettings({ model: 'position_based', firstShare: 1, lastShare: 0 })).not.toThrow();
    expect(() => resolveAttributionSettings({ model: 'position_based', firstShare: 0, lastShare: 0 })).not.toThrow();
  });

  const weights = { awareness: 1.5, consideration: 1.2, conversion: 0.8, retention: 1 };
  it.each<[string, Record<string, unknown>, RegExp]>([
    ['an unknown model', { model: 'markov' }, /^model must be one of/],
    ['no model', {}, /^model must be one of/],
    ['role weighting as its own base', { model: 'role_weighted', base: 'role_weighted' }, /^base must be one of/],
    ['an unknown base', { model: 'role_weighted', base: 'shapley' }, /^base must be one of/],
    ['a zero half-life', { model: 'time_decay', halfLifeDays: 0 }, /^halfLifeDays must be greater than 0/],
    ['a negative half-life', { model: 'time_decay', halfLifeDays: -7 }, /^halfLifeDays must be greater than 0/],
    ['a half-life that is 0 as a double', { model: 'time_decay', halfLifeDays: '1e-400' }, /^halfLifeDays/],
    ['a half-life that is not a number', { model: 'time_decay', halfLifeDays: 'week' }, /^halfLifeDays must be a/],
    ['a first share above 1', { model: 'position_based', firstShare: 1.2 }, /^firstShare must be between 0 and 1/],
    ['a negative first share', { model: 'position_based', firstShare: '-0.1' }, /^firstShare must be between/],
    ['a first share that is NaN', { model: 'position_based', firstShare: NaN }, /^firstShare must be a number/],
    ['a last share above 1', { model: 'position_based', lastShare: 2 }, /^lastShare must be between 0 and 1/],
    ['a last share of the wrong type', { model: 'position_based', lastShare: true }, /^lastShare must be a number/],
    [
      'shares summing past 1',
      { model: 'position_based', firstShare: 0.6, lastShare: 0.5 },
      /^lastShare must be at most 1 - firstShare/,
    ],
    [
      'a negative role weight',
      { model: 'role_weighted', roleWeights: { ...weights, conversion: -0.5 } },
      /^roleWeights\.conversion must be 0 or more/,
    ],
    [
      'a missing role weight',
      { model: 'role_weighted', roleWeights: { awareness: 1, consideration: 1, conversion: 1 } },
      /^roleWeights\.retention must be a number/,
    ],
    ['role weights that are not an object', { model: 'role_weighted', roleWeights: 'equal' }, /^roleWeights must be/],
    [
      'role weights all 0',
      { model: 'role_weighted', roleWeights: { awareness: 0, consideration: 0, conversion: 0, retention: 0 } },
      /^roleWeights must not all be 0/,
    ],
  ])('refuses %s, naming the setting', (_, settings, message) => {
    expect(() => resolveAttributionSettings(settings as unknown as AttributionSettings)).toThrow(RangeError);
    expect(() => resolveAttributionSettings(settings as unknown as AttributionSettings)).toThrow(message);
  });

  it('checks settings the chosen model does not use, so a bad plan is refused when saved', () => {
    expect(() => resolveAttributionSettings({ model: 'last_click', firstShare: 1.5 })).toThrow(/^firstShare/);
  });
});
