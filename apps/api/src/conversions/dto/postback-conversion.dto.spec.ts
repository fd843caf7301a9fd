import { AppError } from '#core/platform/index.js';
import { validateAs } from '../../http/validation.js';
import { CLICK_ID, ORDER_ID, PostbackConversionQuery, PostbackReversalQuery } from './postback-conversion.dto.js';

const CLICK = '01930000-0000-7000-8000-0000000000bb';

async function problems(dto: new () => object, query: Record<string, unknown>): Promise<unknown> {
  try {
    await validateAs(dto, query);
  } catch (error) {
    return (error as AppError).details;
  }
  return 'valid';
}

describe(PostbackConversionQuery.name, () => {
  it('takes the names networks fire: order_id or txid, click_id or transaction_id or tid', async () => {
    for (const [orderName, clickName] of [
      ['order_id', 'click_id'],
      ['txid', 'transaction_id'],
      ['txid', 'tid'],
    ]) {
      const query = await validateAs(PostbackConversionQuery, {
        [orderName]: 'ORD-1',
        [clickName]: CLICK,
        amount: '10.00',
        currency: 'EUR',
      });
      expect([ORDER_ID.value(query), CLICK_ID.value(query)]).toEqual(['ORD-1', CLICK]);
    }
    // A blank click id (a macro the network had nothing for) is none.
    const blank = await validateAs(PostbackConversionQuery, {
      order_id: 'ORD-1',
      tid: '',
      amount: '1',
      currency: 'EUR',
    });
    expect(CLICK_ID.value(blank)).toBeUndefined();
  });

  it('names every problem at once: missing order id, amount and currency', async () => {
    expect(await problems(PostbackConversionQuery, {})).toEqual([
      { field: 'order_id', message: "order_id (or txid) is required: the brand's order id" },
      { field: 'amount', message: 'amount is required, e.g. amount=19.99' },
      { field: 'currency', message: 'currency is required, e.g. currency=EUR' },
    ]);
  });

  it('refuses click ids that are no UUID and aliases that disagree', async () => {
    const base = { order_id: 'ORD-1', amount: '1.00', currency: 'EUR' };
    expect(await problems(PostbackConversionQuery, { ...base, transaction_id: "1'OR'1'='1" })).toEqual([
      { field: 'transaction_id', message: 'transaction_id must be a click id Partnermix issued (UUID)' },
    ]);
    expect(
      await problems(PostbackConversionQuery, {
        ...base,
        click_id: CLICK,
        tid: '01930000-0000-7000-8000-000000000002',
      }),
    ).toEqual([{ field: 'click_id', message: 'click_id and tid differ; send one of them' }]);
    expect(await problems(PostbackConversionQuery, { ...base, txid: 'ORD-2' })).toEqual([
      { field: 'order_id', message: 'order_id and txid differ; send one of them' },
    ]);
    expect(await problems(PostbackConversionQuery, { ...base, amount: ['1.00', '2.00'] })).toEqual([
      { field: 'amount', message: 'amount must be sent once, at most 32 characters, e.g. amount=19.99' },
    ]);
    expect(await problems(PostbackConversionQuery, { ...base, payout: '3' })).toEqual([
      { field: 'payout', message: 'payout is not a field of this request; remove it' },
    ]);
  });
});

describe(PostbackReversalQuery.name, () => {
  it('takes the order id under either name, and needs one', async () => {
    expect(ORDER_ID.value(await validateAs(PostbackReversalQuery, { txid: 'ORD-1' }))).toBe('ORD-1');
    expect(await problems(PostbackReversalQuery, { amount: '1.00' })).toEqual([
      { field: 'order_id', message: "order_id (or txid) is required: the brand's order id" },
    ]);
    expect(await problems(PostbackReversalQuery, { order_id: 'x'.repeat(129) })).toEqual([
      {
        field: 'order_id',
        message: "order_id must be the brand's order id: 1 to 128 characters, no control characters",
      },
    ]);
  });
});
