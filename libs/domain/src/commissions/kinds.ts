/*
 * The one vocabulary of what a commission entry pays for. Its `kind` is stored in
 * commission_entries.kind and shown as `kind` by the API, in snake_case. Plans and reports name
 * the same payment models in camelCase, as their API bodies spell them (`newCustomerBonus`,
 * `flatFee`). A clawback is no kind of its own: it is a negative entry of the kind it takes back,
 * with the refund's reversal id.
 */

/**
 * The entries a conversion earns (commissionEntries): by sale, by action, a new customer's bonus,
 * and `capped`, which pays 0 and records what a monthly cap held back (applyCap).
 */
export const CONVERSION_ENTRY_KINDS = ['cps', 'cpa', 'new_customer_bonus', 'capped'] as const;
export type ConversionEntryKind = (typeof CONVERSION_ENTRY_KINDS)[number];
/** The kinds that carry money on a conversion; `capped` only records what a cap held back. */
export type EarningKind = Exclude<ConversionEntryKind, 'capped'>;

/** The entries paid by time rather than by conversion: per valid click, per 1,000 impressions, flat. */
export const FEE_KINDS = ['cpc', 'cpm', 'flat_fee'] as const;
export type FeeKind = (typeof FEE_KINDS)[number];

/** Every kind of ledger entry, in the order of the ledger's CHECK constraint. */
export const COMMISSION_KINDS = [...CONVERSION_ENTRY_KINDS, ...FEE_KINDS] as const;
export type CommissionKind = (typeof COMMISSION_KINDS)[number];

/** Payment models as plans and reports name them: a plan rule's terms and the new-customer bonus. */
export const PAYMENT_MODELS = ['cps', 'cpa', 'newCustomerBonus', 'cpc', 'cpm', 'flatFee'] as const;
export type PaymentModel = (typeof PAYMENT_MODELS)[number];

const PAYMENT_MODEL_OF_KIND: Record<Exclude<CommissionKind, 'capped'>, PaymentModel> = {
  cps: 'cps',
  cpa: 'cpa',
  new_customer_bonus: 'newCustomerBonus',
  cpc: 'cpc',
  cpm: 'cpm',
  flat_fee: 'flatFee',
};

/** The payment model an entry of this kind is paid under; undefined for `capped` (and unknown kinds). */
export function paymentModelOf(kind: string): PaymentModel | undefined {
  return Object.hasOwn(PAYMENT_MODEL_OF_KIND, kind)
    ? PAYMENT_MODEL_OF_KIND[kind as keyof typeof PAYMENT_MODEL_OF_KIND]
    : undefined;
}
