import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { OutboxRelayService, RELAY_BATCH, WebhookQueueService } from '#core/webhooks/index.js';

/** How often an empty outbox is looked at again. */
const IDLE_MS = 200;
const RETRY_PAUSE_MS = 1000;
/** How often deliveries that missed the queue (Redis was away) are looked for. */
const SWEEP_EVERY_MS = 30_000;

/**
 * Runs the outbox relay in the worker: relays while facts are waiting, polls a few times a second
 * when the outbox is empty, and sweeps missed deliveries now and then. Several workers relay
 * side by side (each takes facts the others do not hold).
 */
@Injectable()
export class OutboxRelayLoop implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayLoop.name);
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(
    private readonly relay: OutboxRelayService,
    private readonly queue: WebhookQueueService,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  /** Finishes the batch in hand, then stops. */
  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    let lastSweep = Date.now();
    while (this.running) {
      try {
        const taken = await this.relay.relay();
        if (Date.now() - lastSweep > SWEEP_EVERY_MS) {
          lastSweep = Date.now();
          await this.queue.sweep();
        }
        if (taken < RELAY_BATCH) await this.pause(IDLE_MS);
      } catch (error) {
        if (!this.running) break;
        this.logger.warn({ err: error }, 'Outbox relay failed; retrying');
        await this.pause(RETRY_PAUSE_MS);
      }
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
