import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { bulkInsert, newId, type OutboxFacts } from '../platform/index.js';
import {
  type AudienceEvent,
  type ConversionRecord,
  type EntryRecord,
  type ExpansionContext,
  expandFact,
  type OutboxRecord,
  type ReversalRecord,
  type SubIds,
  type TouchRecord,
} from './event-expansion.js';
import { expandTemplate } from './postback-template.js';
import { WebhookDelivery, WebhookEndpoint } from './webhook.entity.js';
import { WebhookQueueService } from './webhook-queue.service.js';

/** Facts relayed per transaction. */
export const RELAY_BATCH = 1000;

/** Whether an endpoint gets an event: the brand's own for brand events, a partner's for its own. */
export function receives(endpoint: WebhookEndpoint, event: AudienceEvent): boolean {
  if (!endpoint.events.includes(event.type)) return false;
  if (endpoint.partnerId === null) return event.toBrand && endpoint.kind === 'webhook';
  return endpoint.partnerId === event.partnerId;
}

/** The body every attempt of a webhook sends (the signature is over exactly these bytes). */
export function webhookBody(event: { id: string; type: string; createdAt: string; data: unknown }): string {
  return JSON.stringify({ id: event.id, type: event.type, createdAt: event.createdAt, data: event.data });
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];

interface OutboxRow {
  id: string;
  brand_id: string;
  type: OutboxRecord['type'];
  data: unknown;
  created_at: Date;
}

/**
 * Moves outbox facts to the delivery queue. In one transaction: takes (deletes) the oldest facts,
 * skipping those another relay holds, turns each into its public events, and makes one delivery
 * per event and subscribed endpoint; then enqueues the deliveries. A relay that dies
 * before its commit leaves the facts for the next one; one that dies after leaves deliveries the
 * sweep enqueues. Facts of brands without endpoints are simply deleted.
 */
@Injectable()
export class OutboxRelayService {
  private readonly logger = new Logger(OutboxRelayService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: WebhookQueueService,
  ) {}

  /** Relays up to `limit` facts; returns how many it took (fewer than `limit`: the outbox is empty). */
  async relay(limit = RELAY_BATCH): Promise<number> {
    const { taken, deliveryIds } = await this.moveBatch(limit);
    await this.queue.enqueue(deliveryIds);
    return taken;
  }

  /** The transaction of `relay`: facts to deliveries. Returns the delivery ids to enqueue. */
  async moveBatch(limit = RELAY_BATCH): Promise<{ taken: number; deliveryIds: string[] }> {
    return this.dataSource.transaction(async (manager) => {
      // Taken and deleted in one statement; the deletion commits with the deliveries, or neither does.
      const [rows]: [OutboxRow[], number] = await manager.query(
        `DELETE FROM outbox_events WHERE id IN (
           SELECT id FROM outbox_events ORDER BY created_at, id LIMIT $1 FOR UPDATE SKIP LOCKED)
         RETURNING id, brand_id, type, data, created_at`,
        [limit],
      );
      if (rows.length === 0) return { taken: 0, deliveryIds: [] };
      rows.sort((a, b) => a.created_at.getTime() - b.created_at.getTime() || (a.id < b.id ? -1 : 1));
      const endpoints = await manager.find(WebhookEndpoint, {
        where: { brandId: In(unique(rows.map((row) => row.brand_id))), status: 'active' },
      });
      const facts: OutboxRecord[] = rows
        .filter((row) => endpoints.some((endpoint) => endpoint.brandId === row.brand_id))
        .map((row) => ({
          id: row.id,
          brandId: row.brand_id,
          type: row.type,
          data: row.data,
          createdAt: row.created_at,
        }));
      const deliveries: Partial<WebhookDelivery>[] = [];
      if (facts.length > 0) {
        const context = await this.context(manager, facts);
        for (const fact of facts) {
          const own = endpoints.filter((endpoint) => endpoint.brandId === fact.brandId);
          for (const event of expandFact(fact, context)) {
            for (const endpoint of own.filter((candidate) => receives(candidate, event))) {
              deliveries.push({
                id: newId(),
                brandId: fact.brandId,
                endpointId: endpoint.id,
                eventId: event.id,
                eventType: event.type,
                payload: endpoint.kind === 'postback' ? expandTemplate(endpoint.url, event.macros) : webhookBody(event),
                status: 'pending',
              });
            }
          }
        }
      }
      await bulkInsert(manager, WebhookDelivery, deliveries, { onConflictDoNothing: true });
      if (deliveries.length) this.logger.debug(`Relayed ${rows.length} facts into ${deliveries.length} deliveries`);
      return { taken: rows.length, deliveryIds: deliveries.map((delivery) => delivery.id as string) };
    });
  }

