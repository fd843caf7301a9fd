// `npm run demo`: from a fresh clone to a running Partnermix with a seeded demo brand.
// Installs what is missing, reaches (or starts, or installs) PostgreSQL and Redis, builds, migrates,
// starts the API and the worker, seeds a brand through the public API (with its program page, a
// manager and a partner who can sign in to the web app, an application waiting) and prints what to
// try next, the web app's sign-ins first.
// `npm run demo -- --once` stops everything after printing (for scripts and CI).
import { ensureDependencies, ensureServices, say } from './services.mjs';

const once = process.argv.includes('--once');
const started = Date.now();
const step = (message) => say(`(${((Date.now() - started) / 1000).toFixed(1)} s) ${message}`);

ensureDependencies();
await ensureServices();
const { apiClient, build, migrate, startApp, stopAll, waitForHealth } = await import('./stack.mjs');
build();
await migrate();
const { loadConfig } = await import('../dist/libs/config/src/index.js');
const config = loadConfig();
const api = `http://127.0.0.1:${config.PORT}`;

step('starting api and worker (logs in .demo/api.log and .demo/worker.log)');
const children = [startApp('api', { logFile: '.demo/api.log' }), startApp('worker', { logFile: '.demo/worker.log' })];
const stop = () => stopAll(children);
process.once('SIGINT', () => void stop().then(() => process.exit(0)));
process.once('SIGTERM', () => void stop().then(() => process.exit(0)));
try {
  await waitForHealth(`${api}/health`, children[0]);
  await waitForHealth(`http://127.0.0.1:${config.WORKER_PORT}/health`, children[1]);
} catch (error) {
  console.error(`[demo] ${error.message}; the last lines of .demo/*.log say why`);
  await stop();
  process.exit(1);
}

const call = apiClient(api);

step('seeding the demo brand through the API');
const stamp = new Date().toISOString().slice(0, 16).replace('T', ' ');
const created = await call('POST', '/v1/brands', config.OPERATOR_API_KEY, {
  name: `Northwind Outdoor (demo ${stamp})`,
  currency: 'EUR',
  timezone: 'Europe/Berlin',
  landingDomains: ['northwind.example'],
  minimumPayout: '150.00',
});
const { setUpProgramPage, createDemoPeople, signInBlock } = await import('./demo-people.mjs');
const brand = await setUpProgramPage({ api, operatorKey: config.OPERATOR_API_KEY, brand: created, say: step });
const keyFor = async (role, partnerId) =>
  (
    await call('POST', `/v1/brands/${brand.id}/api-keys`, config.OPERATOR_API_KEY, {
      role,
      name: `demo ${role}`,
      ...(partnerId ? { partnerId } : {}),
    })
  ).key;
const managerKey = await keyFor('brand_manager');
const networkKey = await keyFor('network');

const roster = [
  ['Trail Talk Podcast', 'creator', 'awareness', '/tents'],
  ['Alpine Weekly', 'content', 'awareness', '/journal'],
  ['GearLab Reviews', 'review', 'consideration', '/tents/summit-2'],
  ['Peak Forum', 'community', 'consideration', '/'],
  ['DealDrop Coupons', 'coupon', 'conversion', '/sale'],
  ['CashBack Club', 'cashback', 'conversion', '/'],
  ['Summit Rewards', 'loyalty', 'retention', '/members'],
  ['Friends of Northwind', 'referral', 'retention', '/refer'],
];
const partners = [];
for (const [name, type, role, path] of roster) {
  const partner = await call('POST', '/v1/partners', managerKey, { name, type, role });
  const link = await call('POST', `/v1/partners/${partner.id}/links`, managerKey, {
    destinationUrl: `https://northwind.example${path}`,
  });
  partners.push({ ...partner, link });
}
// Upper-funnel partners earn more per euro they influence; coupon sites step up only at volume.
const LOCK_DAYS = 14;
await call('POST', '/v1/commission-plans', managerKey, {
  effectiveFrom: '2026-01-01T00:00:00+01:00',
  lookbackDays: 30,
  lockDays: LOCK_DAYS,
  attribution: { model: 'role_weighted', base: 'position_based' },
  rules: [
    { role: 'awareness', cps: { rateBps: 1200 } },
    { role: 'consideration', cps: { rateBps: 1000 } },
    { role: 'conversion', cps: { rateBps: 400, tiers: [{ fromRevenue: '20000.00', rateBps: 600 }] } },
    { role: 'retention', cps: { rateBps: 800 } },
  ],
  newCustomerBonus: { amount: '5.00' },
  caps: { perPartnerPerMonth: '10000.00' },
});
const creator = partners[0];
const partnerKey = await keyFor('partner', creator.id);
step('inviting a demo brand manager and the creator partner, who accept; one application on the public page');
const people = await createDemoPeople({
  api,
  operatorKey: config.OPERATOR_API_KEY,
  managerKey,
  brand,
  partner: creator,
  say: step,
});
const { registerDemoWebhooks } = await import('./demo-webhooks.mjs');
const webhooks = await registerDemoWebhooks({ api, call, managerKey, partnerKey, partner: creator });

