import { entryReason, type EntryFacts } from './reasons.js';

const paid: EntryFacts = {
  kind: 'cps',
  currency: 'EUR',
  amountMinor: 621,
  cappedMinor: 0,
  reversalId: null,
  rejected: false,
};

describe('entryReason', () => {
  it('says nothing of an entry paid as earned', () => {
    expect(entryReason(paid)).toBeNull();
  });

  it('names the cap and what it held back', () => {
    expect(entryReason({ ...paid, kind: 'capped', amountMinor: 0, cappedMinor: 300 })).toEqual({
      code: 'monthly_cap',
      message: 'The monthly cap of the commission plan was reached: 3.00 EUR of this commission was not paid.',
    });
  });

  it('explains a clawback with the refund, the reason given and what is taken back', () => {
    expect(
      entryReason({
        ...paid,
        amountMinor: -155,
        reversalId: 'r1',
        orderMinor: 10000,
        refundMinor: 2500,
        refundReason: 'one item returned',
      }),
    ).toEqual({
      code: 'refund',
      message:
        'The order was refunded (25.00 EUR of 100.00 EUR): one item returned; 1.55 EUR of the commission is taken back.',
    });
  });

  it('tells rejections apart, with the manager note when there is one', () => {
    const rejected = { ...paid, rejected: true };
    expect(
      entryReason({ ...rejected, conversionStatusReason: 'manual_rejection', conversionStatusNote: 'test order' }),
    ).toEqual({ code: 'manual_rejection', message: "The brand's manager rejected the order: test order." });
    expect(entryReason({ ...rejected, conversionStatusReason: 'advertiser_rejected' })?.code).toBe(
      'advertiser_rejected',
    );
    // Without a recorded reason, a rejection is the brand's system's.
    expect(entryReason({ ...rejected, conversionStatusReason: null })?.code).toBe('advertiser_rejected');
  });

  it('uses the currency’s own decimals: none for JPY, three for KWD', () => {
    expect(
      entryReason({ ...paid, currency: 'JPY', kind: 'capped', amountMinor: 0, cappedMinor: 1200 })?.message,
    ).toContain('1200 JPY');
    expect(
      entryReason({ ...paid, currency: 'KWD', kind: 'capped', amountMinor: 0, cappedMinor: 1250 })?.message,
    ).toContain('1.250 KWD');
  });
});
