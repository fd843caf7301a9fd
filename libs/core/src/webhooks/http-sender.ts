import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { checkUrlForm, isPublicAddress, type OutboundPolicy, OutboundUrlError } from './outbound-url.js';

/** A response body is read up to this many bytes; the rest is cut off (the connection is dropped). */
export const MAX_RESPONSE_BYTES = 64 * 1024;
/** How much of the body the delivery log keeps. */
export const EXCERPT_CHARS = 1000;

export interface OutboundRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  policy: OutboundPolicy;
}

export interface OutboundResult {
  /** Null when no response came; `error` then says why. */
  statusCode: number | null;
  latencyMs: number;
  excerpt: string | null;
  /** The body was longer than MAX_RESPONSE_BYTES and was cut off there. */
  truncated: boolean;
  error: string | null;
  /** The request was refused before any connection (the policy): retrying cannot help. */
  blocked: boolean;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A DNS lookup that refuses private and reserved addresses: passed to the connection itself, so
 * the address that is checked is the one connected to (no re-resolution in between).
 */
export function guardedLookup(hostname: string, options: { all?: boolean }, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const blocked = addresses.find(({ address }) => !isPublicAddress(address));
    if (blocked || addresses.length === 0) {
      const refusal: NodeJS.ErrnoException = new Error(
        `${hostname} resolves to ${blocked?.address ?? 'nothing'}, a private or reserved address`,
      );
      refusal.code = 'EBLOCKED';
      return callback(refusal, []);
    }
    if (options.all) return callback(null, addresses);
    return callback(null, addresses[0].address, addresses[0].family);
  });
}

/**
 * One HTTP request to an owner's URL, never throwing: the status, the latency, the start of the
 * body, or why it failed. Redirects are not followed (a redirect could lead anywhere); the whole
 * exchange must finish within `timeoutMs`.
 */
export function sendOutbound(request: OutboundRequest): Promise<OutboundResult> {
  const started = performance.now();
  const elapsed = (): number => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: Omit<OutboundResult, 'latencyMs'>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...result, latencyMs: elapsed() });
    };
    const fail = (error: string, blocked = false): void =>
      finish({ statusCode: null, excerpt: null, truncated: false, error, blocked });

    let url: URL;
    try {
      // Literal addresses never reach the lookup below: the form check judges them.
      url = checkUrlForm(request.url, request.policy);
    } catch (error) {
      const reason = error instanceof OutboundUrlError ? error.message : String(error);
      resolve({
        statusCode: null,
        excerpt: null,
        truncated: false,
        error: `URL ${reason}`,
        blocked: true,
        latencyMs: 0,
      });
      return;
    }
    const client = url.protocol === 'https:' ? https : http;
    const outgoing = client.request(url, {
      method: request.method,
      // A connection per attempt: nothing lingers in a pool (receivers are many and far between).
      agent: false,
      headers: {
        ...request.headers,
        ...(request.body !== undefined && { 'Content-Length': String(Buffer.byteLength(request.body)) }),
      },
      ...(request.policy.strict && { lookup: guardedLookup as never }),
    });
    const timer = setTimeout(() => {
      fail(`no complete response within ${request.timeoutMs} ms`);
      outgoing.destroy();
    }, request.timeoutMs);

    outgoing.on('error', (error: NodeJS.ErrnoException) =>
      fail(
        error.code === 'EBLOCKED' ? error.message : `${error.code ?? 'error'}: ${error.message}`,
        error.code === 'EBLOCKED',
      ),
    );
    outgoing.on('response', (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const done = (truncated: boolean): void => {
        const text = Buffer.concat(chunks).toString('utf8');
        finish({
          statusCode: response.statusCode ?? null,
          excerpt: text.length > 0 ? text.slice(0, EXCERPT_CHARS) : null,
          truncated,
          error: null,
          blocked: false,
        });
      };
      response.on('data', (chunk: Buffer) => {
        if (settled) return;
        const room = MAX_RESPONSE_BYTES - size;
        chunks.push(chunk.length > room ? chunk.subarray(0, room) : chunk);
        size += Math.min(chunk.length, room);
        if (size >= MAX_RESPONSE_BYTES) {
          done(true);
          response.destroy();
        }
      });
      response.on('end', () => done(false));
      response.on('error', (error) => fail(`response broke off: ${error.message}`));
    });
    outgoing.end(request.body);
  });
}