// The simulated month is the latest whose lock period is over, so that its statements hold all of it.
const { periodOf, previousPeriod } = await import('../dist/libs/domain/src/index.js');
let month = previousPeriod(periodOf(new Date(), 'month', brand.timezone));
if (month.end.getTime() + LOCK_DAYS * 24 * 3600 * 1000 > Date.now()) month = previousPeriod(month);

step(`running ${month.key} through tracking, attribution and commissions`);
const { simulateMonth, euros, statementsFor } = await import('./demo-traffic.mjs');
const { totals, exampleOrder } = await simulateMonth({ api, call, networkKey, managerKey, partners, month, say });
// Promo codes and purchases without a visible click (issue 9).
const { simulateClickless } = await import('./demo-traffic.mjs');
await simulateClickless({ api, call, networkKey, managerKey, partners, month, say });
step(`issuing the payout statements of ${month.key}`);
const statements = await statementsFor({ api, call, managerKey, partners, period: month.key });

step('building the partner-mix report of the simulated quarter');
const { partnerMixReport } = await import('./demo-report.mjs');
const mix = await partnerMixReport({
  call,
  managerKey,
  timeZone: brand.timezone,
  trafficMiddle: new Date((month.start.getTime() + month.end.getTime()) / 2),
  say,
});

// The last weeks, after the report was built: the console's overview compares this month with the
// last, conversions are still in their lock period, and a few wait in the review queue.
step('the last 45 days of traffic, and three orders for the review queue');
const recent = {
  label: 'the last 45 days',
  start: new Date(Date.now() - 45 * 24 * 3600 * 1000),
  end: new Date(Date.now() - 3600 * 1000),
};
await simulateMonth({
  api,
  call,
  networkKey,
  managerKey,
  partners,
  month: recent,
  customers: 360,
  seed: 7,
  prefix: 'DEMO-RECENT',
  say,
});
const { simulateSuspiciousOrders } = await import('./demo-traffic.mjs');
await simulateSuspiciousOrders({ api, call, networkKey, partners, say });

