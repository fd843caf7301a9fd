import {
  bearer,
  type BrandFixture,
  type BrowserHarness,
  BROWSER_TEST_TIMEOUT_MS,
  createBrandFixture,
  linkIn,
  type ListeningTestApi,
  newEmail,
  newPassword,
  openBrowserHarness,
  signUpByInvite,
  startListeningTestApi,
  startTestMailbox,
  type TestSession,
  type TestMailbox,
} from '#testing';

const DESCRIPTION =
  'Summit Outfitters makes ski-touring and alpine gear.\nPartners earn 8 % on every order they bring, paid monthly.';
const TERMS = 'Commissions are paid on orders kept past the 30-day return window.\nNo bidding on our brand name.';

/**
 * A partner's way in: the brand's public application page, the manager's approval in the console,
 * the mailed invite accepted in a browser of its own, and a portal session that reaches only its
 * own partner's data. Also the application page of a program nobody has.
 */
describe('browser: a partner applies, is approved and signs in to the portal', () => {
  let mailbox: TestMailbox;
  let api: ListeningTestApi;
  let browser: BrowserHarness;
  let brand: BrandFixture & { name: string; slug: string };
  let other: BrandFixture;
  let manager: TestSession;
  const applicant = {
    name: 'Alpine Ana',
    email: newEmail('ana'),
    website: 'https://alpine-ana.example',
    message: 'I film ski-touring trips for 40,000 subscribers.',
    password: newPassword(),
  };
  let inviteLink: string;
  let partnerCookie: string;

  const asPartner = (method: 'get' | 'delete', path: string, csrfToken?: string) => {
    const call = api.http()[method](path).set('Cookie', partnerCookie);
    return csrfToken ? call.set('X-CSRF-Token', csrfToken) : call;
  };

  beforeAll(async () => {
    mailbox = await startTestMailbox();
    api = await startListeningTestApi({ SMTP_URL: mailbox.smtpUrl });
    const fixture = await createBrandFixture(api, { name: 'Summit Outfitters' });
    const page = await api
      .http()
      .patch(`/v1/brands/${fixture.id}`)
      .set(...bearer(api.operatorKey))
      .send({ programDescription: DESCRIPTION, programTerms: TERMS });
    expect(page.status).toBe(200);
    brand = { ...fixture, name: 'Summit Outfitters', slug: page.body.slug };
    other = await createBrandFixture(api, { name: 'Other Outfitters' });

    browser = await openBrowserHarness(api);
    // The manager signs in once; the console's pages carry that session throughout.
    manager = await signUpByInvite(api, brand.managerKey, brand.id, {
      role: 'brand_manager',
      name: 'Maria Manager',
      email: newEmail('maria'),
    });
  }, BROWSER_TEST_TIMEOUT_MS);
  afterAll(async () => {
    await browser?.close();
    await mailbox?.close();
    await api?.close();
  });
  afterEach(() => {
    expect(browser.pageErrors).toEqual([]);
  });

  it(
    'shows the program on the public page and takes an application: the thank-you state',
    async () => {
      const page = await browser.newPage();
      await page.goto(`${api.baseUrl}/apply/${brand.slug}`);
      expect(page.url()).toBe(`${api.baseUrl}/app/apply/${brand.slug}`);
      await page.getByRole('heading', { level: 1, name: brand.name }).waitFor();
      await page.getByText('Summit Outfitters makes ski-touring and alpine gear.').waitFor();
      await page.getByRole('heading', { level: 2, name: 'Program terms' }).waitFor();
      await page.getByText('No bidding on our brand name.').waitFor();
      await browser.check(page, 'apply');

      await page.getByLabel('Name', { exact: false }).first().fill(applicant.name);
      await page.getByLabel('Email', { exact: false }).first().fill(applicant.email);
      await page.getByLabel('Website or main channel').fill(applicant.website);
      await page.getByRole('combobox', { name: 'What kind of partner are you?' }).click();
      await page.getByRole('option', { name: 'Creator or influencer' }).click();
      await page.getByRole('combobox', { name: 'How do you help customers?' }).click();
      await page.getByRole('option', { name: 'Awareness — creates demand' }).click();
      await page.getByLabel('Message').fill(applicant.message);
      await page.getByRole('checkbox', { name: 'I have read and accept the program terms' }).check();
      await browser.check(page, 'apply-filled-in');
      await page.getByRole('button', { name: 'Send application' }).click();
      await page.getByRole('heading', { name: 'Thank you, your application is in' }).waitFor();
      await browser.check(page, 'apply-thank-you');

      const [stored] = await api.query<Record<string, unknown>>(
        'SELECT name, website, type, role, message, status FROM partner_applications WHERE brand_id = $1 AND email = $2',
        [brand.id, applicant.email],
      );
      expect(stored).toEqual({
        name: applicant.name,
        website: applicant.website,
        type: 'creator',
        role: 'awareness',
        message: applicant.message,
        status: 'pending',
      });
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'lets the manager approve it from Console → Applications and shows the invite link that was mailed',
    async () => {
      const page = await browser.newPage(manager);
      await page.goto(`${api.baseUrl}/app/console`);
      await page
        .getByRole('navigation', { name: 'Brand console', exact: true })
        .getByRole('link', { name: 'Applications' })
        .click();
      await page.waitForURL(`${api.baseUrl}/app/console/applications`);
      await page.getByRole('heading', { level: 1, name: 'Applications' }).waitFor();
      const row = page
        .getByRole('region', { name: 'Applications' })
        .getByRole('row')
        .filter({ hasText: applicant.email });
      await row.waitFor();
      expect(await row.innerText()).toEqual(expect.stringContaining(applicant.name));
      expect(await row.innerText()).toEqual(expect.stringContaining('Creator or influencer'));
      await browser.check(page, 'console-applications');

      await row.getByRole('button', { name: `Approve ${applicant.name}` }).click();
      const dialog = page.getByRole('dialog', { name: `Approve ${applicant.name}` });
      await dialog.waitFor();
      expect(await dialog.getByRole('combobox', { name: 'Funnel role' }).inputValue()).toBe(
        'Awareness — creates demand',
      );
      await browser.check(page, 'console-approve-dialog');

      await dialog.getByRole('button', { name: 'Approve and invite' }).click();
      await dialog.getByRole('status').getByText('Approved: the partner is created').waitFor();
      await dialog.getByText('It was also emailed to them.').waitFor();
      inviteLink = await dialog.getByRole('textbox', { name: 'Invite link' }).inputValue();
      expect(inviteLink).toMatch(new RegExp(`^${api.baseUrl}/app/accept-invite\\?token=`));
      await browser.check(page, 'console-approve-dialog-invite-link');

      const mail = await mailbox.waitForMail(
        applicant.email,
        (m) => m.subject === `You are invited to ${brand.name} on Partnermix`,
      );
      expect(linkIn(mail, `${api.baseUrl}/app/accept-invite?token=`)).toBe(inviteLink);

      await dialog.getByRole('button', { name: 'Done' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByText('No waiting applications').waitFor();
      await page.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'opens the mailed invite in a browser of its own, sets a password and lands in the portal',
    async () => {
      const page = await browser.newPage();
      const context = page.context();
      await page.goto(inviteLink);
      await page.getByRole('heading', { level: 1, name: `Join ${brand.name} on Partnermix` }).waitFor();
      await page.getByText(`You were invited as ${applicant.email} to promote ${brand.name}.`).waitFor();
      await browser.check(page, 'partner-accept-invite');

      await page.getByLabel('Your name').fill(applicant.name);
      await page.getByLabel('Choose a password').fill(applicant.password);
      await page.getByRole('button', { name: 'Accept and continue' }).click();
      await page.waitForURL(`${api.baseUrl}/app/portal`);
      await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
      await page
        .getByRole('navigation', { name: 'Partner portal', exact: true })
        .getByRole('link', { name: 'Earnings' })
        .waitFor();
      await browser.check(page, 'portal-overview');

      const cookie = (await context.cookies(api.baseUrl)).find((entry) => entry.name === 'pmx_session');
      partnerCookie = `pmx_session=${cookie!.value}`;
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it('gives the partner’s session its own data only: /v1/me is its partner, others are 403 or 404', async () => {
    const [application] = await api.query<{ partner_id: string }>(
      'SELECT partner_id FROM partner_applications WHERE brand_id = $1 AND email = $2',
      [brand.id, applicant.email],
    );
    const me = await asPartner('get', '/v1/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      id: application.partner_id,
      name: applicant.name,
      type: 'creator',
      role: 'awareness',
    });
    expect((await asPartner('get', '/v1/me/links')).body).toEqual({ data: [], nextCursor: null });

    // Manager routes are closed to a partner, whichever partner or brand they name.
    expect((await asPartner('get', '/v1/partners')).status).toBe(403);
    expect((await asPartner('get', `/v1/partners/${brand.partners.awareness.id}`)).status).toBe(403);
    expect((await asPartner('get', `/v1/brands/${other.id}`)).status).toBe(403);

    // Another partner's object, in this brand or another: as missing as one that never was.
    const session = await asPartner('get', '/v1/auth/session');
    const csrf: string = session.body.csrfToken;
    for (const owner of [brand, other]) {
      const template = await api
        .http()
        .post('/v1/me/postback-templates')
        .set(...bearer(owner.partnerKey))
        .send({ event: 'commission.created', urlTemplate: 'http://127.0.0.1:9/pb?cid={click_id}' });
      expect(template.status).toBe(201);
      const refused = await asPartner('delete', `/v1/me/postback-templates/${template.body.id}`, csrf);
      expect(refused.status).toBe(404);
      expect(refused.body.error.code).toBe('not_found');
      const kept = await api
        .http()
        .get('/v1/me/postback-templates')
        .set(...bearer(owner.partnerKey));
      expect(kept.body.data.map((entry: { id: string }) => entry.id)).toContain(template.body.id);
    }
    expect((await asPartner('get', '/v1/me/postback-templates')).body.data).toEqual([]);
  });

  it(
    'answers an unknown program’s application page with “not found”',
    async () => {
      const page = await browser.newPage();
      await page.goto(`${api.baseUrl}/apply/no-such-program-here`);
      await page.getByRole('heading', { level: 1, name: 'This program was not found' }).waitFor();
      expect(await page.getByRole('button', { name: 'Send application' }).count()).toBe(0);
      await browser.check(page, 'apply-unknown-program');
    },
    BROWSER_TEST_TIMEOUT_MS,
  );
});
