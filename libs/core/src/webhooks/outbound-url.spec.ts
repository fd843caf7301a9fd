import { checkResolvedHost, checkUrlForm, isPublicAddress, OutboundUrlError } from './outbound-url.js';

describe('outbound URLs', () => {
  const strict = { strict: true };
  const lenient = { strict: false };

  it('takes only ordinary public unicast addresses', () => {
    for (const address of ['8.8.8.8', '203.0.114.7', '2606:4700:4700::1111']) {
      expect([address, isPublicAddress(address)]).toEqual([address, true]);
    }
    const blocked = [
      '127.0.0.1', // loopback
      '10.1.2.3', // private
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254', // link-local: cloud metadata
      '100.64.0.1', // carrier-grade NAT
      '0.0.0.0',
      '255.255.255.255',
      '224.0.0.1', // multicast
      '::1',
      '::',
      'fe80::1',
      'fc00::1', // unique local
      '::ffff:127.0.0.1', // IPv4-mapped loopback
      '::ffff:10.0.0.1',
      '64:ff9b::a00:1', // NAT64 of 10.0.0.1
      'not-an-ip',
    ];
    for (const address of blocked) expect([address, isPublicAddress(address)]).toEqual([address, false]);
  });

  it('refuses http, credentials and private or local hosts under the strict policy', () => {
    const refused = [
      'http://hooks.example.com/x',
      'https://user:pw@hooks.example.com/x',
      'https://127.0.0.1/x',
      'https://[::1]:8443/x',
      'https://169.254.169.254/latest/meta-data',
      'https://localhost:3000/x',
      'https://db.internal/x',
      'ftp://hooks.example.com/x',
      'hooks.example.com/x',
    ];
    for (const url of refused) expect(() => checkUrlForm(url, strict)).toThrow(OutboundUrlError);
    expect(checkUrlForm('https://hooks.example.com/x?a=1', strict).hostname).toBe('hooks.example.com');
    expect(checkUrlForm('https://8.8.8.8/x', strict).hostname).toBe('8.8.8.8');
  });

  it('lets development and test use http and this machine', () => {
    expect(checkUrlForm('http://127.0.0.1:4000/hook', lenient).port).toBe('4000');
    expect(checkUrlForm('http://localhost/hook', lenient).hostname).toBe('localhost');
    expect(() => checkUrlForm('file:///etc/passwd', lenient)).toThrow('must be an http(s) URL');
  });

  it('refuses a name that resolves to a private address under the strict policy only', async () => {
    await expect(checkResolvedHost('localhost', strict)).rejects.toThrow(/resolves to .*private or reserved/);
    await expect(checkResolvedHost('localhost', lenient)).resolves.toBeUndefined();
  });
});
