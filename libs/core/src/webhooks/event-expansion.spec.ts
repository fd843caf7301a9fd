import {
  derivedEventId,
  type EntryRecord,
  type ExpansionContext,
  expandFact,
  type OutboxRecord,
} from './event-expansion.js';

const A = 'aaaaaaaa-0000-7000-8000-000000000001';
const B = 'bbbbbbbb-0000-7000-8000-000000000002';
const CONVERSION = 'cccccccc-0000-7000-8000-000000000003';
const CLICK_A = 'dddddddd-0000-7000-8000-00000000000a';
const CLICK_B = 'dddddddd-0000-7000-8000-00000000000b';
const CLICK_A0 = 'dddddddd-0000-7000-8000-0000000000a0';
const AT = new Date('2026-11-20T12:00:00Z');

const touch = (
  partnerId: string,
  clickId: string,
  hoursBefore: number,
  credit: string,
  attributedRevenueMinor: number,
) => ({
  partnerId,
  clickId,
  occurredAt: new Date(AT.getTime() - hoursBefore * 3600_000),
  credit,
  attributedRevenueMinor,
});

const entry = (id: string, partnerId: string, amountMinor: number, extra: Partial<EntryRecord> = {}): EntryRecord => ({
  id,
  partnerId,
  conversionId: CONVERSION,
  reversalId: null,
  kind: 'cps',
  amountMinor,
  currency: 'EUR',
  status: 'pending',
  ...extra,
});

const context: ExpansionContext = {
  conversions: new Map([
    [
      CONVERSION,
      {
        id: CONVERSION,
        transactionId: 'ORDER-1',
        amountMinor: 10000,
        currency: 'EUR',
        occurredAt: AT,
        clickId: CLICK_B,
        newCustomer: true,
        status: 'pending',
      },
    ],
  ]),
  entries: [
    entry('e1', A, 621),
    entry('e2', A, 300, { kind: 'new_customer_bonus' }),
    entry('e3', B, 138),
    entry('r1', A, -311, { reversalId: 'rev-1' }),
    entry('r2', B, 0, { reversalId: 'rev-1' }),
  ],
  reversals: new Map([['rev-1', { id: 'rev-1', conversionId: CONVERSION, amountMinor: 5000, reason: 'returned' }]]),
  // A touched twice (its last click counts), then B: credits 6/29 + 9/29 = 15/29 for A, 14/29 for B.
  touches: new Map([
    [
      CONVERSION,
      [touch(A, CLICK_A0, 48, '6/29', 2069), touch(A, CLICK_A, 24, '9/29', 3103), touch(B, CLICK_B, 1, '14/29', 4828)],
    ],
  ]),
  subIds: new Map([
    [CLICK_A0, { sub1: 'old-video' }],
    [CLICK_A, { sub1: 'video-7' }],
    [CLICK_B, { sub1: 'coupon', sub2: 'x' }],
  ]),
};

const row = (type: OutboxRecord['type'], data: unknown): OutboxRecord => ({
  id: 'f0000000-0000-7000-8000-000000000000',
  brandId: 'brand',
  type,
  data,
  createdAt: AT,
});

describe(expandFact.name, () => {
  it('turns a credited conversion into per-partner events that carry only that partner', () => {
    const events = expandFact(row('conversion.credited', { conversionId: CONVERSION, status: 'pending' }), context);
    expect(events.map((event) => [event.type, event.partnerId, event.toBrand])).toEqual([
      ['conversion.created', A, false],
      ['commission.created', A, true],
      ['conversion.created', B, false],
      ['commission.created', B, true],
    ]);
    const commissionA = events[1];
    // 6.21 CPS + 3.00 bonus = 9.21; B's 1.38 is not in it. Revenue 20.69 + 31.03 = 51.72, credit 6/29 + 9/29.
    expect(commissionA.data).toEqual({
      partnerId: A,
      conversion: {
        id: CONVERSION,
        transactionId: 'ORDER-1',
        amount: '100.00',
        currency: 'EUR',
        status: 'pending',
        occurredAt: AT.toISOString(),
      },
      clickId: CLICK_A,
      sub1: 'video-7',
      sub2: null,
      sub3: null,
      sub4: null,
      sub5: null,
      credit: '15/29',
      attributedRevenue: '51.72',
      commission: '9.21',
      currency: 'EUR',
      status: 'pending',
      entries: [
        { id: 'e1', kind: 'cps', amount: '6.21', status: 'pending' },
        { id: 'e2', kind: 'new_customer_bonus', amount: '3.00', status: 'pending' },
      ],
    });
    expect(JSON.stringify(events.filter((event) => event.partnerId === A))).not.toMatch(
      new RegExp(`${B}|${CLICK_B}|e3`),
    );
    expect(events[0].macros).toEqual({
      click_id: CLICK_A,
      sub1: 'video-7',
      sub2: null,
      sub3: null,
      sub4: null,
      sub5: null,
      order_id: 'ORDER-1',
      amount: '100.00',
      commission: '9.21',
      currency: 'EUR',
      status: 'pending',
    });
  });

  it('gives the same event ids when the same fact is expanded again', () => {
    const fact = row('commission.reversed', { reversalId: 'rev-1' });
    expect(expandFact(fact, context).map((event) => event.id)).toEqual(
      expandFact(fact, context).map((event) => event.id),
    );
    expect(derivedEventId('x', 'y')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(derivedEventId('x', 'y')).not.toBe(derivedEventId('x', 'z'));
  });

  it('tells a partner of a clawback only when it loses something', () => {
    const events = expandFact(row('commission.reversed', { reversalId: 'rev-1' }), context);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'commission.reversed',
      partnerId: A,
      toBrand: true,
      data: { commission: '-3.11', status: 'reversed', reversal: { id: 'rev-1', amount: '50.00', reason: 'returned' } },
      macros: { status: 'reversed', commission: '-3.11', click_id: CLICK_A },
    });
  });

  it('sends a status change to the brand with the posted click, and to each credited partner with its own', () => {
    const events = expandFact(
      row('conversion.status_changed', { conversionId: CONVERSION, status: 'approved', previousStatus: 'pending' }),
      context,
    );
    expect(events.map((event) => [event.partnerId, event.toBrand, event.data.clickId])).toEqual([
      [null, true, undefined],
      [A, false, CLICK_A],
      [B, false, CLICK_B],
    ]);
    expect(events[0].data.conversion).toMatchObject({ clickId: CLICK_B, newCustomer: true, status: 'approved' });
  });

  it('groups approved entries per partner and conversion; fees have no conversion', () => {
    const fee = entry('f1', B, 250, { conversionId: null, kind: 'cpc', status: 'approved' });
    const events = expandFact(row('commission.approved', { entryIds: ['e1', 'e2', 'f1'] }), {
      ...context,
      entries: [...context.entries, fee],
    });
    expect(events.map((event) => [event.partnerId, event.data.commission, event.data.conversion === null])).toEqual([
      [A, '9.21', false],
      [B, '2.50', true],
    ]);
  });
});
