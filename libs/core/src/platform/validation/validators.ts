import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isUuid } from '../persistence/ids.js';

const zones = new Set(Intl.supportedValuesOf('timeZone'));

/** True for an IANA time zone name this runtime knows ("Europe/Berlin", "UTC"). */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (zones.has(value) || value === 'UTC') return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value.includes('/');
  } catch {
    return false;
  }
}

export function IsTimeZone(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isTimeZone',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must be an IANA time zone such as "Europe/Berlin"', ...options },
      validator: { validate: isTimeZone },
    });
}

const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$|^localhost$/;

/** A bare lower-case host name such as "shop.example.com" (no scheme, port or path). */
export function isHostname(value: unknown): value is string {
  return typeof value === 'string' && HOSTNAME.test(value);
}

/** True when `host` is `domain` or one of its subdomains. */
export function hostMatchesDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** A DTO field holding an id of this API: the one UUID check, isUuid. */
export function IsUuid(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isUuid',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must be an id (UUID)', ...options },
      validator: { validate: isUuid },
    });
}

const PERIOD_KEYS = {
  month: { pattern: /^\d{4}-(0[1-9]|1[0-2])$/, example: 'a month such as "2026-10"' },
  quarter: { pattern: /^\d{4}-Q[1-4]$/, example: 'a quarter such as "2026-Q3"' },
  monthOrQuarter: {
    pattern: /^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/,
    example: 'a month such as "2026-10" or a quarter such as "2026-Q3"',
  },
} as const;

/** A DTO field holding the key of a calendar month ("2026-10") or quarter ("2026-Q3"). */
export function IsPeriodKey(kind: keyof typeof PERIOD_KEYS, options?: ValidationOptions): PropertyDecorator {
  const { pattern, example } = PERIOD_KEYS[kind];
  return (target, propertyName) =>
    registerDecorator({
      name: 'isPeriodKey',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `$property must be ${example}`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && pattern.test(value) },
    });
}

/** Lower-case letters and digits in groups joined by single hyphens: a brand's public address. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MIN_LENGTH = 3;
export const SLUG_MAX_LENGTH = 63;

/** A slug such as "northwind-outdoor": a-z, 0-9 and single inner hyphens, 3-63 characters. */
export function isSlug(value: unknown): value is string {
  return (
    typeof value === 'string' && value.length >= SLUG_MIN_LENGTH && value.length <= SLUG_MAX_LENGTH && SLUG.test(value)
  );
}

export function IsSlug(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isSlug',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: `$property must be ${SLUG_MIN_LENGTH}-${SLUG_MAX_LENGTH} lower-case letters, digits and single hyphens, such as "northwind-outdoor"`,
        ...options,
      },
      validator: { validate: isSlug },
    });
}
