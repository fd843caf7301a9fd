import { redactUrl } from './logger.js';

describe(redactUrl.name, () => {
  it('masks keys, signatures and customer keys in query strings', () => {
    expect(redactUrl('/postback/conversion?key=pmx_nw_secret&order_id=1&customer=alice%40x.com&ts=1&sig=abcd')).toBe(
      '/postback/conversion?key=[REDACTED]&order_id=1&customer=[REDACTED]&ts=1&sig=[REDACTED]',
    );
  });

  it('masks the customer key of an erasure', () => {
    expect(redactUrl('/v1/customers/alice%40example.com')).toBe('/v1/customers/[REDACTED]');
    expect(redactUrl('/v1/customers/alice?x=1')).toBe('/v1/customers/[REDACTED]?x=1');
  });

  it("masks an invite's token, in the preview's path and in the web app's links", () => {
    expect(redactUrl('/v1/auth/invites/AbC_d-123')).toBe('/v1/auth/invites/[REDACTED]');
    expect(redactUrl('/app/accept-invite?token=AbC_d-123')).toBe('/app/accept-invite?token=[REDACTED]');
  });

  it('leaves other URLs alone', () => {
    expect(redactUrl('/v1/partners?role=awareness&keyword=x')).toBe('/v1/partners?role=awareness&keyword=x');
  });
});
