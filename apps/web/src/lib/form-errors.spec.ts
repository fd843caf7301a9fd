import { capitalise, formPaths, sortFieldProblems, toFormPath } from './form-errors.js';

describe(sortFieldProblems.name, () => {
  it('puts each problem under its field, starting with a capital letter', () => {
    const sut = sortFieldProblems(
      [
        { field: 'password', message: 'must be at least 10 characters' },
        { field: 'email', message: 'email must be an e-mail address' },
      ],
      ['email', 'password'],
    );
    expect(sut).toEqual({
      byField: { password: 'Must be at least 10 characters', email: 'Email must be an e-mail address' },
      other: [],
    });
  });

  it('joins two problems of one field and maps nested paths to their field', () => {
    const sut = sortFieldProblems(
      [
        { field: 'password', message: 'is too short.' },
        { field: 'password', message: 'is a common password.' },
        { field: 'address.city', message: 'is required' },
      ],
      ['password', 'address'],
    );
    expect(sut.byField).toEqual({ password: 'Is too short. Is a common password.', address: 'Is required' });
  });

  it('returns problems the form has no field for, and ignores what is not a problem', () => {
    const sut = sortFieldProblems([{ field: 'token', message: 'has expired' }, 'junk', null, { field: 1 }], ['name']);
    expect(sut).toEqual({ byField: {}, other: ['token: has expired'] });
    expect(sortFieldProblems(undefined, ['name'])).toEqual({ byField: {}, other: [] });
  });
});

describe('nested paths', () => {
  const fields = formPaths({
    effectiveFrom: '',
    rules: [
      { role: 'awareness', cps: { rateBps: '12', tiers: [] } },
      { role: 'conversion', cps: { rateBps: '5', tiers: [{ fromRevenue: '100.00', rateBps: '7' }] } },
    ],
    caps: { perPartnerPerMonth: '' },
  });

  it('lists every path of a form, arrays and objects included', () => {
    expect(fields).toEqual([
      'effectiveFrom',
      'rules',
      'rules.0',
      'rules.0.role',
      'rules.0.cps',
      'rules.0.cps.rateBps',
      'rules.0.cps.tiers',
      'rules.1',
      'rules.1.role',
      'rules.1.cps',
      'rules.1.cps.rateBps',
      'rules.1.cps.tiers',
      'rules.1.cps.tiers.0',
      'rules.1.cps.tiers.0.fromRevenue',
      'rules.1.cps.tiers.0.rateBps',
      'caps',
      'caps.perPartnerPerMonth',
    ]);
  });

  it('puts an API path with indexes on its input, without the path at the start of the message', () => {
    expect(toFormPath('rules[1].cps.tiers[0].rateBps')).toBe('rules.1.cps.tiers.0.rateBps');
    const sut = sortFieldProblems(
      [
        {
          field: 'rules[1].cps.tiers[0].rateBps',
          message: 'rules[1].cps.tiers[0].rateBps must be between 0 and 10000; got 20000',
        },
        { field: 'rules[0]', message: 'rules[0] must have a payment model (cps, cpa, cpc, cpm, flatFee)' },
        { field: 'caps.perPartnerPerMonth', message: 'caps.perPartnerPerMonth: EUR has 2 decimals' },
      ],
      fields,
    );
    expect(sut).toEqual({
      byField: {
        'rules.1.cps.tiers.0.rateBps': 'Must be between 0 and 10000; got 20000',
        'rules.0': 'Must have a payment model (cps, cpa, cpc, cpm, flatFee)',
        'caps.perPartnerPerMonth': 'Caps.perPartnerPerMonth: EUR has 2 decimals',
      },
      other: [],
    });
  });

  it('takes the deepest field holding a path the form has no input for', () => {
    const sut = sortFieldProblems([{ field: 'rules[0].cps.cap', message: 'rules[0].cps.cap is not a field' }], fields);
    expect(sut.byField).toEqual({ 'rules.0.cps': 'Is not a field' });
    expect(sortFieldProblems([{ field: 'rules[7].cpa', message: 'x' }], fields).byField).toEqual({ rules: 'X' });
  });
});

describe(capitalise.name, () => {
  it('capitalises the first letter only, and leaves an empty message or a non-letter start alone', () => {
    expect(capitalise('website must be an http(s) URL')).toBe('Website must be an http(s) URL');
    expect(capitalise('Already fine')).toBe('Already fine');
    expect(capitalise('')).toBe('');
    expect(capitalise('3 to 63 characters')).toBe('3 to 63 characters');
  });
});
