// npm run bench:postback — conversions through GET /postback/conversion, as networks fire them.
// One request in ten replays an order id already sent (networks retry); afterwards every order id
// that was answered 200 must be exactly one row, and no row may exist twice.
import autocannon from 'autocannon';
import { api, query, say, seed, startStack } from './stack.mjs';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 50);
const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const REPLAY_EVERY = 10;

const stack = await startStack({ worker: false });
try {
  const { networkKey, brand } = await seed();
  let sent = 0;
  const answered = new Map(); // order id → statuses seen
  const orderIds = [];
  const path = (orderId) =>
    `/postback/conversion?key=${networkKey}&order_id=${orderId}&amount=${(10 + (orderId.length % 90)).toFixed(2)}` +
    `&currency=EUR&customer=cust-${orderId}&new_customer=1`;

  const run = (seconds, connections) =>
    autocannon({
      url: api,
      connections,
      duration: seconds,
      requests: [
        {
          method: 'GET',
          setupRequest: (request, context) => {
            sent++;
            const replay = sent % REPLAY_EVERY === 0 && orderIds.length > 0;
            const orderId = replay ? orderIds[Math.floor(Math.random() * orderIds.length)] : `B-${sent}`;
            if (!replay) orderIds.push(orderId);
            context.orderId = orderId;
            return { ...request, path: path(orderId) };
          },
          onResponse: (status, _body, context) => {
            const statuses = answered.get(context.orderId) ?? [];
            statuses.push(status);
            answered.set(context.orderId, statuses);
          },
        },
      ],
    });

  say('warm-up');
  await run(2, 10);
  say(`${SECONDS} s at ${CONNECTIONS} connections`);
  const result = await run(SECONDS, CONNECTIONS);

  const accepted = [...answered.entries()].filter(([, statuses]) => statuses.includes(200)).map(([id]) => id);
  const other = [...answered.values()].flat().filter((status) => status !== 200);
  const replays = [...answered.values()].reduce((sum, statuses) => sum + Math.max(0, statuses.length - 1), 0);
  const rows = await query('SELECT transaction_id FROM conversions WHERE brand_id = $1', [brand.id]);
  const stored = new Set(rows.map((row) => row.transaction_id));
  const lost = accepted.filter((id) => !stored.has(id));
  const duplicated = rows.length - stored.size;
  const ok = lost.length === 0 && duplicated === 0 && other.length === 0;

  console.log(`
bench:postback  ${new Date().toISOString()}  GET /postback/conversion, ${CONNECTIONS} connections, ${SECONDS} s
  accepted           ${result.requests.average.toFixed(0)} req/s (target ≥ 1,500)   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms (target ≤ 50 ms)
  answers            ${[...answered.values()].flat().length} (200: ${[...answered.values()].flat().length - other.length}, other: ${other.length}), replays among them ${replays}
  order ids answered ${accepted.length}; rows ${rows.length}; lost ${lost.length}; duplicated ${duplicated} → ${ok ? 'none lost or duplicated' : 'MISMATCH'}
`);
  process.exitCode = ok ? 0 : 1;
} finally {
  await stack.stop();
}