  /** Reads what the facts name, a few queries for the whole batch. */
  private async context(manager: EntityManager, facts: OutboxRecord[]): Promise<ExpansionContext> {
    const dataOf = <T extends keyof OutboxFacts>(type: T): OutboxFacts[T][] =>
      facts.filter((fact) => fact.type === type).map((fact) => fact.data as OutboxFacts[T]);
    const credited = dataOf('conversion.credited');
    const reversalIds = dataOf('commission.reversed').map((fact) => fact.reversalId);
    const approvedIds = dataOf('commission.approved').flatMap((fact) => fact.entryIds);
    const approved = new Set(approvedIds);

    const reversals: ReversalRecord[] = reversalIds.length
      ? (
          await manager.query(
            `SELECT id, conversion_id, amount_minor, reason FROM conversion_reversals WHERE id = ANY($1::uuid[])`,
            [reversalIds],
          )
        ).map((row: Record<string, string | null>) => ({
          id: row.id,
          conversionId: row.conversion_id,
          amountMinor: Number(row.amount_minor),
          reason: row.reason,
        }))
      : [];
    const entries = await this.entries(manager, {
      ids: approvedIds,
      conversionIds: credited.map((fact) => fact.conversionId),
      reversals,
    });
    const conversionIds = unique([
      ...[...dataOf('conversion.created'), ...dataOf('conversion.status_changed'), ...credited].map(
        (fact) => fact.conversionId,
      ),
      ...reversals.map((reversal) => reversal.conversionId),
      ...entries.flatMap((entry) => entry.conversionId ?? []),
    ]);
    const conversions: ConversionRecord[] = conversionIds.length
      ? (
          await manager.query(
            `SELECT id, transaction_id, amount_minor, currency, occurred_at, click_id, new_customer, status
               FROM conversions WHERE id = ANY($1::uuid[])`,
            [conversionIds],
          )
        ).map((row: Record<string, never>) => ({
          id: row.id,
          transactionId: row.transaction_id,
          amountMinor: Number(row.amount_minor),
          currency: row.currency,
          occurredAt: row.occurred_at,
          clickId: row.click_id,
          newCustomer: row.new_customer,
          status: row.status,
        }))
      : [];

    // The credited touches: partners, credits and each partner's last click (its own tracker's id).
    const touchConversions = unique([
      ...[...credited, ...dataOf('conversion.status_changed')].map((fact) => fact.conversionId),
      ...reversals.map((reversal) => reversal.conversionId),
      ...entries.flatMap((entry) => (entry.conversionId && approved.has(entry.id) ? [entry.conversionId] : [])),
    ]);
    const touches = new Map<string, TouchRecord[]>();
    if (touchConversions.length) {
      const rows: Record<string, never>[] = await manager.query(
        `SELECT conversion_id, partner_id, click_id, occurred_at, credit, attributed_revenue_minor
           FROM conversion_touches WHERE conversion_id = ANY($1::uuid[]) ORDER BY occurred_at, click_id`,
        [touchConversions],
      );
      for (const row of rows) {
        const list = touches.get(row.conversion_id) ?? [];
        list.push({
          partnerId: row.partner_id,
          clickId: row.click_id,
          occurredAt: row.occurred_at,
          credit: row.credit,
          attributedRevenueMinor: Number(row.attributed_revenue_minor),
        });
        touches.set(row.conversion_id, list);
      }
    }
    const clickIds = unique([...touches.values()].flatMap((list) => list.map((touch) => touch.clickId)));
    const subIds = new Map<string, SubIds>(
      clickIds.length
        ? (
            await manager.query(`SELECT id, sub1, sub2, sub3, sub4, sub5 FROM clicks WHERE id = ANY($1::uuid[])`, [
              clickIds,
            ])
          ).map(({ id, ...subs }: { id: string } & SubIds) => [id, subs])
        : [],
    );
    return {
      conversions: new Map(conversions.map((conversion) => [conversion.id, conversion])),
      entries,
      reversals: new Map(reversals.map((reversal) => [reversal.id, reversal])),
      touches,
      subIds,
    };
  }

  /**
   * Approved entries by id, the entries of credited conversions, and the clawbacks of reversals:
   * read by id and by conversion (both indexed), then sorted out.
   */
  private async entries(
    manager: EntityManager,
    by: { ids: string[]; conversionIds: string[]; reversals: ReversalRecord[] },
  ): Promise<EntryRecord[]> {
    const conversionIds = unique([...by.conversionIds, ...by.reversals.map((reversal) => reversal.conversionId)]);
    if (by.ids.length + conversionIds.length === 0) return [];
    const rows: Record<string, string | null>[] = await manager.query(
      `SELECT id, partner_id, conversion_id, reversal_id, kind, amount_minor, currency, status
         FROM commission_entries WHERE id = ANY($1::uuid[]) OR conversion_id = ANY($2::uuid[])
        ORDER BY entry_key`,
      [by.ids, conversionIds],
    );
    const ids = new Set(by.ids);
    const credited = new Set(by.conversionIds);
    const reversalIds = new Set(by.reversals.map((reversal) => reversal.id));
    return rows
      .filter(
        (row) =>
          ids.has(row.id as string) ||
          (row.reversal_id === null && credited.has(row.conversion_id as string)) ||
          (row.reversal_id !== null && reversalIds.has(row.reversal_id)),
      )
      .map((row) => ({
        id: row.id as string,
        partnerId: row.partner_id as string,
        conversionId: row.conversion_id,
        reversalId: row.reversal_id,
        kind: row.kind as string,
        amountMinor: Number(row.amount_minor),
        currency: row.currency as string,
        status: row.status as string,
      }));
  }
}
