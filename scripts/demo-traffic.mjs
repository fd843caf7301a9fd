// A calendar month of simulated traffic for `npm run demo`: journeys of 1-4 touches across the funnel,
// conversions posted by the shop's server, a few refunds; then each partner's commissions as the
// engine credited them. Deterministic (seeded), so every demo run tells the same story.

import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readMetric } from './stack.mjs';

const DAY = 24 * 60 * 60 * 1000;

/** mulberry32: a tiny seeded PRNG, enough for demo data. */
function random(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Cents of a 2-decimal money string ("-1.55" → -155): exact, no floating point. */
const cents = (amount) => Number(amount.replace('.', ''));

/** "1234.5" style display of cents, for the demo's table. */
export const euros = (minor) =>
  `${minor < 0 ? '-' : ''}${Math.floor(Math.abs(minor) / 100).toLocaleString('en')}.${String(Math.abs(minor) % 100).padStart(2, '0')}`;

async function until(condition, what, seconds = 120) {
  const deadline = Date.now() + seconds * 1000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Posts the traffic through the public API (clicks as the network would, conversions and refunds
 * as the shop's server would), waits for the worker, and returns per-partner totals and one order id to look at.
 */
export async function simulateMonth({
  api,
  call,
  networkKey,
  managerKey,
  partners,
  month,
  customers = 400,
  seed = 20261122,
  prefix = 'DEMO',
  say,
}) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const byRole = (role) => partners.filter((partner) => partner.role === role);
  // Orders fall anywhere in the month (its first hour left out, so every journey starts before it ends).
  const monthStart = month.start.getTime() + 60 * 60 * 1000;
  const monthLength = month.end.getTime() - monthStart - 60 * 1000;
  const clicks = [];
  const conversions = [];
  for (let c = 0; c < customers; c++) {
    const customerKey = `${prefix.toLowerCase()}-customer-${c}`;
    // A journey walks down the funnel: discovery, research, then often a deal site at checkout.
    const steps = [];
    if (next() < 0.7) steps.push(pick(byRole('awareness')));
    if (next() < 0.6) steps.push(pick(byRole('consideration')));
    if (next() < 0.55) steps.push(pick(byRole('conversion')));
    if (next() < 0.2) steps.push(pick(byRole('retention')));
    if (steps.length === 0) steps.push(pick(partners));
    const conversionAt = monthStart + Math.floor(next() * monthLength);
    steps.forEach((partner, index) => {
      const before = (steps.length - index) * (0.5 + next() * 3) * DAY;
      clicks.push({ partnerId: partner.id, customerKey, occurredAt: new Date(conversionAt - before).toISOString() });
    });
    if (next() < 0.55) {
      conversions.push({
        transactionId: `${prefix}-${c}`,
        amount: (20 + Math.floor(next() * 28000) / 100).toFixed(2),
        currency: 'EUR',
        customerKey,
        newCustomer: next() < 0.4,
        occurredAt: new Date(conversionAt).toISOString(),
      });
    }
  }

  say(
    `simulating ${month.label ?? month.key}: ${clicks.length} clicks from ${customers} customers, ${conversions.length} orders`,
  );
  for (let start = 0; start < clicks.length; start += 1000) {
    await call('POST', '/v1/clicks', networkKey, { clicks: clicks.slice(start, start + 1000) });
  }
  await until(async () => (await readMetric(api, 'pmx_click_stream_entries')) === 0, 'the worker to store the clicks');
  for (let start = 0; start < conversions.length; start += 1000) {
    await call('POST', '/v1/conversions', networkKey, { conversions: conversions.slice(start, start + 1000) });
  }
  const refunds = conversions.filter(() => next() < 0.06);
  for (const refund of refunds) {
    await call('POST', `/v1/conversions/${encodeURIComponent(refund.transactionId)}/reversals`, networkKey, {
      reason: 'demo: returned',
    });
  }
  const idle = async () =>
    (await readMetric(api, 'pmx_queue_jobs', 'queue="attribution",state="waiting"')) +
      (await readMetric(api, 'pmx_queue_jobs', 'queue="attribution",state="active"')) +
      (await readMetric(api, 'pmx_queue_jobs', 'queue="attribution",state="delayed"')) ===
    0;
  await until(idle, 'the engine to credit every order');
  say(`the engine credited ${conversions.length} orders and clawed back ${refunds.length} refunds`);

  const totals = [];
  for (const partner of partners) {
    let cursor = null;
    const sum = { partner, commission: 0, revenue: 0, entries: 0 };
    do {
      const page = await call(
        'GET',
        `/v1/partners/${partner.id}/commissions?limit=500${cursor ? `&cursor=${cursor}` : ''}`,
        managerKey,
      );
      for (const entry of page.data) {
        sum.commission += cents(entry.amount);
        if (entry.kind === 'cps' && !entry.reversalId) sum.revenue += cents(entry.attributedRevenue);
        sum.entries++;
      }
      cursor = page.nextCursor;
    } while (cursor);
    totals.push(sum);
  }
  return { totals, exampleOrder: conversions[0].transactionId };
}

/**
 * Runs the month's payout statements through the worker, waits for them, and saves the first
 * partner's statement as a PDF under .demo/.
 */
export async function statementsFor({ api, call, managerKey, partners, period }) {
  await call('POST', '/v1/statements/run', managerKey, { period });
  let listed = [];
  await until(async () => {
    listed = (await call('GET', `/v1/statements?period=${period}&limit=500`, managerKey)).data;
    return listed.length > 0;
  }, 'the worker to issue the statements');
  const rows = partners
    .map((partner) => ({ partner, statement: listed.find((statement) => statement.partnerId === partner.id) }))
    .filter((row) => row.statement);
  const first = rows[0];
  const pdf = await fetch(`${api}/v1/statements/${first.statement.id}?format=pdf`, {
    headers: { authorization: `Bearer ${managerKey}` },
  });
  if (!pdf.ok) throw new Error(`GET the statement PDF answered ${pdf.status}`);
  mkdirSync('.demo', { recursive: true });
  const pdfPath = resolve(`.demo/statement-${period}-${first.partner.name.replace(/[^A-Za-z0-9]+/g, '-')}.pdf`);
  writeFileSync(pdfPath, Buffer.from(await pdf.arrayBuffer()));
  return { rows, pdfPath, firstStatementId: first.statement.id };
}

/**
 * Purchases no click explains: orders with the creator's promo code read out in an episode (some
 * completed in the app), a few with a code nobody was given, and checkouts finished inside an AI
 * assistant or on a marketplace with no touch at all (unattributed, but revenue all the same).
 * Returns what the engine made of them.
 */
export async function simulateClickless({ api, call, networkKey, managerKey, partners, month, say }) {
  const next = random(9);
  const creator = partners.find((partner) => partner.type === 'creator');
  const code = await call('POST', `/v1/partners/${creator.id}/codes`, managerKey, { code: 'TRAILTALK10' });
  const at = () => new Date(month.start.getTime() + DAY + Math.floor(next() * (month.end - month.start - 2 * DAY)));
  const amount = () => (25 + Math.floor(next() * 15000) / 100).toFixed(2);
  const orders = [
    ...Array.from({ length: 24 }, (_, i) => ({
      transactionId: `DEMO-CODE-${i}`,
      couponCode: code.code,
      channel: i % 3 ? 'web' : 'app',
    })),
    ...Array.from({ length: 4 }, (_, i) => ({
      transactionId: `DEMO-UNKNOWN-CODE-${i}`,
      couponCode: 'SPRING25',
      channel: 'web',
    })),
    ...Array.from({ length: 12 }, (_, i) => ({
      transactionId: `DEMO-AI-${i}`,
      channel: 'ai_assistant',
      agent: 'shopping-assistant',
    })),
    ...Array.from({ length: 8 }, (_, i) => ({ transactionId: `DEMO-MARKET-${i}`, channel: 'marketplace' })),
  ].map((order) => ({ ...order, amount: amount(), currency: 'EUR', occurredAt: at().toISOString() }));
  await call('POST', '/v1/conversions', networkKey, { conversions: orders });
  const idle = async () =>
    (await readMetric(api, 'pmx_queue_jobs', 'queue="attribution",state="waiting"')) +
      (await readMetric(api, 'pmx_queue_jobs', 'queue="attribution",state="active"')) ===
    0;
  await until(idle, 'the engine to credit the click-less orders');
  const sources = {};
  for (const order of orders) {
    const conversion = await call('GET', `/v1/conversions/${order.transactionId}`, managerKey);
    const key = `${conversion.channel}/${conversion.journeySource}`;
    sources[key] = (sources[key] ?? 0) + cents(conversion.amount);
  }
  say(
    `click-less orders: ${orders.length}; revenue by channel/attribution source: ` +
      Object.entries(sources)
        .map(([key, minor]) => `${key} ${euros(minor)}`)
        .join(', '),
  );
  return { code: code.code, creator, sources };
}

/**
 * Orders a few seconds after their click (the brand's minimum click-to-conversion time is 10 s):
 * the engine flags them and they wait in the review queue for the manager.
 */
export async function simulateSuspiciousOrders({ api, call, networkKey, partners, say }) {
  const coupon = partners.find((partner) => partner.role === 'conversion');
  const now = Date.now();
  const orders = [0, 1, 2].map((i) => {
    const at = now - (2 + i) * 3600 * 1000;
    return {
      click: { partnerId: coupon.id, customerKey: `demo-fast-${i}`, occurredAt: new Date(at - 4000).toISOString() },
      conversion: {
        transactionId: `DEMO-FAST-${i}`,
        amount: ['89.00', '142.50', '64.90'][i],
        currency: 'EUR',
        customerKey: `demo-fast-${i}`,
        occurredAt: new Date(at).toISOString(),
      },
    };
  });
  await call('POST', '/v1/clicks', networkKey, { clicks: orders.map((order) => order.click) });
  await until(async () => (await readMetric(api, 'pmx_click_stream_entries')) === 0, 'the worker to store the clicks');
  await call('POST', '/v1/conversions', networkKey, { conversions: orders.map((order) => order.conversion) });
  say(`${orders.length} orders 4 s after their click, for the review queue`);
}
