import { sortFieldProblems } from './form-errors.js';

describe(sortFieldProblems.name, () => {
  it('puts each problem under its field', () => {
    const sut = sortFieldProblems(
      [
        { field: 'password', message: 'must be at least 10 characters' },
        { field: 'email', message: 'must be an email address' },
      ],
      ['email', 'password'],
    );
    expect(sut).toEqual({
      byField: { password: 'must be at least 10 characters', email: 'must be an email address' },
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
    expect(sut.byField).toEqual({ password: 'is too short. is a common password.', address: 'is required' });
  });

  it('returns problems the form has no field for, and ignores what is not a problem', () => {
    const sut = sortFieldProblems([{ field: 'token', message: 'has expired' }, 'junk', null, { field: 1 }], ['name']);
    expect(sut).toEqual({ byField: {}, other: ['token: has expired'] });
    expect(sortFieldProblems(undefined, ['name'])).toEqual({ byField: {}, other: [] });
  });
});
