import { formatMoney } from '../lib/money';

/** An amount from the API (decimal string + ISO 4217 currency), formatted exactly. */
export function Money({ amount, currency }: { amount: string; currency: string }) {
  return <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatMoney(amount, currency)}</span>;
}
