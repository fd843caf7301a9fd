import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Where webhooks and postbacks may go. Outside development and test: https only, and never to a
 * private, loopback, link-local or otherwise special address (server-side request forgery: an
 * owner must not make our servers call into our own network). The address check runs on what a
 * host name resolves to, at registration and again on every connection (see http-sender), so a
 * name that later resolves somewhere private is still refused.
 */
export interface OutboundPolicy {
  /** https only, public addresses only. */
  strict: boolean;
}

export class OutboundUrlError extends Error {}

/** Only ordinary public unicast addresses; IPv4 inside IPv6 (mapped) is judged as IPv4. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

/** The host of a URL as an IP literal (IPv6 without brackets), or null for a name. */
function literalAddress(hostname: string): string | null {
  const bare = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
  return isIP(bare) ? bare : null;
}

/** Names that only ever mean this machine or a private network. */
const LOCAL_NAME = /(^|\.)(localhost|local|internal|localdomain|home\.arpa)\.?$/i;

/** Checks a URL's form under the policy (no DNS); the URL, parsed, or an OutboundUrlError saying why. */
export function checkUrlForm(raw: string, policy: OutboundPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new OutboundUrlError('is not an absolute URL (https://...)');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new OutboundUrlError('must be an http(s) URL');
  if (policy.strict && url.protocol !== 'https:') throw new OutboundUrlError('must use https');
  if (url.username || url.password) throw new OutboundUrlError('must not carry a user name or password');
  if (policy.strict) {
    const literal = literalAddress(url.hostname);
    if (literal !== null && !isPublicAddress(literal)) {
      throw new OutboundUrlError(`points to ${literal}, a private or reserved address`);
    }
    if (literal === null && LOCAL_NAME.test(url.hostname)) {
      throw new OutboundUrlError(`points to ${url.hostname}, a local name`);
    }
  }
  return url;
}

/**
 * Resolves a host name and refuses it unless every address is public (strict policy only; a
 * literal address was judged by checkUrlForm).
 */
export async function checkResolvedHost(hostname: string, policy: OutboundPolicy): Promise<void> {
  if (!policy.strict || literalAddress(hostname) !== null) return;
  let addresses: { address: string }[];
  try {
    addresses = await lookup(hostname, { all: true });
  } catch {
    throw new OutboundUrlError(`host ${hostname} does not resolve`);
  }
  const blocked = addresses.find(({ address }) => !isPublicAddress(address));
  if (blocked)
    throw new OutboundUrlError(`host ${hostname} resolves to ${blocked.address}, a private or reserved address`);
}
