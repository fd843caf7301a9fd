import { defaultRoleFor, FUNNEL_ROLES, funnelRoleLabel, PARTNER_TYPES, partnerTypeLabel } from './partner-kinds.js';

describe('partner kinds', () => {
  it('labels every type and role, and passes unknown ones through', () => {
    for (const type of PARTNER_TYPES) expect(partnerTypeLabel(type)).not.toBe(type);
    for (const role of FUNNEL_ROLES) expect(funnelRoleLabel(role)).toMatch(/^[A-Z]/);
    expect(partnerTypeLabel('podcast')).toBe('podcast');
  });

  it('suggests the funnel role a type usually plays', () => {
    expect(defaultRoleFor('creator')).toBe('awareness');
    expect(defaultRoleFor('cashback')).toBe('conversion');
    expect(defaultRoleFor('referral')).toBe('retention');
    expect(defaultRoleFor('unknown')).toBeUndefined();
  });
});
