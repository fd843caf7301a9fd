import { createHmac } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';

/**
 * IP addresses are never stored whole: IPv4 keeps its /24 network, IPv6 its /48, which is enough
 * to spot click flooding from one network and too little to single out a household.
 * Returns undefined for anything that is not an IP address.
 */
export function truncateIp(ip: string): string | undefined {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  const address = mapped ? mapped[1] : ip;
  if (isIPv4(address)) {
    const [a, b, c] = address.split('.');
    return `${a}.${b}.${c}.0/24`;
  }
  if (isIPv6(address)) {
    const groups = expandIpv6(address);
    return `${groups.slice(0, 3).join(':')}::/48`;
  }
  return undefined;
}

/** The eight 16-bit groups of an IPv6 address, lower-case without leading zeros. */
function expandIpv6(address: string): string[] {
  const withoutZone = address.split('%')[0];
  const [head, tail] = withoutZone.includes('::') ? withoutZone.split('::') : [withoutZone, undefined];
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  // An embedded IPv4 tail (::ffff:1.2.3.4 handled above; 64:ff9b::1.2.3.4 here) counts as two groups.
  const last = tailGroups.length ? tailGroups : headGroups;
  if (last.length && last[last.length - 1].includes('.')) {
    const [a, b, c, d] = last.pop()!.split('.').map(Number);
    last.push(((a << 8) | b).toString(16), ((c << 8) | d).toString(16));
  }
  const missing = tail === undefined ? 0 : 8 - headGroups.length - tailGroups.length;
  return [...headGroups, ...Array<string>(missing).fill('0'), ...tailGroups].map((group) =>
    parseInt(group, 16).toString(16),
  );
}

/**
 * A customer key (first-party cookie id, hashed e-mail, ...) as stored: HMAC-SHA256 under the
 * brand's own secret, hex. Equal keys of one brand match; nothing links them across brands, and
 * the raw key cannot be read back.
 */
export function hashCustomerKey(brandSecret: Buffer, customerKey: string): string {
  return createHmac('sha256', brandSecret).update(customerKey, 'utf8').digest('hex');
}
