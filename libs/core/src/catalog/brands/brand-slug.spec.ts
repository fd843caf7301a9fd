import { isSlug } from '../../platform/index.js';
import { firstFreeSlug, slugFromName } from './brand-slug.js';

describe(slugFromName.name, () => {
  it.each([
    ['Northwind Outdoor', 'northwind-outdoor'],
    ['  Kumo Tea & Co.  ', 'kumo-tea-co'],
    ['Café Zürich', 'cafe-zurich'],
    ['X', 'x-brand'],
    ['東京', 'brand'],
    ['A'.repeat(100), 'a'.repeat(57)],
    [`${'a'.repeat(56)} b`, 'a'.repeat(56)],
  ])('%j → %j, always a valid slug', (name, slug) => {
    expect(slugFromName(name)).toBe(slug);
    expect(isSlug(slugFromName(name))).toBe(true);
  });
});

describe(firstFreeSlug.name, () => {
  it('keeps the base when free, else the first free numeric suffix', () => {
    expect(firstFreeSlug('kumo', new Set())).toBe('kumo');
    expect(firstFreeSlug('kumo', new Set(['kumo', 'kumo-2', 'kumo-4']))).toBe('kumo-3');
  });
});
