import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { type Queue } from 'bullmq';
import { ALL_QUEUES } from './queue.constants.js';

/**
 * Routes the connection errors of every queue to the log (once per outage, not per retry): a
 * queue without an error listener would print each reconnection attempt to the console.
 */
@Injectable()
export class QueueErrorLogger implements OnModuleInit {
  private readonly logger = new Logger('Queues');

  constructor(private readonly moduleRef: ModuleRef) {}

  onModuleInit(): void {
    for (const name of ALL_QUEUES) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      let failing = false;
      queue.on('error', (error) => {
        if (!failing) this.logger.warn({ err: error, queue: name }, 'Queue connection failing; retrying');
        failing = true;
      });
      queue.on('ioredis:close', () => undefined);
      void queue.waitUntilReady().then(() => {
        failing = false;
      });
    }
  }
}
