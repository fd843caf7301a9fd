import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfigWith } from '#config';
import { WorkerModule } from '../../../apps/worker/src/worker.module.js';

/** The real worker (processors, click ingestion, repeatable jobs) in this test process. */
export async function startTestWorker(overrides: Record<string, string> = {}): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(WorkerModule.register(loadConfigWith(overrides)), {
    logger: ['error'],
  });
  worker.enableShutdownHooks();
  return worker;
}

/** Polls `probe` until it returns something truthy; fails after `seconds`. */
export async function eventually<T>(probe: () => Promise<T | null | undefined | false>, seconds = 15): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
