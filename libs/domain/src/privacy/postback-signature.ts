import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Postback signatures: HMAC-SHA256 under the sending API key's signing secret, hex.
 * - POST: header `X-Partnermix-Signature: t=<unix>,v1=<hex of HMAC("t.body")>`, the body exactly as sent.
 * - GET: `ts=<unix>&sig=<hex of HMAC(query)>`, where the query is every parameter but `sig`, as
 *   sent (still URL-encoded), sorted, joined with `&`.
 * The timestamp may be at most SIGNATURE_TOLERANCE_SECONDS off the server's clock.
 */
export const SIGNATURE_TOLERANCE_SECONDS = 300;
export const SIGNATURE_HEADER = 'x-partnermix-signature';

export interface PresentedSignature {
  /** Unix seconds the sender signed at. */
  timestamp: number;
  /** Hex digests offered (a header may carry several v1= during a secret rotation). */
  digests: string[];
  /** What the digest is computed over. */
  payload: string;
}

export type SignatureVerdict = 'valid' | 'mismatch' | 'stale';

const HEX_DIGEST = /^[0-9a-f]{64}$/i;
const UNIX_SECONDS = /^\d{1,12}$/;

export function hmacHex(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload, 'utf8').digest('hex');
}

/** The signed form of a query string: `sig` left out, the rest as sent, sorted. */
export function canonicalQuery(rawQuery: string): string {
  return rawQuery
    .split('&')
    .filter((part) => part.length > 0 && part.split('=', 1)[0] !== 'sig')
    .sort()
    .join('&');
}

/** The header value a sender of a JSON body puts in X-Partnermix-Signature. */
export function signBody(secret: string, body: string, timestamp: number): string {
  return `t=${timestamp},v1=${hmacHex(secret, `${timestamp}.${body}`)}`;
}

/** The query string a sender of a GET postback fires: its parameters with `ts` and `sig` added. */
export function signQuery(secret: string, rawQuery: string, timestamp: number): string {
  const withTs = [rawQuery, `ts=${timestamp}`].filter((part) => part.length > 0).join('&');
  return `${withTs}&sig=${hmacHex(secret, canonicalQuery(withTs))}`;
}

/**
 * Reads `t=...,v1=...` over the raw body. Undefined when there is no header; an Error naming the
 * problem when it is malformed.
 */
export function bodySignature(header: string | undefined, body: string): PresentedSignature | Error | undefined {
  if (header === undefined) return undefined;
  const parts = header.split(',').map((part) => part.trim().split('='));
  const t = parts.find(([name]) => name === 't')?.[1];
  const digests = parts.filter(([name, value]) => name === 'v1' && value !== undefined).map(([, value]) => value);
  if (t === undefined || !UNIX_SECONDS.test(t) || digests.length === 0 || !digests.every((d) => HEX_DIGEST.test(d))) {
    return new Error('X-Partnermix-Signature must read "t=<unix seconds>,v1=<64 hex digits>"');
  }
  return { timestamp: Number(t), digests, payload: `${t}.${body}` };
}

/** Reads `ts` and `sig` of a raw query string; undefined when there is no `sig`. */
export function querySignature(rawQuery: string): PresentedSignature | Error | undefined {
  const parameters = rawQuery.split('&').map((part) => part.split('='));
  const sig = parameters.filter(([name]) => name === 'sig');
  if (sig.length === 0) return undefined;
  const ts = parameters.filter(([name]) => name === 'ts');
  if (sig.length > 1 || !HEX_DIGEST.test(sig[0][1] ?? '')) return new Error('sig must be one HMAC-SHA256 in hex');
  if (ts.length !== 1 || !UNIX_SECONDS.test(ts[0][1] ?? '')) {
    return new Error('A signed postback needs ts=<unix seconds>, the time it was signed');
  }
  return { timestamp: Number(ts[0][1]), digests: [sig[0][1]], payload: canonicalQuery(rawQuery) };
}

/** Checks the time first (a stale request is refused whatever its digest), then the digest. */
export function verifySignature(secret: string, signature: PresentedSignature, nowSeconds: number): SignatureVerdict {
  if (Math.abs(nowSeconds - signature.timestamp) > SIGNATURE_TOLERANCE_SECONDS) return 'stale';
  const expected = Buffer.from(hmacHex(secret, signature.payload), 'hex');
  const matches = signature.digests.some((digest) => timingSafeEqual(Buffer.from(digest, 'hex'), expected));
  return matches ? 'valid' : 'mismatch';
}
