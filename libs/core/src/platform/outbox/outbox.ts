import { type EntityManager } from 'typeorm';
import { bulkInsert } from '../persistence/bulk-insert.js';
import { newId } from '../persistence/ids.js';
import { OutboxEvent } from './outbox.entity.js';
import { type OutboxFact } from './events.js';

/**
 * Writes outbox facts. Call it with the manager of the transaction that makes the change the
 * facts describe: they commit or roll back together, so a webhook is never lost nor invented.
 * The relay of the worker delivers them.
 */
export class Outbox {
  /** Any number of facts in one statement (see bulkInsert). */
  static async add(manager: EntityManager, facts: readonly OutboxFact[]): Promise<void> {
    await bulkInsert(
      manager,
      OutboxEvent,
      facts.map((fact) => ({ id: newId(), brandId: fact.brandId, type: fact.type, data: fact.data })),
    );
  }

  /**
   * A single INSERT … RETURNING statement extended to write a fact when (and only when) it
   * inserted a row: one atomic statement, no transaction round trips. Returns the statement's own
   * rows, as before.
   */
  static along([sql, parameters]: [string, unknown[]], fact: OutboxFact): [string, unknown[]] {
    const at = parameters.length;
    return [
      `WITH inserted AS (${sql}),
            fact AS (INSERT INTO outbox_events (id, brand_id, type, data)
                     SELECT $${at + 1}::uuid, $${at + 2}::uuid, $${at + 3}, $${at + 4}::jsonb FROM inserted)
       SELECT * FROM inserted`,
      [...parameters, newId(), fact.brandId, fact.type, JSON.stringify(fact.data)],
    ];
  }
}
