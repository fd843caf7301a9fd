import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '#config';
import { createLogger, PinoNestLogger } from '#core/platform/index.js';
import { startHealthServer } from './health-server.js';
import { WorkerModule } from './worker.module.js';

const config = loadConfig();
const logger = createLogger(config, 'worker');
// A headless application context: the processors run on BullMQ workers, not on HTTP.
const app = await NestFactory.createApplicationContext(WorkerModule.register(config), {
  logger: new PinoNestLogger(logger),
});
app.enableShutdownHooks();
const { WORKER_PORT } = config;
const health = await startHealthServer(app, WORKER_PORT);
logger.info(`Worker running; GET /health on port ${WORKER_PORT}`);

// Close the health route with the application so that SIGTERM ends the process cleanly.
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => health.close());
