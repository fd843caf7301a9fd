// People for `npm run demo`: the brand's public program page (slug, description, terms), a brand
// manager and the creator partner's contact with accounts made the way a person gets one (an
// invite, then POST /v1/auth/accept-invite), and one partner application waiting for a decision.
//
// Runs again on the same database: the e-mails then already have accounts, and accepting an invite
// with an existing account's e-mail needs that account's password, which is the same fixed demo
// password, so the person simply gains the new brand. Should someone have changed it, the demo
// falls back to a fresh address (manager+<run>@…) and says so.

/** The demo password of both accounts: 10+ characters, not a common password, not the e-mail. */
export const DEMO_PASSWORD = 'trail-mix-demo-2026';
const MANAGER = { email: 'manager@northwind.example', name: 'Maria Lopez' };
const PARTNER_CONTACT = { email: 'hosts@trailtalk.example', name: 'Sam Rivers' };
const PREFERRED_SLUG = 'northwind-outdoor';

/** fetch against the API that answers `{status, body}` instead of throwing, for the answers the demo handles. */
function requester(api) {
  return async function send(method, path, { key, body, cookie, csrf } = {}) {
    const headers = { 'Content-Type': 'application/json' };
    if (key) headers.Authorization = `Bearer ${key}`;
    if (cookie) headers.Cookie = cookie;
    if (csrf) headers['X-CSRF-Token'] = csrf;
    const response = await fetch(`${api}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
  };
}

const fail = (what, answer) => new Error(`${what} → ${answer.status} ${JSON.stringify(answer.body)}`);

/**
 * The program page: the slug `northwind-outdoor` when it is free (a database reused by earlier
 * demo runs has it already: the brand then keeps the slug made from its name), a description
 * and terms. Returns the brand as the API answers it.
 */
export async function setUpProgramPage({ api, operatorKey, brand, say }) {
  const send = requester(api);
  const program = {
    programDescription:
      'Northwind Outdoor makes tents, sleeping bags and trail gear for people who camp in all weathers. ' +
      'We work with podcasters, reviewers, communities and deal sites, and pay by the role you play in a ' +
      "customer's journey: 12 % on sales you introduce, 10 % on sales you help decide.",
    programTerms:
      'Commission is paid monthly on orders that were not returned within 14 days, from 150.00 EUR. ' +
      'No bidding on our brand name, no coupon codes other than your own, disclose the partnership.',
  };
  const wanted = await send('PATCH', `/v1/brands/${brand.id}`, {
    key: operatorKey,
    body: { slug: PREFERRED_SLUG, ...program },
  });
  if (wanted.status === 200) return wanted.body;
  if (wanted.status !== 409) throw fail(`PATCH /v1/brands/${brand.id}`, wanted);
  const kept = await send('PATCH', `/v1/brands/${brand.id}`, { key: operatorKey, body: program });
  if (kept.status !== 200) throw fail(`PATCH /v1/brands/${brand.id}`, kept);
  say(`the slug ${PREFERRED_SLUG} belongs to an earlier demo brand; this one keeps ${kept.body.slug}`);
  return kept.body;
}

/**
 * Invites `person` with `inviterKey` and accepts the invite as they would (name and password);
 * signs out again afterwards. Answers the e-mail that has the account and the brands it belongs to.
 */
async function inviteAndAccept({ api, brandId, inviterKey, person, role, partnerId, say }) {
  const send = requester(api);
  for (const email of [person.email, withRunTag(person.email)]) {
    const invite = await send('POST', `/v1/brands/${brandId}/invites`, {
      key: inviterKey,
      body: { email, role, ...(partnerId ? { partnerId } : {}) },
    });
    if (invite.status !== 201) throw fail(`POST /v1/brands/${brandId}/invites`, invite);
    const token = new URL(invite.body.acceptUrl).searchParams.get('token');
    const accepted = await send('POST', '/v1/auth/accept-invite', {
      body: { token, name: person.name, password: DEMO_PASSWORD },
    });
    if (accepted.status === 201) {
      const cookie = (accepted.headers.get('set-cookie') ?? '').split(';')[0];
      await send('POST', '/v1/auth/logout', { cookie, csrf: accepted.body.csrfToken });
      return { email, memberships: accepted.body.memberships };
    }
    if (accepted.status !== 401 || email !== person.email) throw fail('POST /v1/auth/accept-invite', accepted);
    // The account exists with another password (someone changed it): withdraw this invite, use a fresh address.
    await send('DELETE', `/v1/invites/${invite.body.id}`, { key: inviterKey });
    say(`${email} has an account whose password is no longer the demo one; using a fresh address instead`);
  }
  throw new Error('unreachable');
}

/** `manager@northwind.example` → `manager+demo-<time>@northwind.example`. */
function withRunTag(email) {
  const [local, domain] = email.split('@');
  return `${local}+demo-${Date.now().toString(36)}@${domain}`;
}

/**
 * The demo's people: a brand manager invited by the operator, the creator partner's contact
 * invited by that manager (manager key), and an application on the public page.
 */
export async function createDemoPeople({ api, operatorKey, managerKey, brand, partner, say }) {
  const manager = await inviteAndAccept({
    api,
    brandId: brand.id,
    inviterKey: operatorKey,
    person: MANAGER,
    role: 'brand_manager',
    say,
  });
  const partnerContact = await inviteAndAccept({
    api,
    brandId: brand.id,
    inviterKey: managerKey,
    person: PARTNER_CONTACT,
    role: 'partner',
    partnerId: partner.id,
    say,
  });

  const send = requester(api);
  const application = await send('POST', `/v1/public/brands/${brand.slug}/applications`, {
    body: {
      name: 'Summit Stories',
      email: 'hello@summitstories.example',
      website: 'https://summitstories.example',
      type: 'content',
      role: 'awareness',
      message: 'A hiking blog with 40,000 readers a month; we review the gear we carry on multi-day treks.',
    },
  });
  if (application.status !== 201) throw fail(`POST /v1/public/brands/${brand.slug}/applications`, application);
  return { manager, partnerContact, application: application.body };
}

/** The sign-in block printed at the top of the demo's summary. */
export function signInBlock({ api, brand, partner, people }) {
  const earlier = (person) =>
    person.memberships.length > 1
      ? `\n    (this account also belongs to ${person.memberships.length - 1} earlier demo brand(s); sign-in opens the` +
        ` first one: pick "${brand.name}" in the brand switcher)`
      : '';
  const line = '='.repeat(100);
  return `${line}
Web app          ${api}/app/login
  brand manager  ${people.manager.email.padEnd(34)} password ${DEMO_PASSWORD}${earlier(people.manager)}
  partner        ${people.partnerContact.email.padEnd(34)} password ${DEMO_PASSWORD}   (${partner.name})${earlier(people.partnerContact)}
Application page ${api}/apply/${brand.slug}
  (one application, from Summit Stories, waits in Console → Applications)
${line}`;
}
