import { COMMISSION_KINDS, CONVERSION_ENTRY_KINDS, FEE_KINDS, PAYMENT_MODELS, paymentModelOf } from './kinds.js';

describe('commission kinds', () => {
  it('are a conversion’s kinds and the fee kinds, each once, in the order of the ledger’s CHECK', () => {
    expect(COMMISSION_KINDS).toEqual(['cps', 'cpa', 'new_customer_bonus', 'capped', 'cpc', 'cpm', 'flat_fee']);
    expect(new Set(COMMISSION_KINDS).size).toBe(CONVERSION_ENTRY_KINDS.length + FEE_KINDS.length);
  });

  it('name each paying kind’s payment model as plans and reports spell it, one kind per model', () => {
    const paying = COMMISSION_KINDS.filter((kind) => kind !== 'capped');
    expect(paying.map(paymentModelOf)).toEqual(['cps', 'cpa', 'newCustomerBonus', 'cpc', 'cpm', 'flatFee']);
    expect([...paying.map(paymentModelOf)].sort()).toEqual([...PAYMENT_MODELS].sort());
  });

  it('give no payment model for capped entries (they pay 0) or for what is no kind', () => {
    expect(paymentModelOf('capped')).toBeUndefined();
    expect(paymentModelOf('clawback')).toBeUndefined();
    expect(paymentModelOf('toString')).toBeUndefined();
  });
});
