import { AppError } from '#core/platform/index.js';
import { ParameterAliases } from './parameter-aliases.js';
import { validateAs } from './validation.js';

const ORDER = new ParameterAliases(
  ['order_id', 'txid'],
  {
    accepts: (value) => typeof value === 'string' && /^[A-Z0-9-]{1,8}$/.test(value),
    describe: (name) => `${name} must be an order id`,
  },
  'order_id (or txid) is required',
);
const CLICK = new ParameterAliases(['click_id', 'transaction_id', 'tid'], {
  accepts: (value) => value === '' || value === 'c1' || value === 'c2',
  describe: (name) => `${name} must be a click id`,
});

class Query {
  @ORDER.check() order_id?: string;
  @ORDER.check() txid?: string;
  @CLICK.check() click_id?: string;
  @CLICK.check() transaction_id?: string;
  @CLICK.check() tid?: string;
}

async function problems(query: Record<string, unknown>): Promise<unknown> {
  try {
    await validateAs(Query, query);
  } catch (error) {
    return (error as AppError).details;
  }
  return 'valid';
}

describe(ParameterAliases.name, () => {
  it('takes the value under any of its names, the first not blank', async () => {
    const query = await validateAs(Query, { txid: 'A-1', tid: 'c2', click_id: '' });
    expect([ORDER.value(query), CLICK.value(query)]).toEqual(['A-1', 'c2']);
    expect(CLICK.value(await validateAs(Query, { order_id: 'A-1' }))).toBeUndefined();
    expect(await problems({ order_id: 'A-1', txid: 'A-1', click_id: 'c1', tid: 'c1' })).toBe('valid');
  });

  it('checks every name sent against the format', async () => {
    expect(await problems({ order_id: 'A-1', txid: 'lower', transaction_id: 'x' })).toEqual([
      { field: 'txid', message: 'txid must be an order id' },
      { field: 'transaction_id', message: 'transaction_id must be a click id' },
    ]);
    // A parameter sent twice arrives as an array.
    expect(await problems({ order_id: ['A-1', 'A-2'] })).toEqual([
      { field: 'order_id', message: 'order_id must be an order id' },
    ]);
  });

  it('refuses names that disagree, once, at the first name sent', async () => {
    expect(await problems({ order_id: 'A-1', txid: 'A-2' })).toEqual([
      { field: 'order_id', message: 'order_id and txid differ; send one of them' },
    ]);
    expect(await problems({ order_id: 'A-1', transaction_id: 'c1', tid: 'c2', click_id: '' })).toEqual([
      { field: 'transaction_id', message: 'transaction_id and tid differ; send one of them' },
    ]);
    expect(await problems({ order_id: 'A-1', click_id: 'c1', transaction_id: 'c2', tid: 'c2' })).toEqual([
      { field: 'click_id', message: 'click_id, transaction_id and tid differ; send one of them' },
    ]);
  });

  it('refuses a required group sent under none of its names, at its first name', async () => {
    expect(await problems({ click_id: 'c1' })).toEqual([
      { field: 'order_id', message: 'order_id (or txid) is required' },
    ]);
    expect(await problems({})).toEqual([{ field: 'order_id', message: 'order_id (or txid) is required' }]);
  });
});
