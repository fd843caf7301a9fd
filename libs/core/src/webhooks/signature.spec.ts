import { createHmac } from 'node:crypto';
import { newSigningSecret, signatureHeader, verifySignature } from './signature.js';

describe('webhook signatures', () => {
  const body = '{"id":"e1","type":"conversion.created"}';
  const now = Date.UTC(2026, 10, 22, 12, 0, 0);
  const t = now / 1000;

  it('signs "t.body" with HMAC-SHA256 in hex, as API.md says', () => {
    const expected = createHmac('sha256', 'whsec_a').update(`${t}.${body}`).digest('hex');
    expect(signatureHeader(body, ['whsec_a'], t)).toBe(`t=${t},v1=${expected}`);
  });

  it('gives one v1 per valid secret, so either of a rotated pair verifies', () => {
    const header = signatureHeader(body, ['whsec_new', 'whsec_old'], t);
    expect(header.split(',')).toHaveLength(3);
    expect(verifySignature(header, body, 'whsec_new', { now })).toBe(true);
    expect(verifySignature(header, body, 'whsec_old', { now })).toBe(true);
    expect(verifySignature(header, body, 'whsec_other', { now })).toBe(false);
  });

  it('refuses another body, an old timestamp and a malformed header', () => {
    const header = signatureHeader(body, ['whsec_a'], t);
    expect(verifySignature(header, `${body} `, 'whsec_a', { now })).toBe(false);
    expect(verifySignature(header, body, 'whsec_a', { now: now + 301_000 })).toBe(false);
    expect(verifySignature('v1=abc', body, 'whsec_a', { now })).toBe(false);
  });

  it('makes distinct secrets with a recognisable prefix', () => {
    const sut = newSigningSecret();
    expect(sut).toMatch(/^whsec_[A-Za-z0-9_-]{32}$/);
    expect(newSigningSecret()).not.toBe(sut);
  });
});
