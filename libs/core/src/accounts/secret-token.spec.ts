import { hashSecretToken, isSecretTokenShaped, newSecretToken } from './secret-token.js';

describe(newSecretToken.name, () => {
  it('makes 32 random bytes in base64url, stored as their SHA-256', () => {
    const sut = newSecretToken();
    expect(sut).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(sut, 'base64url')).toHaveLength(32);
    expect(newSecretToken()).not.toBe(sut);
    expect(hashSecretToken(sut)).toMatch(/^[0-9a-f]{64}$/);
    expect(isSecretTokenShaped(sut)).toBe(true);
    expect(isSecretTokenShaped(`${sut}x`)).toBe(false);
    expect(isSecretTokenShaped('../../etc')).toBe(false);
  });
});
