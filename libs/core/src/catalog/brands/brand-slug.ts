import { SLUG_MAX_LENGTH, SLUG_MIN_LENGTH } from '../../platform/index.js';

/** Room kept at the end of a slug made from a name for a collision suffix ("-12"). */
const SUFFIX_ROOM = 6;

/**
 * The slug a brand's name gives: accents dropped, lower case, every run of other characters one
 * hyphen, trimmed to leave room for a suffix; padded with "-brand" when shorter than 3 ("X" →
 * "x-brand"). Always a valid slug (isSlug).
 */
export function slugFromName(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, SLUG_MAX_LENGTH - SUFFIX_ROOM)
    .replace(/^-+|-+$/g, '');
  if (base.length >= SLUG_MIN_LENGTH) return base;
  return base.length === 0 ? 'brand' : `${base}-brand`;
}

/** `base`, or `base-2`, `base-3` … : the first that is not taken. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
