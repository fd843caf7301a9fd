import { type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { type INestApplicationContext } from '@nestjs/common';
import { RedisService, WORKER_HEARTBEAT_KEY } from '#queue';
import { eventually, startTestApi, startTestWorker, type TestApi } from '#testing';
import { startHealthServer } from '../../apps/worker/src/health-server.js';

/** The worker process's parts: its BullMQ processors, repeatable jobs and /health route. */
describe('worker', () => {
  let worker: INestApplicationContext;
  let health: Server;
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
    // A worker of an earlier file of this run may have left its last beat behind; only a beat
    // written after this one starts says that its repeatable job runs.
    const redis = api.app.get(RedisService);
    await redis.client.del(redis.key(WORKER_HEARTBEAT_KEY));
    worker = await startTestWorker();
    health = await startHealthServer(worker, 0);
  });

  afterAll(async () => {
    health?.close();
    await worker?.close();
    await api?.close();
  });

  it('runs the repeatable heartbeat job, which /health of the API then reports', async () => {
    const redis = worker.get(RedisService);
    const read = () => redis.client.get(redis.key(WORKER_HEARTBEAT_KEY));
    const before = await eventually(read);
    expect(Date.now() - Date.parse(before)).toBeLessThan(60_000);

    const response = await api.http().get('/health');
    const after = await read();
    // Every worker of the run beats on the same key: another file's may beat between the reads.
    expect([before, after]).toContain(response.body.workerHeartbeatAt);
  });

  it('counts completed jobs in the queue metrics the API exports', async () => {
    const completed = await eventually(async () => {
      const text = (await api.http().get('/metrics')).text;
      const count = Number(/pmx_queue_jobs_finished\{queue="housekeeping",outcome="completed"\} (\d+)/.exec(text)?.[1]);
      return count >= 1 ? count : null;
    });
    expect(completed).toBeGreaterThanOrEqual(1);
  });

  it('serves GET /health and nothing else', async () => {
    const { port } = health.address() as AddressInfo;
    const ok = await fetch(`http://127.0.0.1:${port}/health`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: 'ok', checks: { postgres: 'up', redis: 'up' } });
    const other = await fetch(`http://127.0.0.1:${port}/v1/partners`);
    expect(other.status).toBe(404);
  });
});
