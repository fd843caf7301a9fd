import { hostname } from 'node:os';
import { Injectable, Logger, type OnApplicationBootstrap, type BeforeApplicationShutdown } from '@nestjs/common';
import { type Redis } from 'ioredis';
import {
  CLICK_ENTRY_FORMAT,
  CLICK_STREAM,
  CLICK_STREAM_GROUP,
  type ClickRecord,
  ClickWriterService,
  decodeClicks,
} from '#core/tracking/index.js';
import { RedisService } from '#queue';

/** Stream entries per read; each holds the clicks of one API tick (up to 500). */
const ENTRIES_PER_READ = 50;
const BLOCK_MS = 1000;
/** Entries a consumer took but did not acknowledge for this long are taken over (it crashed). */
const CLAIM_IDLE_MS = 30_000;
const RETRY_PAUSE_MS = 1000;

/** Entries as XREADGROUP returns them; fields are null for an entry deleted after it was read. */
type StreamEntries = [id: string, fields: string[] | null][];

/**
 * Moves clicks from the Redis stream into PostgreSQL in batches. An entry is acknowledged and
 * deleted only after its clicks are stored, so a worker that dies mid-batch leaves the entry
 * pending, and it (or another worker, after CLAIM_IDLE_MS) writes it again; the writer ignores
 * clicks it already has. Nothing is lost while the worker is down: clicks wait in the stream.
 */
@Injectable()
export class ClickIngestorService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ClickIngestorService.name);
  private readonly streamKey: string;
  private readonly consumer = `${hostname()}-${process.pid}`;
  private running = false;
  private loop: Promise<void> | undefined;
  private reader: Redis | undefined;

  constructor(
    private readonly redis: RedisService,
    private readonly writer: ClickWriterService,
  ) {
    this.streamKey = redis.key(CLICK_STREAM);
  }

  onApplicationBootstrap(): void {
    this.reader = this.redis.connect();
    this.running = true;
    this.loop = this.run();
  }

  /** Finishes the batch in hand, then stops reading. */
  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  private async run(): Promise<void> {
    let readOwnPending = true;
    let lastClaim = 0;
    while (this.running) {
      try {
        if (readOwnPending) await this.ensureGroup();
        if (Date.now() - lastClaim > CLAIM_IDLE_MS) {
          await this.claimAbandoned();
          lastClaim = Date.now();
          readOwnPending = true;
        }
        const entries = await this.read(readOwnPending ? '0' : '>');
        if (readOwnPending && entries.length === 0) readOwnPending = false;
        if (entries.length > 0) await this.store(entries);
      } catch (error) {
        if (!this.running) break;
        this.logger.warn({ err: error }, 'Click ingestion failed; retrying');
        readOwnPending = true;
        await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));
      }
    }
  }

  private async ensureGroup(): Promise<void> {
    try {
      // From the stream's start ('0'): clicks queued before any worker ever ran are included.
      await this.redis.client.xgroup('CREATE', this.streamKey, CLICK_STREAM_GROUP, '0', 'MKSTREAM');
    } catch (error) {
      if (!String(error).includes('BUSYGROUP')) throw error;
    }
  }

  /** Takes over entries that another (crashed) consumer read long ago but never acknowledged. */
  private async claimAbandoned(): Promise<void> {
    let cursor = '0-0';
    do {
      const [next] = (await this.redis.client.xautoclaim(
        this.streamKey,
        CLICK_STREAM_GROUP,
        this.consumer,
        CLAIM_IDLE_MS,
        cursor,
        'COUNT',
        100,
        'JUSTID',
      )) as [string, string[]];
      cursor = next;
    } while (cursor !== '0-0');
  }

  /** '0' re-reads this consumer's own unacknowledged entries; '>' reads new ones (blocking). */
  private async read(from: '0' | '>'): Promise<StreamEntries> {
    const args = from === '>' ? ['BLOCK', BLOCK_MS] : [];
    const result = (await this.reader!.xreadgroup(
      'GROUP',
      CLICK_STREAM_GROUP,
      this.consumer,
      'COUNT',
      ENTRIES_PER_READ,
      ...(args as ['BLOCK', number]),
      'STREAMS',
      this.streamKey,
      from,
    )) as [string, StreamEntries][] | null;
    return result?.[0]?.[1] ?? [];
  }

  private async store(entries: StreamEntries): Promise<void> {
    const clicks: ClickRecord[] = [];
    for (const [id, fields] of entries) {
      if (!fields) continue; // deleted after it was read: already stored
      const format = fields[fields.indexOf('v') + 1];
      if (format !== CLICK_ENTRY_FORMAT) {
        // Left pending, not deleted: a worker of the version that wrote it can still store it.
        throw new Error(`Click stream entry ${id} has format "${format}"; this worker reads "${CLICK_ENTRY_FORMAT}"`);
      }
      clicks.push(...decodeClicks(fields[fields.indexOf('c') + 1]));
    }
    await this.writer.write(clicks);
    const ids = entries.map(([id]) => id);
    await this.redis.client
      .multi()
      .xack(this.streamKey, CLICK_STREAM_GROUP, ...ids)
      .xdel(this.streamKey, ...ids)
      .exec();
  }
}
