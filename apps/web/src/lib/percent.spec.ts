import { basisPointsToShare, percentToBasisPoints, shareToPercent } from './percent';

describe('percent', () => {
  it('turns percentages with up to 2 decimals into whole basis points, and refuses more decimals', () => {
    expect(percentToBasisPoints(35.5)).toBe(3550);
    expect(percentToBasisPoints(0.07)).toBe(7);
    expect(percentToBasisPoints(33.33)).toBe(3333);
    expect(percentToBasisPoints(12.345)).toBeNull();
    // 33.33 + 33.33 + 33.34 adds up to exactly 100 % in basis points (in floats it is 99.99999…).
    expect([33.33, 33.33, 33.34].map((p) => percentToBasisPoints(p)!).reduce((a, b) => a + b)).toBe(10_000);
  });

  it('reads shares as percentages and writes basis points as the shares the API takes', () => {
    expect(shareToPercent(0.355)).toBe(35.5);
    expect(shareToPercent(0.0007)).toBe(0.07);
    expect(basisPointsToShare(3550)).toBe(0.355);
    expect(String(basisPointsToShare(7))).toBe('0.0007');
  });
});
