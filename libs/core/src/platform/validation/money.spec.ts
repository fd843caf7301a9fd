import { MoneyParseError } from '#domain';
import { AppError } from '../app-error.js';
import { moneyProblem, parseMoneyField } from './money.js';

describe(parseMoneyField.name, () => {
  const refusal = (amount: string, currency: string): unknown => {
    try {
      parseMoneyField(amount, currency, 'rules[0].cpa.amount');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      return [(error as AppError).code, (error as AppError).details];
    }
    return 'accepted';
  };

  it('reads decimal strings in the decimals of the currency', () => {
    expect(parseMoneyField('19.99', 'EUR', 'amount')).toBe(1999);
    expect(parseMoneyField('1500', 'JPY', 'amount')).toBe(1500);
    expect(parseMoneyField('12.345', 'KWD', 'amount')).toBe(12345);
    expect(parseMoneyField('-5', 'EUR', 'amount')).toBe(-500);
  });

  it('names the field, with the reason, for anything else', () => {
    expect(refusal('10.001', 'EUR')).toEqual([
      'validation_failed',
      [{ field: 'rules[0].cpa.amount', message: 'rules[0].cpa.amount: EUR has 2 decimals; "10.001" has 3' }],
    ]);
    for (const amount of ['NaN', 'Infinity', '1e3', '', ' 1']) {
      expect(refusal(amount, 'EUR')).toEqual([
        'validation_failed',
        [expect.objectContaining({ field: 'rules[0].cpa.amount', message: expect.stringMatching(/not a decimal/) })],
      ]);
    }
  });

  it("names the currency's field when the currency is what is unknown", () => {
    expect(refusal('1.00', 'XYZ')).toEqual([
      'validation_failed',
      [{ field: 'currency', message: 'currency: "XYZ" is not an ISO 4217 currency code' }],
    ]);
    expect(moneyProblem(new MoneyParseError('unknown_currency', 'no such currency'), 'amount', 'cur')).toEqual({
      field: 'cur',
      message: 'cur: no such currency',
    });
  });
});
