// Outbound events for `npm run demo`: a local HTTP receiver, the brand's webhook, a partner's own
// webhook and postback template pointing at it, and a summary of what arrived (signatures checked).
import { createServer } from 'node:http';

const BRAND_EVENTS = ['conversion.created', 'commission.created', 'commission.reversed'];

/** Starts the receiver and registers the endpoints; call `report()` after the traffic. */
export async function registerDemoWebhooks({ api, call, managerKey, partnerKey, partner }) {
  const { verifySignature } = await import('../dist/libs/core/src/webhooks/signature.js');
  const received = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({
        path: request.url,
        method: request.method,
        signature: request.headers['x-partnermix-signature'],
        body,
      });
      response.writeHead(200).end('ok');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;

  const brandHook = await call('POST', '/v1/webhooks', managerKey, { url: `${base}/brand`, events: BRAND_EVENTS });
  const partnerHook = await call('POST', '/v1/me/webhooks', partnerKey, {
    url: `${base}/partner`,
    events: BRAND_EVENTS,
  });
  await call('POST', '/v1/me/postback-templates', partnerKey, {
    event: 'commission.created',
    urlTemplate: `${base}/postback?clickid={click_id}&txid={order_id}&payout={commission}&cur={currency}&sub1={sub1}`,
  });

  /** Waits until deliveries stop arriving, then prints what each endpoint got; closes the receiver. */
  async function report() {
    let seen = -1;
    for (let waited = 0; waited < 60_000 && (received.length === 0 || received.length !== seen); waited += 1500) {
      seen = received.length;
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }
    server.close();
    const on = (path) => received.filter((request) => request.path.startsWith(path));
    const summary = (requests, secret) => {
      const counts = {};
      for (const request of requests)
        counts[JSON.parse(request.body).type] = (counts[JSON.parse(request.body).type] ?? 0) + 1;
      const signed = requests.every((request) => verifySignature(request.signature, request.body, secret));
      return `${BRAND_EVENTS.map((type) => `${type} ${counts[type] ?? 0}`).join(', ')}; signatures ${signed ? 'valid' : 'INVALID'}`;
    };
    const ownOnly = on('/partner').every((request) => JSON.parse(request.body).data.partnerId === partner.id);
    const postbacks = on('/postback');
    const example = on('/partner')
      .map((request) => JSON.parse(request.body))
      .find((event) => event.type === 'commission.created');
    return `
Outbound events: a local receiver (${base}) got ${received.length} requests
  brand webhook            ${summary(on('/brand'), brandHook.secret)}
  ${partner.name} webhook  ${summary(on('/partner'), partnerHook.secret)}; only its own data: ${ownOnly ? 'yes' : 'NO'}
  ${partner.name} postback ${postbacks.length} GET requests${postbacks[0] ? `, e.g. ${postbacks[0].path}` : ''}
  one event as the partner got it (header X-Partnermix-Signature: t=…,v1=HMAC-SHA256 of "t.body"):
${JSON.stringify(example ?? null, null, 2)
  .split('\n')
  .map((line) => `    ${line}`)
  .join('\n')}
  the brand's delivery log (every attempt: time, status, latency, response excerpt):
    curl -s '${api}/v1/webhooks/${brandHook.id}/deliveries?limit=2' -H 'Authorization: Bearer ${managerKey}'
`;
  }
  return { report };
}
