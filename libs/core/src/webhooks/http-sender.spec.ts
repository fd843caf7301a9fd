import { createServer, type IncomingMessage, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { guardedLookup, MAX_RESPONSE_BYTES, sendOutbound } from './http-sender.js';

describe(sendOutbound.name, () => {
  let server: Server;
  let base: string;
  const seen: { method?: string; url?: string; body: string; headers: IncomingMessage['headers'] }[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        seen.push({ method: request.method, url: request.url, body, headers: request.headers });
        if (request.url === '/big') {
          response.writeHead(200);
          response.end('x'.repeat(MAX_RESPONSE_BYTES * 4));
        } else if (request.url === '/slow') {
          setTimeout(() => response.end('late'), 2000).unref();
        } else if (request.url === '/redirect') {
          response.writeHead(302, { Location: 'http://169.254.169.254/' });
          response.end();
        } else {
          response.writeHead(503);
          response.end('try later');
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const lenient = { strict: false };
  const send = (path: string, overrides: Partial<Parameters<typeof sendOutbound>[0]> = {}) =>
    sendOutbound({
      method: 'POST',
      url: `${base}${path}`,
      headers: {},
      body: '{}',
      timeoutMs: 1000,
      policy: lenient,
      ...overrides,
    });

  it('reports the status and the start of the body, and sends the body with its length', async () => {
    const result = await send('/fail', { headers: { 'X-Test': '1' } });
    expect(result).toMatchObject({ statusCode: 503, excerpt: 'try later', truncated: false, error: null });
    expect(seen.at(-1)).toMatchObject({
      method: 'POST',
      body: '{}',
      headers: { 'x-test': '1', 'content-length': '2' },
    });
  });

  it('cuts a body off at 64 KB and keeps an excerpt', async () => {
    const result = await send('/big');
    expect(result.statusCode).toBe(200);
    expect(result.truncated).toBe(true);
    expect(result.excerpt).toHaveLength(1000);
  });

  it('gives up after the timeout', async () => {
    const result = await send('/slow', { timeoutMs: 200 });
    expect(result).toMatchObject({ statusCode: null, error: 'no complete response within 200 ms', blocked: false });
  });

  it('does not follow redirects', async () => {
    expect((await send('/redirect')).statusCode).toBe(302);
  });

  it('never connects to a private address under the strict policy, by name or literal', async () => {
    const before = seen.length;
    const byName = await sendOutbound({
      method: 'GET',
      url: base.replace('127.0.0.1', 'localhost').replace('http:', 'https:'),
      headers: {},
      timeoutMs: 1000,
      policy: { strict: true },
    });
    // "localhost" is refused by name before DNS; a public-looking name resolving to 127.0.0.1 is
    // refused by the connection's own lookup (the same check, on the address).
    expect(byName).toMatchObject({ statusCode: null, blocked: true });
    const literal = await send('/fail', { url: `${base.replace('http:', 'https:')}/fail`, policy: { strict: true } });
    expect(literal).toMatchObject({ statusCode: null, blocked: true, error: expect.stringContaining('127.0.0.1') });
    expect(seen.length).toBe(before);
  });

  it('checks the address the connection would use, for any name', async () => {
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) =>
      guardedLookup('localhost', {}, (failure) => resolve(failure)),
    );
    expect(error).toMatchObject({
      code: 'EBLOCKED',
      message: expect.stringMatching(/^localhost resolves to (127\.0\.0\.1|::1)/),
    });
  });
});