const pad = (text, width) => text + ' '.repeat(Math.max(0, width - text.length));
console.log(`
Partnermix is running: API ${api}  (worker health http://127.0.0.1:${config.WORKER_PORT}/health)

${signInBlock({ api, brand, partner: creator, people })}

Demo brand  ${brand.name}  id ${brand.id}  slug ${brand.slug}  (${brand.currency}, ${brand.timezone})
Commission plan (role-weighted over position-based credit): awareness 12 %, consideration 10 %,
conversion 4 % (6 % from 20,000.00 a quarter), retention 8 %; 5.00 per new customer; cap 10,000.00 a month.
Partners by funnel role, each with a tracking link:
${partners.map((p) => `  ${pad(p.role, 14)} ${pad(p.type, 10)} ${pad(p.name, 22)} ${p.link.url}`).join('\n')}

${month.key} of simulated traffic, credited by the engine (commission net of refunds, in EUR):
  ${pad('role', 14)} ${pad('partner', 22)} ${'attributed revenue'.padStart(19)} ${'commission'.padStart(11)} ${'entries'.padStart(8)}
${totals
  .map(
    (t) =>
      `  ${pad(t.partner.role, 14)} ${pad(t.partner.name, 22)} ${euros(t.revenue).padStart(19)} ${euros(t.commission).padStart(11)} ${String(t.entries).padStart(8)}`,
  )
  .join('\n')}

Payout statements of ${month.key} (minimum payout 150.00 EUR; below it the total is carried over):
  ${pad('partner', 22)} ${'earned'.padStart(10)} ${'due'.padStart(10)} ${'carried'.padStart(10)}
${statements.rows
  .map(
    (s) =>
      `  ${pad(s.partner.name, 22)} ${s.statement.earned.padStart(10)} ${s.statement.amountDue.padStart(10)} ${s.statement.carriedForward.padStart(10)}`,
  )
  .join('\n')}
  ${statements.rows[0].partner.name}'s statement as a PDF: ${statements.pdfPath}

${mix.text}

Keys (shown once; only their hashes are stored):
  operator       ${config.OPERATOR_API_KEY}
  brand manager  ${managerKey}
  network        ${networkKey}
  partner        ${partnerKey}   (${creator.name})

Try next:
  # the brand's partners in the awareness role
  curl -s '${api}/v1/partners?role=awareness' -H 'Authorization: Bearer ${managerKey}'
  # add a review site and give it a tracking link
  curl -s -X POST ${api}/v1/partners -H 'Authorization: Bearer ${managerKey}' -H 'Content-Type: application/json' \\
       -d '{"name":"Outdoor Gear Lab","type":"review","role":"consideration"}'
  curl -s -X POST ${api}/v1/partners/${partners[2].id}/links -H 'Authorization: Bearer ${managerKey}' \\
       -H 'Content-Type: application/json' -d '{"destinationUrl":"https://northwind.example/sleeping-bags"}'
  # the commission plan: role-weighted credit, rates by funnel role
  curl -s ${api}/v1/commission-plans -H 'Authorization: Bearer ${managerKey}'
  # a partner's commission ledger, and one order's attribution explained touch by touch
  curl -s '${api}/v1/partners/${creator.id}/commissions?limit=5' -H 'Authorization: Bearer ${managerKey}'
  curl -s ${api}/v1/conversions/${exampleOrder} -H 'Authorization: Bearer ${managerKey}'
  # the partner portal: ${creator.name} sees its own links, days, commissions and statements, nothing else
  curl -s ${api}/v1/me/links -H 'Authorization: Bearer ${partnerKey}'
  curl -s '${api}/v1/me/daily?from=${month.key}-01&to=${month.key}-07' -H 'Authorization: Bearer ${partnerKey}'
  curl -s ${api}/v1/me/commissions/summary -H 'Authorization: Bearer ${partnerKey}'
  curl -s ${api}/v1/me/statements -H 'Authorization: Bearer ${partnerKey}'
  # payouts: the finance CSV of the month, and a statement marked paid
  curl -s '${api}/v1/statements?period=${month.key}&format=csv' -H 'Authorization: Bearer ${managerKey}'
  curl -s -X POST ${api}/v1/statements/${statements.firstStatementId}/paid -H 'Authorization: Bearer ${managerKey}' \\
       -H 'Content-Type: application/json' -d '{"reference":"SEPA-DEMO-1"}'
  # a partner key on a manager route is refused (403)
  curl -s ${api}/v1/partners -H 'Authorization: Bearer ${partnerKey}'
  # follow a tracking link (302 to the shop with the click id), then the shop's server reports the order
  curl -s -o /dev/null -w '%{redirect_url}\\n' '${creator.link.url}?sub1=spring&cid=visitor-1'
  curl -s '${api}/postback/conversion?key=${networkKey}&order_id=DEMO-1001&amount=129.90&currency=EUR&customer=visitor-1'
  curl -s ${api}/v1/conversions/DEMO-1001 -H 'Authorization: Bearer ${managerKey}'
  # promo codes: the creator's code, an order credited through it, one finished inside an AI assistant
  curl -s ${api}/v1/me/codes -H 'Authorization: Bearer ${partnerKey}'
  curl -s ${api}/v1/conversions/DEMO-CODE-0 -H 'Authorization: Bearer ${managerKey}'
  curl -s '${api}/postback/conversion?key=${networkKey}&order_id=DEMO-1002&amount=49.00&currency=EUR&coupon=trailtalk10&channel=app'
  curl -s ${api}/v1/conversions/DEMO-AI-0 -H 'Authorization: Bearer ${managerKey}'
  # the partner-mix report (json, or csv for a spreadsheet)
  curl -s ${api}/v1/reports/partner-mix/${mix.id} -H 'Authorization: Bearer ${managerKey}'
  curl -s '${api}/v1/reports/partner-mix/${mix.id}?format=csv' -H 'Authorization: Bearer ${managerKey}'
  # the application waiting for a decision, and the public program page it came from
  curl -s '${api}/v1/applications?status=pending' -H 'Authorization: Bearer ${managerKey}'
  curl -s ${api}/v1/public/brands/${brand.slug}
  # operations
  curl -s ${api}/health
  curl -s ${api}/metrics | grep pmx_
  open ${api}/docs               (OpenAPI: ${api}/docs-json)
  open ${api}/admin/queues       (queue dashboard: any user name, the operator key as password)
`);

console.log(await webhooks.report());

step('demo ready');
if (once) {
  await stop();
  process.exit(0);
}
say('api and worker keep running; Ctrl-C stops both');
