import { hashCustomerKey, truncateIp } from './privacy.js';

describe(truncateIp.name, () => {
  it.each([
    ['203.0.113.77', '203.0.113.0/24'],
    ['10.1.2.3', '10.1.2.0/24'],
    ['::ffff:198.51.100.9', '198.51.100.0/24'],
    ['2001:db8:abcd:12:1:2:3:4', '2001:db8:abcd::/48'],
    ['2001:0db8:0000:0012::1', '2001:db8:0::/48'],
    ['::1', '0:0:0::/48'],
    ['fe80::1%eth0', 'fe80:0:0::/48'],
  ])('keeps %s as %s', (ip, stored) => {
    expect(truncateIp(ip)).toBe(stored);
  });

  it.each(['', 'localhost', '999.1.1.1', '1.2.3', 'not an ip'])('refuses %j', (value) => {
    expect(truncateIp(value)).toBeUndefined();
  });
});

describe(hashCustomerKey.name, () => {
  const secretA = Buffer.from('a'.repeat(32));
  const secretB = Buffer.from('b'.repeat(32));

  it('is the HMAC-SHA256 of the key under the brand secret', () => {
    // Computed independently: printf 'cookie-123' | openssl dgst -sha256 -hmac aaaa… (32 × 'a')
    expect(hashCustomerKey(secretA, 'cookie-123')).toBe(
      'd2fcb9db742085cf5740ef823b99ac0e2c339bbab8bac312c34404f44041d2da',
    );
  });

  it('differs between brands for the same customer key', () => {
    expect(hashCustomerKey(secretA, 'cookie-123')).not.toBe(hashCustomerKey(secretB, 'cookie-123'));
  });
});
