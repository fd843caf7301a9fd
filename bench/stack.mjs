// Shared set-up of the benchmarks: services, a database of their own, the built API and worker
// as separate processes (as in production), and a seeded brand. Never part of `npm test`.
import { spawn } from 'node:child_process';
import { ensureDependencies, ensureServices, say } from '../scripts/services.mjs';

ensureDependencies();
await ensureServices();
const { apiClient, build, migrate, readMetric, startApp, stopAll, waitForHealth } =
  await import('../scripts/stack.mjs');
const { default: pg } = await import('pg');
const { Redis } = await import('ioredis');

// BENCH_DATABASE, BENCH_API_PORT, BENCH_WORKER_PORT and BENCH_REDIS_PREFIX let two people bench at once.
export const API_PORT = Number(process.env.BENCH_API_PORT || 3180);
export const WORKER_PORT = Number(process.env.BENCH_WORKER_PORT || 3181);
const DATABASE = process.env.BENCH_DATABASE || 'partnermix_bench';
export const OPERATOR_API_KEY = 'pmx_operator_benchmark_only';
const base = new URL(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/partnermix');
base.pathname = `/${DATABASE}`;
export const env = {
  // The load comes from one address: limits far above it keep the limiter running without tripping it.
  RATE_LIMIT_REDIRECT_PER_IP: '1000000000',
  RATE_LIMIT_INGEST_PER_IP: '1000000000',
  RATE_LIMIT_INGEST_PER_KEY: '1000000000',
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL: base.toString(),
  REDIS_PREFIX: process.env.BENCH_REDIS_PREFIX || 'pmxbench',
  PORT: String(API_PORT),
  WORKER_PORT: String(WORKER_PORT),
  OPERATOR_API_KEY,
  PUBLIC_BASE_URL: `http://127.0.0.1:${API_PORT}`,
  LOG_LEVEL: 'warn',
};
export const api = `http://127.0.0.1:${API_PORT}`;

/** Drops the benchmark database and deletes the benchmark's Redis keys. */
async function cleanUp() {
  const admin = new URL(base);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
  await client.end();
  const redis = new Redis(env.REDIS_URL || 'redis://127.0.0.1:6379');
  const keys = await redis.keys(`${env.REDIS_PREFIX}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
}

/** Builds, migrates a fresh benchmark database, starts the API (and optionally the worker). */
export async function startStack({ worker = true } = {}) {
  build();
  await cleanUp();
  await migrate(env);

  const children = [startApp('api', { env, logFile: '.demo/bench-api.log' })];
  await waitForHealth(`${api}/health`, children[0]);
  const startWorker = async () => {
    const child = startApp('worker', { env, logFile: '.demo/bench-worker.log' });
    children.push(child);
    await waitForHealth(`http://127.0.0.1:${WORKER_PORT}/health`, child);
    return child;
  };
  if (worker) await startWorker();
  say(`api${worker ? ' and worker' : ''} running on the benchmark database`);
  return {
    startWorker,
    stop: async () => {
      await stopAll(children);
      // BENCH_KEEP=1 leaves the database for inspection (EXPLAIN, counts); the next run drops it.
      if (!env.BENCH_KEEP) await cleanUp();
    },
  };
}

export const call = apiClient(api);

/** A brand with a network key, one partner and one link. */
export async function seed() {
  const brand = await call('POST', '/v1/brands', OPERATOR_API_KEY, {
    name: 'Bench Brand',
    currency: 'EUR',
    timezone: 'Europe/Berlin',
    landingDomains: ['bench.example'],
  });
  const key = async (role) =>
    (await call('POST', `/v1/brands/${brand.id}/api-keys`, OPERATOR_API_KEY, { role, name: `bench ${role}` })).key;
  const managerKey = await key('brand_manager');
  const networkKey = await key('network');
  const partner = await call('POST', '/v1/partners', managerKey, {
    name: 'Bench Creator',
    type: 'creator',
    role: 'awareness',
  });
  const link = await call('POST', `/v1/partners/${partner.id}/links`, managerKey, {
    destinationUrl: 'https://bench.example/landing?utm_source=pmx',
  });
  return { brand, managerKey, networkKey, partner, link };
}

/** Runs a query on the benchmark database. */
export async function query(sql, parameters = []) {
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, parameters)).rows;
  } finally {
    await client.end();
  }
}

/** Starts a child process running `file` (a bench server) and waits for it to print "ready". */
export function startChild(file, args = []) {
  const child = spawn(process.execPath, [file, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      if (chunk.toString().includes('ready')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`${file} exited with ${code}`)));
  });
}

export { say };

/** A counter or gauge of the benchmark API's /metrics. */
export const metric = (name, match = '') => readMetric(api, name, match);
