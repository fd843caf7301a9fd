import { formatMoney, sumMoney } from './money.js';

describe(formatMoney.name, () => {
  it('formats a decimal string with the currency symbol and grouping', () => {
    expect(formatMoney('1234.5', 'EUR', 'en-US')).toBe('€1,234.50');
    expect(formatMoney('19.99', 'USD', 'en-US')).toBe('$19.99');
    expect(formatMoney('0', 'USD', 'en-US')).toBe('$0.00');
  });

  it('keeps every digit of amounts a float would round', () => {
    expect(formatMoney('12345678901234567.89', 'USD', 'en-US')).toBe('$12,345,678,901,234,567.89');
    expect(formatMoney('0.30', 'USD', 'en-US')).toBe('$0.30');
  });

  it('shows negative amounts (clawbacks), also below one unit', () => {
    expect(formatMoney('-12.40', 'USD', 'en-US')).toBe('-$12.40');
    expect(formatMoney('-0.50', 'USD', 'en-US')).toBe('-$0.50');
    expect(formatMoney('-0.00', 'USD', 'en-US')).toBe('$0.00');
  });

  it('follows the currency’s decimals and the locale’s separators', () => {
    expect(formatMoney('1500', 'JPY', 'en-US')).toBe('¥1,500');
    expect(formatMoney('1234.5', 'EUR', 'de-DE')).toBe('1.234,50\u00a0€');
    expect(formatMoney('7.125', 'KWD', 'en-US')).toBe('KWD\u00a07.125');
  });

  it('shows what it cannot read as it came', () => {
    expect(formatMoney('abc', 'EUR', 'en-US')).toBe('abc EUR');
    expect(formatMoney('1.00', 'NOPE!', 'en-US')).toBe('1.00 NOPE!');
  });
});

describe('sumMoney', () => {
  it('adds decimal strings exactly, at the finest scale among them', () => {
    expect(sumMoney(['0.10', '0.20'])).toBe('0.30');
    expect(sumMoney(['12.50', '-20.05', '0.005'])).toBe('-7.545');
    expect(sumMoney(['90071992547409.93', '0.07'])).toBe('90071992547410.00');
    expect(sumMoney([])).toBe('0');
    expect(sumMoney(['500', '25'])).toBe('525');
  });
});
