import { validateSync } from 'class-validator';
import { isUuid } from '../persistence/ids.js';
import { IsPeriodKey, isSlug, IsUuid } from './validators.js';

class Query {
  @IsUuid() id: unknown;
  @IsUuid({ message: 'partnerId must be a partner id (UUID)' }) partnerId: unknown;
  @IsPeriodKey('month') period: unknown;
  @IsPeriodKey('quarter') quarter: unknown;
}

function problems(values: Partial<Query>): Record<string, string[]> {
  const id = '01930000-0000-7000-8000-000000000001';
  const query = Object.assign(new Query(), { id, partnerId: id, period: '2026-10', quarter: '2026-Q3' }, values);
  return Object.fromEntries(
    validateSync(query).map((error) => [error.property, Object.values(error.constraints ?? {})]),
  );
}

describe(isUuid.name, () => {
  it('takes any UUID in canonical form, whatever its version or case', () => {
    for (const id of [
      '01930000-0000-7000-8000-000000000001', // v7, as newId makes
      'B3A1C5F2-9D4E-4C1B-8A2F-1E2D3C4B5A69', // v4 (gen_random_uuid), upper case
      '00000000-0000-0000-0000-000000000000',
      '01930000-0000-0000-0000-000000000001', // no version: PostgreSQL takes it, and so do we
    ]) {
      expect([id, isUuid(id)]).toEqual([id, true]);
    }
  });

  it('refuses anything a uuid column would not take', () => {
    for (const id of [
      'not-a-uuid',
      '00000000-0000-0000-0000-00000000000z',
      '0193000000007000800000000000000l',
      '',
      7,
      null,
    ]) {
      expect([id, isUuid(id)]).toEqual([id, false]);
    }
  });
});

describe('IsUuid and IsPeriodKey', () => {
  it('pass good values', () => {
    expect(problems({})).toEqual({});
  });

  it('name the field', () => {
    expect(problems({ id: 'x', partnerId: ['a', 'b'], period: '2026-13', quarter: '2026-Q5' })).toEqual({
      id: ['id must be an id (UUID)'],
      partnerId: ['partnerId must be a partner id (UUID)'],
      period: ['period must be a month such as "2026-10"'],
      quarter: ['quarter must be a quarter such as "2026-Q3"'],
    });
  });
});

describe(isSlug.name, () => {
  it('takes lower-case letters and digits joined by single hyphens, 3 to 63 characters', () => {
    for (const slug of ['abc', 'northwind-outdoor', 'kumo-tea-2', '123', 'a'.repeat(63)]) {
      expect([slug, isSlug(slug)]).toEqual([slug, true]);
    }
  });

  it('refuses upper case, spaces, edge or double hyphens, and lengths outside 3-63', () => {
    for (const slug of ['ab', 'a'.repeat(64), 'Kumo', 'kumo tea', '-kumo', 'kumo-', 'kumo--tea', 'kumō', '', 7]) {
      expect([slug, isSlug(slug)]).toEqual([slug, false]);
    }
  });
});
