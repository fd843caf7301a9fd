import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { type Queue } from 'bullmq';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { CLICK_STREAM } from '#core/tracking/index.js';
import { ALL_QUEUES, RedisService } from '#queue';

const JOB_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'completed', 'failed'] as const;

/**
 * Prometheus metrics of the API process: request latency by route, and the depth and outcomes of
 * every queue. Queue figures are read from Redis at scrape time, so they cover all workers.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'pmx_http_request_duration_seconds',
    help: 'HTTP request latency by method, route template and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  constructor(moduleRef: ModuleRef, redis: RedisService) {
    collectDefaultMetrics({ register: this.registry, prefix: 'pmx_' });
    const queues = (): Queue[] =>
      ALL_QUEUES.map((name) => moduleRef.get<Queue>(getQueueToken(name), { strict: false }));

    new Gauge({
      name: 'pmx_queue_jobs',
      help: 'Jobs per queue and state (waiting, active, delayed, completed, failed, ...)',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      async collect() {
        for (const queue of queues()) {
          const counts = await queue.getJobCounts(...JOB_STATES);
          for (const state of JOB_STATES) this.set({ queue: queue.name, state }, counts[state] ?? 0);
        }
      },
    });

    const clickStream = redis.key(CLICK_STREAM);
    new Gauge({
      name: 'pmx_click_stream_entries',
      help: 'Entries in the click stream not yet written to PostgreSQL (each holds the clicks of one API tick)',
      registers: [this.registry],
      async collect() {
        this.set(await redis.client.xlen(clickStream));
      },
    });

    new Gauge({
      name: 'pmx_queue_jobs_finished',
      help: 'Jobs finished per queue and outcome since the queue was created (BullMQ metrics)',
      labelNames: ['queue', 'outcome'] as const,
      registers: [this.registry],
      async collect() {
        for (const queue of queues()) {
          for (const outcome of ['completed', 'failed'] as const) {
            const metrics = await queue.getMetrics(outcome, 0, 0);
            this.set({ queue: queue.name, outcome }, metrics.meta.count);
          }
        }
      },
    });
  }
}
