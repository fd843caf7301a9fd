import { type INestApplicationContext } from '@nestjs/common';
import { LedgerService } from '#core/ledger/index.js';
import { newId } from '#core/platform/index.js';
import { EndpointSlots, OutboxRelayService, verifySignature, WebhookQueueService } from '#core/webhooks/index.js';
import { DAY_MS, HOUR_MS } from '#domain';
import {
  bearer,
  type BrandFixture,
  createBrandFixture,
  type PartnerFixture,
  eventually,
  isoDaysAgo,
  issueKey,
  postClicksAndWait,
  publishPlan,
  type ReceivedRequest,
  startTestApi,
  startTestWorker,
  startWebhookReceiver,
  type TestApi,
  waitUntilCredited,
  type WebhookReceiver,
} from '#testing';

const ALL_EVENTS = [
  'conversion.created',
  'conversion.status_changed',
  'commission.created',
  'commission.approved',
  'commission.reversed',
  'statement.issued',
];

/** Linear credit; awareness earns 10 %, conversion 5 %: two partners split one order evenly. */
const PLAN = {
  effectiveFrom: isoDaysAgo(400), // in force for every event the API takes (at most 400 days old)
  lookbackDays: 30,
  lockDays: 30,
  attribution: { model: 'linear' },
  rules: [
    { role: 'awareness', cps: { rateBps: 1000 } },
    { role: 'conversion', cps: { rateBps: 500 } },
  ],
};
/**
 * The order's time: noon (UTC) three days ago on the business clock. Its lock period (30 days)
 * ends in the future, so only the test's own settle, as of T + 30 days, approves its entries.
 */
const T = `${isoDaysAgo(3).slice(0, 10)}T12:00:00Z`;
const before = (hours: number): string => new Date(Date.parse(T) - hours * HOUR_MS).toISOString();
/** The end of T's lock period (lockDays 30, fixed days of 24 hours). */
const LOCK_END = new Date(Date.parse(T) + 30 * DAY_MS);

interface Envelope {
  id: string;
  type: string;
  createdAt: string;
  data: Record<string, unknown> & { partnerId?: string; conversion?: Record<string, unknown> };
}

const events = (receiver: WebhookReceiver): Envelope[] =>
  receiver.requests.filter((request) => request.method === 'POST').map((request) => JSON.parse(request.body));
const ofType = (receiver: WebhookReceiver, type: string): Envelope[] =>
  events(receiver).filter((event) => event.type === type);
/** `eventually` for a probe of what the receivers recorded. */
const waitFor = <T>(probe: () => T | null | undefined | false): Promise<T> => eventually(async () => probe());
const signature = (request: ReceivedRequest): string => String(request.headers['x-partnermix-signature']);

