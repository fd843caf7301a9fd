import { capitalise, sortFieldProblems } from './form-errors.js';

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

describe(capitalise.name, () => {
  it('capitalises the first letter only, and leaves an empty message or a non-letter start alone', () => {
    expect(capitalise('website must be an http(s) URL')).toBe('Website must be an http(s) URL');
    expect(capitalise('Already fine')).toBe('Already fine');
    expect(capitalise('')).toBe('');
    expect(capitalise('3 to 63 characters')).toBe('3 to 63 characters');
  });
});
