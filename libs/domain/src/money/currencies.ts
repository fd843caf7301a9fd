/**
 * ISO 4217 active currency codes and their minor-unit exponents (digits after the decimal point).
 * Funds codes are included because banks settle in them; precious metals and testing codes
 * (XAU, XTS, XXX, ...) have no minor unit and are left out on purpose.
 */
const EXPONENT_0 = 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF';
const EXPONENT_3 = 'BHD IQD JOD KWD LYD OMR TND';
const EXPONENT_4 = 'CLF UYW';
const EXPONENT_2 =
  'AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD ' +
  'CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL ' +
  'GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR ' +
  'LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD ' +
  'PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC ' +
  'SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG';

function table(): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  const add = (codes: string, exponent: number): void => {
    for (const code of codes.split(' ')) if (/^[A-Z]{3}$/.test(code)) map.set(code, exponent);
  };
  add(EXPONENT_2, 2);
  add(EXPONENT_0, 0);
  add(EXPONENT_3, 3);
  add(EXPONENT_4, 4);
  return map;
}

const EXPONENTS = table();

/** Every currency code Partnermix accepts, sorted. */
export const CURRENCY_CODES: readonly string[] = [...EXPONENTS.keys()].sort();

export function isCurrencyCode(value: unknown): value is string {
  return typeof value === 'string' && EXPONENTS.has(value);
}

/** Digits after the decimal point for an ISO 4217 code (JPY 0, USD 2, KWD 3). */
export function currencyExponent(currency: string): number {
  const exponent = EXPONENTS.get(currency);
  if (exponent === undefined) throw new RangeError(`Unknown ISO 4217 currency code "${currency}"`);
  return exponent;
}