/** Signed webhooks and partner postbacks, from the API through the outbox and the worker to real receivers. */
describe('outbound events', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let brand: BrandFixture;
  let partnerKeyB: string;
  const receivers: WebhookReceiver[] = [];
  const receiver = async (): Promise<WebhookReceiver> => {
    const started = await startWebhookReceiver();
    receivers.push(started);
    return started;
  };
  const call = (method: 'get' | 'post' | 'patch' | 'delete', path: string, key: string, body?: object) => {
    const request = api
      .http()
      [method](path)
      .set(...bearer(key));
    return body ? request.send(body) : request;
  };

  beforeAll(async () => {
    api = await startTestApi();
    worker = await startTestWorker();
    brand = await createBrandFixture(api);
    partnerKeyB = (await issueKey(api, brand.id, 'partner', brand.partners.conversion.id)).key;
    await publishPlan(api, brand.managerKey, PLAN);
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
    for (const started of receivers) await started.close();
  });

  describe('endpoints', () => {
    it('registers a brand webhook and shows its secret once', async () => {
      const target = await receiver();
      const created = await call('post', '/v1/webhooks', brand.managerKey, {
        url: `${target.url}/hook`,
        events: ['conversion.created'],
      }).expect(201);
      expect(created.body).toMatchObject({
        id: expect.any(String),
        url: `${target.url}/hook`,
        events: ['conversion.created'],
        status: 'active',
        disabledReason: null,
        partnerId: null,
        secret: expect.stringMatching(/^whsec_/),
      });
      const shown = await call('get', `/v1/webhooks/${created.body.id}`, brand.managerKey).expect(200);
      expect(shown.body.secret).toBeUndefined();
      const listed = await call('get', '/v1/webhooks', brand.managerKey).expect(200);
      expect(listed.body.data.map((endpoint: { id: string }) => endpoint.id)).toContain(created.body.id);
      expect(JSON.stringify(listed.body)).not.toContain(created.body.secret);
    });

    it('refuses unknown events, URLs that are not http(s), and macros that are no macro or choose the host', async () => {
      const unknownEvent = await call('post', '/v1/webhooks', brand.managerKey, {
        url: 'http://127.0.0.1:9/x',
        events: ['conversion.exploded'],
      });
      expect(unknownEvent.status).toBe(400);
      expect(unknownEvent.body.error.details[0]).toMatchObject({ field: 'events' });
      const noEvents = await call('post', '/v1/webhooks', brand.managerKey, {
        url: 'http://127.0.0.1:9/x',
        events: [],
      });
      expect(noEvents.status).toBe(400);
      const ftp = await call('post', '/v1/webhooks', brand.managerKey, {
        url: 'ftp://example.com/x',
        events: ['conversion.created'],
      });
      expect(ftp.status).toBe(400);
      expect(ftp.body.error.details[0]).toEqual({ field: 'url', message: 'url must be an http(s) URL' });

      const badMacro = await call('post', '/v1/me/postback-templates', brand.partnerKey, {
        event: 'commission.created',
        urlTemplate: 'http://127.0.0.1:9/pb?cid={clickid}',
      });
      expect(badMacro.status).toBe(400);
      expect(badMacro.body.error.message).toMatch(/unknown macros \{clickid\}; use \{click_id\}/);
      const hostMacro = await call('post', '/v1/me/postback-templates', brand.partnerKey, {
        event: 'commission.created',
        urlTemplate: 'http://{sub1}.example.com/pb',
      });
      expect(hostMacro.status).toBe(400);
      expect(hostMacro.body.error.message).toMatch(/path and query only/);
    });

    it('keeps owners apart: roles, brands and partners', async () => {
      const target = await receiver();
      const brandHook = await call('post', '/v1/webhooks', brand.managerKey, {
        url: target.url,
        events: ['conversion.created'],
      }).expect(201);
      const partnerHook = await call('post', '/v1/me/webhooks', brand.partnerKey, {
        url: target.url,
        events: ['commission.created'],
      }).expect(201);
      expect(partnerHook.body.partnerId).toBe(brand.partners.awareness.id);

      // Partner and network keys cannot register brand endpoints; managers have no /v1/me.
      await call('post', '/v1/webhooks', brand.partnerKey, { url: target.url, events: ['conversion.created'] }).expect(
        403,
      );
      await call('post', '/v1/webhooks', brand.networkKey, { url: target.url, events: ['conversion.created'] }).expect(
        403,
      );
      await call('post', '/v1/me/webhooks', brand.managerKey, {
        url: target.url,
        events: ['conversion.created'],
      }).expect(403);

      const other = await createBrandFixture(api);
      for (const path of ['', '/deliveries', '/test', '/rotate-secret']) {
        const method = path === '' || path === '/deliveries' ? 'get' : 'post';
        await call(method, `/v1/webhooks/${brandHook.body.id}${path}`, other.managerKey).expect(404);
        // A partner of the same brand reaches neither the brand's endpoint nor another partner's.
        await call(method, `/v1/webhooks/${brandHook.body.id}${path}`, partnerKeyB).expect(404);
        await call(method, `/v1/webhooks/${partnerHook.body.id}${path}`, partnerKeyB).expect(404);
        // The manager does not reach a partner's own endpoint either: it is the partner's.
        await call(method, `/v1/webhooks/${partnerHook.body.id}${path}`, brand.managerKey).expect(404);
      }
      await call('delete', `/v1/webhooks/${brandHook.body.id}`, other.managerKey).expect(404);
      const mine = await call('get', '/v1/me/webhooks', partnerKeyB).expect(200);
      expect(mine.body.data).toEqual([]);
      await call('get', `/v1/webhooks/${partnerHook.body.id}`, brand.partnerKey).expect(200);
      await call('delete', `/v1/webhooks/${brandHook.body.id}`, brand.managerKey).expect(204);
      await call('get', `/v1/webhooks/${brandHook.body.id}`, brand.managerKey).expect(404);
    });
  });

  describe('events of a conversion, from its creation to its approval', () => {
    let brandReceiver: WebhookReceiver;
    let receiverA: WebhookReceiver;
    let receiverB: WebhookReceiver;
    let secrets: { brand: string; a: string; b: string };
    let clickA: string;
    let clickB: string;
    let conversionId: string;
    let partnerA: PartnerFixture;
    let partnerB: PartnerFixture;

    beforeAll(async () => {
      ({ awareness: partnerA, conversion: partnerB } = brand.partners);
      [brandReceiver, receiverA, receiverB] = [await receiver(), await receiver(), await receiver()];
      const hook = async (path: string, key: string, target: WebhookReceiver): Promise<string> =>
        (await call('post', path, key, { url: `${target.url}/hook`, events: ALL_EVENTS }).expect(201)).body.secret;
      secrets = {
        brand: await hook('/v1/webhooks', brand.managerKey, brandReceiver),
        a: await hook('/v1/me/webhooks', brand.partnerKey, receiverA),
        b: await hook('/v1/me/webhooks', partnerKeyB, receiverB),
      };
      const template = await call('post', '/v1/me/postback-templates', brand.partnerKey, {
        event: 'commission.created',
        urlTemplate: `${receiverA.url}/pb?cid={click_id}&s1={sub1}&s2={sub2}&oid={order_id}&amt={amount}&c={commission}&cur={currency}&st={status}`,
      }).expect(201);
      expect(template.body).toMatchObject({ event: 'commission.created', status: 'active' });

      [clickA, clickB] = await postClicksAndWait(api, brand.networkKey, [
        { partnerId: partnerA.id, occurredAt: before(48), customerKey: 'cust-W', sub1: 'video 7&x=1' },
        { partnerId: partnerB.id, occurredAt: before(1), customerKey: 'cust-W', sub1: 'coupon-x' },
      ]);
      const conversion = await call('post', '/v1/conversions', brand.networkKey, {
        transactionId: 'WH-1',
        amount: '100.00',
        currency: 'EUR',
        customerKey: 'cust-W',
        occurredAt: T,
      }).expect(201);
      conversionId = conversion.body.id;
      await waitUntilCredited(api, conversionId);
    });

    it('tells the brand, signed, of the conversion and of each partner commission', async () => {
      await waitFor(() => ofType(brandReceiver, 'commission.created').length === 2);
      const created = await waitFor(() => ofType(brandReceiver, 'conversion.created')[0]);
      expect(created).toEqual({
        id: expect.any(String),
        type: 'conversion.created',
        createdAt: expect.any(String),
        data: {
          conversion: {
            id: conversionId,
            transactionId: 'WH-1',
            amount: '100.00',
            currency: 'EUR',
            status: 'pending',
            occurredAt: new Date(T).toISOString(),
            clickId: null,
            newCustomer: null,
          },
        },
      });
      for (const request of brandReceiver.requests) {
        expect(request.headers['content-type']).toBe('application/json');
        expect(verifySignature(signature(request), request.body, secrets.brand)).toBe(true);
        expect(verifySignature(signature(request), request.body, secrets.a)).toBe(false);
      }
      // Linear: 50.00 of revenue each; A earns 10 % = 5.00, B 5 % = 2.50.
      const commissions = ofType(brandReceiver, 'commission.created').map((event) => [
        event.data.partnerId,
        event.data.commission,
        event.data.attributedRevenue,
        event.data.credit,
      ]);
      expect(commissions.sort()).toEqual(
        [
          [partnerA.id, '5.00', '50.00', '1/2'],
          [partnerB.id, '2.50', '50.00', '1/2'],
        ].sort(),
      );
    });

    it("gives each partner its own conversion and commission, with its click and sub-ids, and never the other's", async () => {
      await waitFor(() => ofType(receiverA, 'commission.created').length === 1);
      await waitFor(() => ofType(receiverB, 'commission.created').length === 1);
      const [commissionA] = ofType(receiverA, 'commission.created');
      expect(commissionA.data).toEqual({
        partnerId: partnerA.id,
        conversion: {
          id: conversionId,
          transactionId: 'WH-1',
          amount: '100.00',
          currency: 'EUR',
          status: 'pending',
          occurredAt: new Date(T).toISOString(),
        },
        clickId: clickA,
        sub1: 'video 7&x=1',
        sub2: null,
        sub3: null,
        sub4: null,
        sub5: null,
        credit: '1/2',
        attributedRevenue: '50.00',
        commission: '5.00',
        currency: 'EUR',
        status: 'pending',
        entries: [{ id: expect.any(String), kind: 'cps', amount: '5.00', status: 'pending' }],
      });
      expect(ofType(receiverA, 'conversion.created')[0].data).toMatchObject({
        partnerId: partnerA.id,
        clickId: clickA,
        commission: '5.00',
      });
      expect(ofType(receiverB, 'commission.created')[0].data).toMatchObject({
        partnerId: partnerB.id,
        clickId: clickB,
        sub1: 'coupon-x',
        commission: '2.50',
      });
      for (const request of receiverA.requests.filter((r) => r.method === 'POST')) {
        expect(verifySignature(signature(request), request.body, secrets.a)).toBe(true);
      }
    });

    it('fires the postback template with every macro URL-encoded', async () => {
      const postback = await waitFor(() => receiverA.requests.find((request) => request.method === 'GET'));
      expect(postback.url).toBe(
        `/pb?cid=${clickA}&s1=video%207%26x%3D1&s2=&oid=WH-1&amt=100.00&c=5.00&cur=EUR&st=pending`,
      );
    });

    it('sends status changes and clawbacks, and approvals once the lock period ends', async () => {
      await call('post', '/v1/conversions', brand.networkKey, {
        transactionId: 'WH-1',
        amount: '100.00',
        currency: 'EUR',
        customerKey: 'cust-W',
        occurredAt: T,
        status: 'approved',
      }).expect(200);
      const changed = await waitFor(() => ofType(brandReceiver, 'conversion.status_changed')[0]);
      expect(changed.data).toMatchObject({
        conversion: { id: conversionId, status: 'approved' },
        previousStatus: 'pending',
      });
      const changedA = await waitFor(() => ofType(receiverA, 'conversion.status_changed')[0]);
      expect(changedA.data).toMatchObject({ partnerId: partnerA.id, clickId: clickA, previousStatus: 'pending' });

      await call('post', '/v1/conversions/WH-1/reversals', brand.networkKey, {
        amount: '50.00',
        reason: 'returned',
      }).expect(201);
      // Half the order refunded: A gives back 2.50 of 5.00, B 1.25 of 2.50.
      const reversedA = await waitFor(() => ofType(receiverA, 'commission.reversed')[0]);
      expect(reversedA.data).toMatchObject({
        partnerId: partnerA.id,
        commission: '-2.50',
        status: 'reversed',
        reversal: { amount: '50.00', reason: 'returned' },
        clickId: clickA,
      });
      const reversedB = await waitFor(() => ofType(receiverB, 'commission.reversed')[0]);
      expect(reversedB.data).toMatchObject({ partnerId: partnerB.id, commission: '-1.25' });
      await waitFor(() => ofType(brandReceiver, 'commission.reversed').length === 2);

      await worker.get(LedgerService).settle({ brandId: brand.id, asOf: LOCK_END }); // T + 30 days
      // A's entry and its clawback are approved together: 5.00 − 2.50 = 2.50.
      const approvedA = await waitFor(() => ofType(receiverA, 'commission.approved')[0]);
      expect(approvedA.data).toMatchObject({
        partnerId: partnerA.id,
        commission: '2.50',
        status: 'approved',
        conversion: { transactionId: 'WH-1' },
      });
      await waitFor(() => ofType(brandReceiver, 'commission.approved').length === 2);
    });

    it("never lets a partner's receiver see another partner's data", async () => {
      const seen = (target: WebhookReceiver) =>
        target.requests.map((request) => `${request.url} ${request.body}`).join('\n');
      // Each partner's five events (created, commission, status change, reversal, approval) arrive in
      // no set order; the test above waited for some of them only.
      await waitFor(() => events(receiverA).length >= 5);
      await waitFor(() => events(receiverB).length >= 5);
      for (const secret of [partnerB.id, clickB, 'coupon-x']) expect(seen(receiverA)).not.toContain(secret);
      for (const secret of [partnerA.id, clickA, 'video 7']) expect(seen(receiverB)).not.toContain(secret);
      expect(events(receiverA).every((event) => event.data.partnerId === partnerA.id)).toBe(true);
      // Every event reached each receiver once: replays and retries keep their ids, none repeats here.
      const ids = events(brandReceiver).map((event) => event.id);
      expect(new Set(ids).size).toBe(ids.length);
    });
  });

  describe('delivery', () => {
    let other: BrandFixture;

    beforeAll(async () => {
      other = await createBrandFixture(api);
    });
    const postConversion = (transactionId: string) =>
      call('post', '/v1/conversions', other.networkKey, { transactionId, amount: '10.00', currency: 'EUR' }).expect(
        201,
      );
    const createHook = async (target: WebhookReceiver, events = ['conversion.created']) =>
      (await call('post', '/v1/webhooks', other.managerKey, { url: `${target.url}/hook`, events }).expect(201))
        .body as {
        id: string;
        secret: string;
      };
    const deliveriesOf = async (hookId: string, query = '') =>
      (await call('get', `/v1/webhooks/${hookId}/deliveries${query}`, other.managerKey).expect(200)).body.data as {
        id: string;
        eventId: string;
        status: string;
        attempts: { statusCode: number | null; latencyMs: number; responseExcerpt: string | null }[];
      }[];

    it('retries a receiver that fails twice: one successful delivery, three attempts logged', async () => {
      const target = await receiver();
      let calls = 0;
      target.respond(() => (++calls <= 2 ? { status: 500, body: 'database down' } : { status: 204 }));
      const hook = await createHook(target);
      await postConversion('RETRY-1');
      const [delivery] = await eventually(async () => {
        const found = await deliveriesOf(hook.id);
        return found[0]?.status === 'delivered' ? found : null;
      });
      expect(delivery.attempts.map((attempt) => [attempt.statusCode, attempt.responseExcerpt])).toEqual([
        [500, 'database down'],
        [500, 'database down'],
        [204, null],
      ]);
      expect(target.requests).toHaveLength(3);
      // The same event and body each time; the signature is made afresh.
      expect(new Set(target.requests.map((request) => request.body)).size).toBe(1);
      expect(JSON.parse(target.requests[0].body).id).toBe(delivery.eventId);

      const replay = await call(
        'post',
        `/v1/webhooks/${hook.id}/deliveries/${delivery.id}/retry`,
        other.managerKey,
      ).expect(202);
      expect(replay.body.status).toBe('pending');
      await eventually(async () => (await deliveriesOf(hook.id))[0].attempts.length === 4);
      expect(target.requests[3].body).toBe(target.requests[0].body);
      await call('post', `/v1/webhooks/${hook.id}/deliveries/${hook.id}/retry`, other.managerKey).expect(404);
      await call('delete', `/v1/webhooks/${hook.id}`, other.managerKey).expect(204);
    });

    it('sends a test event, signs with both secrets for a day after a rotation, and keeps dead letters', async () => {
      const target = await receiver();
      const hook = await createHook(target, ['statement.issued']);
      const test = await call('post', `/v1/webhooks/${hook.id}/test`, other.managerKey).expect(202);
      expect(test.body).toMatchObject({ type: 'webhook.test', status: 'pending' });
      const first = await waitFor(() => target.requests[0]);
      expect(JSON.parse(first.body)).toMatchObject({ type: 'webhook.test', data: { endpointId: hook.id } });
      expect(verifySignature(signature(first), first.body, hook.secret)).toBe(true);

      const rotated = await call('post', `/v1/webhooks/${hook.id}/rotate-secret`, other.managerKey).expect(200);
      expect(rotated.body.secret).not.toBe(hook.secret);
      // 24 hours from now, give or take the test's own seconds.
      expect(Date.parse(rotated.body.previousSecretExpiresAt) - Date.now()).toBeGreaterThan(24 * 3600_000 - 60_000);
      target.respond(() => ({ status: 410, body: 'gone' }));
      await call('post', `/v1/webhooks/${hook.id}/test`, other.managerKey).expect(202);
      const second = await waitFor(() => target.requests[1]);
      expect(signature(second).match(/v1=/g)).toHaveLength(2);
      expect(verifySignature(signature(second), second.body, rotated.body.secret)).toBe(true);
      expect(verifySignature(signature(second), second.body, hook.secret)).toBe(true);

      // A test is sent once: its failure is a dead letter at once.
      const dead = await eventually(async () => {
        const found = await deliveriesOf(hook.id, '?status=dead');
        return found.length === 1 ? found : null;
      });
      expect(dead[0].attempts).toEqual([
        expect.objectContaining({ statusCode: 410, responseExcerpt: 'gone', latencyMs: expect.any(Number) }),
      ]);
      expect((await deliveriesOf(hook.id, '?status=delivered')).map((delivery) => delivery.id)).toEqual([test.body.id]);
    });

    it('disables an endpoint that has failed for days, with a reason its owner sees', async () => {
      const target = await receiver();
      target.respond(() => ({ status: 503 }));
      const hook = await createHook(target, ['statement.issued']);
      await api.query(`UPDATE webhook_endpoints SET failing_since = now() - interval '4 days' WHERE id = $1`, [
        hook.id,
      ]);
      await call('post', `/v1/webhooks/${hook.id}/test`, other.managerKey).expect(202);
      const disabled = await eventually(async () => {
        const shown = await call('get', `/v1/webhooks/${hook.id}`, other.managerKey).expect(200);
        return shown.body.status === 'disabled' ? shown.body : null;
      });
      expect(disabled.disabledReason).toMatch(/^Disabled: every delivery failed for more than 72 hours .*HTTP 503/);
      const [delivery] = await deliveriesOf(hook.id);
      const refused = await call('post', `/v1/webhooks/${hook.id}/deliveries/${delivery.id}/retry`, other.managerKey);
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toMatch(/disabled .*re-enable/);
      const enabled = await call('patch', `/v1/webhooks/${hook.id}`, other.managerKey, { enabled: true }).expect(200);
      expect(enabled.body).toMatchObject({ status: 'active', disabledReason: null });
    });

    it('holds attempts to one endpoint to its limit across workers, and frees a dead holder when its lease ends', async () => {
      const slots = worker.get(EndpointSlots);
      const endpointId = newId();
      const taken = [];
      for (const holder of ['a', 'b', 'c']) taken.push(await slots.acquire(endpointId, holder, 2, 60_000));
      expect(taken).toEqual([true, true, false]);
      await slots.release(endpointId, 'a');
      expect(await slots.acquire(endpointId, 'c', 2, 60_000)).toBe(true);
      // A holder that never releases (its worker died) blocks only until its lease runs out.
      const other = newId();
      expect(await slots.acquire(other, 'dying', 1, 1)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(await slots.acquire(other, 'next', 1, 60_000)).toBe(true);
    });

    it('delivers what was committed while the worker was down, once it is back', async () => {
      const target = await receiver();
      const hook = await createHook(target);
      await worker.close();
      const { body } = await postConversion('DOWN-1');
      // Even a relay that committed the deliveries and died before enqueueing them loses nothing.
      await api.app.get(OutboxRelayService).moveBatch();
      worker = await startTestWorker();
      await worker.get(WebhookQueueService).sweep(0);
      const event = await waitFor(() => events(target)[0]);
      expect(event).toMatchObject({ type: 'conversion.created', data: { conversion: { id: body.id } } });
      await eventually(async () => (await deliveriesOf(hook.id))[0]?.status === 'delivered');
      expect(target.requests).toHaveLength(1);
    });
  });
});
