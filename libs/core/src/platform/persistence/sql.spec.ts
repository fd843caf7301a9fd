import { sqlList } from './sql.js';

describe(sqlList.name, () => {
  it('quotes each constant and joins them as PostgreSQL writes a CHECK constraint back', () => {
    expect(sqlList(['cps', 'new_customer_bonus', 'flat_fee'])).toBe("'cps', 'new_customer_bonus', 'flat_fee'");
  });

  it('refuses anything but plain words, and an empty list', () => {
    expect(() => sqlList(["it's"])).toThrow(RangeError);
    expect(() => sqlList(['a b'])).toThrow(RangeError);
    expect(() => sqlList([])).toThrow(RangeError);
  });
});
