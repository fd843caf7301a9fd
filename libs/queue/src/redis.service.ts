import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig } from '#config';

/**
 * The process's general-purpose Redis client (health, streams, caches, pub/sub). Every key and
 * channel goes under REDIS_PREFIX through `key()`, so that test runs and deployments sharing a
 * server never see each other's data. (ioredis' own keyPrefix is not used: it does not reach the
 * keys of every command, such as XREADGROUP's streams.)
 */
@Injectable()
export class RedisService implements OnApplicationShutdown {
  readonly client: Redis;
  private readonly connections: Redis[] = [];

  constructor(private readonly config: AppConfig) {
    this.client = this.connect();
  }

  /** The full name of a key or channel: `<REDIS_PREFIX>:<name>`. */
  key(name: string): string {
    return `${this.config.REDIS_PREFIX}:${name}`;
  }

  /**
   * Another connection, for blocking reads and subscriptions, which would stall the shared
   * client; closed with the application.
   */
  connect(): Redis {
    const connection = new Redis(this.config.REDIS_URL, {
      // Fail a command quickly when Redis is down instead of queueing it forever.
      maxRetriesPerRequest: 2,
      connectTimeout: 5000,
    });
    // Connection errors are reported through /health and the callers' own errors.
    connection.on('error', () => undefined);
    this.connections.push(connection);
    return connection;
  }

  /** Quits live connections cleanly; one that is down or reconnecting is dropped with its retry timer. */
  async onApplicationShutdown(): Promise<void> {
    await Promise.all(
      this.connections.map((connection) =>
        connection.status === 'ready'
          ? connection.quit().catch(() => connection.disconnect())
          : connection.disconnect(),
      ),
    );
  }
}
