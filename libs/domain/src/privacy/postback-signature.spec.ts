import {
  bodySignature,
  canonicalQuery,
  hmacHex,
  querySignature,
  signBody,
  signQuery,
  verifySignature,
} from './postback-signature.js';

describe('postback signatures', () => {
  const secret = 'pmx_ss_test-secret';
  const now = 1_800_000_000;

  it('signs "t.body" for POST bodies, as the header says', () => {
    const sut = signBody(secret, '{"a":1}', now);
    expect(sut).toBe(`t=${now},v1=${hmacHex(secret, `${now}.{"a":1}`)}`);
    const presented = bodySignature(sut, '{"a":1}');
    expect(presented).toEqual({
      timestamp: now,
      digests: [hmacHex(secret, `${now}.{"a":1}`)],
      payload: `${now}.{"a":1}`,
    });
    expect(verifySignature(secret, presented as never, now)).toBe('valid');
  });

  it('tells a changed body, a wrong secret and a stale time apart', () => {
    const header = signBody(secret, '{"a":1}', now);
    expect(verifySignature(secret, bodySignature(header, '{"a":2}') as never, now)).toBe('mismatch');
    expect(verifySignature('other', bodySignature(header, '{"a":1}') as never, now)).toBe('mismatch');
    // 300 s off is still fine; 301 s is not, whichever way, and even with the right digest.
    expect(verifySignature(secret, bodySignature(header, '{"a":1}') as never, now + 300)).toBe('valid');
    expect(verifySignature(secret, bodySignature(header, '{"a":1}') as never, now + 301)).toBe('stale');
    expect(verifySignature(secret, bodySignature(header, '{"a":1}') as never, now - 301)).toBe('stale');
  });

  it('accepts any of several v1 digests (a secret being rotated)', () => {
    const right = hmacHex(secret, `${now}.x`);
    const header = `t=${now},v1=${'0'.repeat(64)},v1=${right}`;
    expect(verifySignature(secret, bodySignature(header, 'x') as never, now)).toBe('valid');
  });

  it('refuses malformed headers with an explanation', () => {
    for (const header of ['', 't=abc,v1=00', `t=${now}`, `v1=${'0'.repeat(64)}`, `t=${now},v1=xyz`]) {
      expect(bodySignature(header, 'x')).toBeInstanceOf(Error);
    }
    expect(bodySignature(undefined, 'x')).toBeUndefined();
  });

  it('signs GET parameters sorted, as sent, without sig', () => {
    expect(canonicalQuery('b=2&a=1&sig=ff&c=x%20y')).toBe('a=1&b=2&c=x%20y');
    const query = signQuery(secret, 'order_id=A-1&amount=10.00&key=k', now);
    expect(query).toMatch(new RegExp(`^order_id=A-1&amount=10.00&key=k&ts=${now}&sig=[0-9a-f]{64}$`));
    // The same parameters in another order verify too.
    const [, sig] = /sig=([0-9a-f]+)/.exec(query)!;
    const reordered = `ts=${now}&key=k&sig=${sig}&amount=10.00&order_id=A-1`;
    expect(verifySignature(secret, querySignature(reordered) as never, now)).toBe('valid');
    expect(verifySignature(secret, querySignature(reordered.replace('10.00', '99.00')) as never, now)).toBe('mismatch');
  });

  it('needs ts with sig, once each', () => {
    expect(querySignature('a=1')).toBeUndefined();
    expect(querySignature(`a=1&sig=${'0'.repeat(64)}`)).toBeInstanceOf(Error);
    expect(querySignature(`ts=${now}&sig=${'0'.repeat(64)}&sig=${'1'.repeat(64)}`)).toBeInstanceOf(Error);
    expect(querySignature(`ts=2026-11-22T10:00:00Z&sig=${'0'.repeat(64)}`)).toBeInstanceOf(Error);
  });
});
