import { statementBalance } from './balance.js';

describe('statementBalance', () => {
  it('pays the total when it reaches the minimum payout', () => {
    // 12.00 carried + 30.00 + 8.50 − 4.00 = 46.50 ≥ 25.00 → all due, nothing carried.
    expect(statementBalance(1200, [3000, 850, -400], 2500)).toEqual({
      openingMinor: 1200,
      earnedMinor: 3450,
      totalMinor: 4650,
      thresholdMinor: 2500,
      amountDueMinor: 4650,
      carriedForwardMinor: 0,
    });
  });

  it('pays a total exactly at the threshold', () => {
    expect(statementBalance(0, [2500], 2500)).toMatchObject({ amountDueMinor: 2500, carriedForwardMinor: 0 });
  });

  it('carries a total below the threshold, and the next month adds to it', () => {
    const october = statementBalance(0, [1500], 2500); // 15.00 < 25.00
    expect(october).toMatchObject({ totalMinor: 1500, amountDueMinor: 0, carriedForwardMinor: 1500 });
    const november = statementBalance(october.carriedForwardMinor, [900], 2500); // 15.00 + 9.00 = 24.00 < 25.00
    expect(november).toMatchObject({ totalMinor: 2400, amountDueMinor: 0, carriedForwardMinor: 2400 });
    const december = statementBalance(november.carriedForwardMinor, [100], 2500); // 25.00: paid
    expect(december).toMatchObject({ totalMinor: 2500, amountDueMinor: 2500, carriedForwardMinor: 0 });
  });

  it('carries a debt when clawbacks exceed the month, whatever the threshold', () => {
    // 5.00 earned − 20.00 clawed back = −15.00: nothing due, −15.00 opens the next statement.
    expect(statementBalance(0, [500, -2000], 0)).toMatchObject({
      totalMinor: -1500,
      amountDueMinor: 0,
      carriedForwardMinor: -1500,
    });
    // The next month's 40.00 pays the debt first: 25.00 due.
    expect(statementBalance(-1500, [4000], 0)).toMatchObject({ totalMinor: 2500, amountDueMinor: 2500 });
  });

  it('pays nothing on a zero total, even with no threshold', () => {
    expect(statementBalance(0, [0, 0], 0)).toMatchObject({ totalMinor: 0, amountDueMinor: 0, carriedForwardMinor: 0 });
  });

  it('refuses amounts that are not integers of minor units', () => {
    expect(() => statementBalance(0, [10.5], 0)).toThrow('lineMinors[0] must be an integer of minor units');
    expect(() => statementBalance(0, [], -1)).toThrow('thresholdMinor must not be negative');
  });
});
