import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { RedisService } from '#queue';

export type InvalidationKind = 'brand' | 'partner' | 'link' | 'api-key';
export interface Invalidation {
  kind: InvalidationKind;
  id: string;
}

const CHANNEL = 'cache-invalidation';

/**
 * Tells every process (API replicas, workers) that a cached object changed, over Redis pub/sub.
 * Caches also expire on their own, so a message lost while Redis is away only delays a change.
 */
@Injectable()
export class CacheInvalidationService implements OnModuleInit {
  private readonly logger = new Logger(CacheInvalidationService.name);
  private readonly listeners: ((message: Invalidation) => void)[] = [];

  constructor(private readonly redis: RedisService) {}

  async onModuleInit(): Promise<void> {
    const subscriber = this.redis.connect();
    subscriber.on('message', (_channel: string, raw: string) => {
      try {
        this.deliver(JSON.parse(raw) as Invalidation);
      } catch (error) {
        this.logger.warn({ err: error }, 'Ignoring a malformed cache invalidation');
      }
    });
    await subscriber.subscribe(this.redis.key(CHANNEL)).catch((error: unknown) => {
      this.logger.warn({ err: error }, 'Cache invalidations not subscribed; caches rely on expiry');
    });
  }

  onInvalidate(listener: (message: Invalidation) => void): void {
    this.listeners.push(listener);
  }

  /** Invalidates locally at once, then tells the other processes. */
  async publish(kind: InvalidationKind, id: string): Promise<void> {
    this.deliver({ kind, id });
    await this.redis.client.publish(this.redis.key(CHANNEL), JSON.stringify({ kind, id })).catch((error: unknown) => {
      this.logger.warn({ err: error, kind, id }, 'Cache invalidation not published; other processes wait for expiry');
    });
  }

  private deliver(message: Invalidation): void {
    for (const listener of this.listeners) listener(message);
  }
}
