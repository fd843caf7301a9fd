import { AppError } from '#core/platform/index.js';
import { validateAs } from '../../http/validation.js';
import { CreatePartnerDto, ListPartnersQuery, PartnerFiguresQueryDto, UpdatePartnerDto } from './partner.dto.js';

async function problems(dto: new () => object, body: Record<string, unknown>): Promise<unknown> {
  try {
    await validateAs(dto, body);
  } catch (error) {
    return (error as AppError).details.map((detail) => detail.field).sort();
  }
  return 'valid';
}

describe('partner DTOs', () => {
  const partner = { name: 'Trail Talk', type: 'creator', role: 'awareness' };

  it('creates with name, type and role, email and externalRef optional, and no status', async () => {
    expect(await problems(CreatePartnerDto, partner)).toBe('valid');
    expect(await problems(CreatePartnerDto, { ...partner, email: 'a@b.example', externalRef: 'x-1' })).toBe('valid');
    expect(await problems(CreatePartnerDto, { type: 'creator' })).toEqual(['name', 'name', 'name', 'role']);
    expect(await problems(CreatePartnerDto, { ...partner, status: 'active' })).toEqual(['status']);
    expect(await problems(CreatePartnerDto, { ...partner, email: 'not-mail' })).toEqual(['email']);
  });

  it('updates any of name, e-mail, role, type and status, with the same rules, and nothing else', async () => {
    expect(await problems(UpdatePartnerDto, {})).toBe('valid');
    expect(await problems(UpdatePartnerDto, { status: 'suspended', role: 'retention' })).toBe('valid');
    expect(await problems(UpdatePartnerDto, { status: 'deleted', name: '' })).toEqual(['name', 'status']);
    expect(await problems(UpdatePartnerDto, { email: 'a@b.example' })).toBe('valid');
    expect(await problems(UpdatePartnerDto, { email: 'nope' })).toEqual(['email']);
    expect(await problems(UpdatePartnerDto, { externalRef: 'x-2' })).toEqual(['externalRef']);
  });

  it('reads the table query: figures sorts either way, page and limit bounded', async () => {
    expect(await problems(PartnerFiguresQueryDto, { sort: '-revenue', page: '2', limit: '50' })).toBe('valid');
    expect(await problems(PartnerFiguresQueryDto, { sort: 'name', search: 'trail', from: '2026-11-01' })).toBe('valid');
    expect(await problems(PartnerFiguresQueryDto, { sort: 'revenue desc', page: '0', limit: '201' })).toEqual([
      'limit',
      'page',
      'sort',
    ]);
  });

  it('filters lists by role, type and status, with paging', async () => {
    expect(await problems(ListPartnersQuery, { role: 'awareness', limit: '10' })).toBe('valid');
    expect(await problems(ListPartnersQuery, { role: 'boss', name: 'x' })).toEqual(['name', 'role']);
  });
});
