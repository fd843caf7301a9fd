import { applyPageUrl, homePath, loginPath, safeNextPath, withoutBase } from './navigation.js';

describe(safeNextPath.name, () => {
  it('follows paths inside the app', () => {
    expect(safeNextPath('/app/console/team')).toBe('/app/console/team');
    expect(safeNextPath('/app/portal?x=1')).toBe('/app/portal?x=1');
  });

  it('refuses other sites, other paths and the login page', () => {
    for (const next of [
      null,
      '',
      'https://evil.example/app/',
      '//evil.example',
      '/docs',
      '/app',
      'javascript:alert(1)',
    ]) {
      expect(safeNextPath(next)).toBe('/app/');
    }
    expect(safeNextPath('/app/\\evil.example')).toBe('/app/');
    expect(safeNextPath('/app/login?next=/app/x')).toBe('/app/');
  });
});

describe(loginPath.name, () => {
  it('carries where to come back to', () => {
    expect(loginPath('/app/console/team?status=pending')).toBe(
      '/app/login?next=%2Fapp%2Fconsole%2Fteam%3Fstatus%3Dpending',
    );
    expect(loginPath('/app/')).toBe('/app/login');
  });
});

describe(withoutBase.name, () => {
  it('strips /app', () => {
    expect(withoutBase('/app/console/team')).toBe('/console/team');
    expect(withoutBase('/elsewhere')).toBe('/elsewhere');
  });
});

describe(homePath.name, () => {
  const manager = { brandId: 'b1', role: 'brand_manager' };
  const partner = { brandId: 'b2', role: 'partner' };

  it('follows the active brand’s role', () => {
    expect(homePath({ user: {}, memberships: [manager, partner], activeBrandId: 'b2' })).toBe('/portal');
    expect(homePath({ user: {}, memberships: [manager, partner], activeBrandId: 'b1' })).toBe('/console');
    expect(homePath({ user: {}, memberships: [partner], activeBrandId: null })).toBe('/portal');
  });

  it('sends operators without a membership to the operator pages, others to their account', () => {
    expect(homePath({ user: { isOperator: true }, memberships: [], activeBrandId: null })).toBe('/operator');
    expect(homePath({ user: {}, memberships: [], activeBrandId: null })).toBe('/account/sessions');
  });
});

describe(applyPageUrl.name, () => {
  it('is the app’s public apply page of the slug, on the given origin', () => {
    expect(applyPageUrl('https://partners.example', 'northwind-outdoor')).toBe(
      'https://partners.example/app/apply/northwind-outdoor',
    );
  });
});
