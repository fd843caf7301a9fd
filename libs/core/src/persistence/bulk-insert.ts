import { type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { ApplyValueTransformers } from 'typeorm/util/ApplyValueTransformers.js';

/** PostgreSQL's array type for a column; text for character columns so that char(n) keeps its length. */
function arrayType(type: string): string {
  return type === 'character' || type === 'character varying' ? 'text[]' : `${type}[]`;
}

/**
 * Inserts many rows of an entity in one statement: each column travels as one array parameter
 * and `unnest` zips them back into rows. Far cheaper than a multi-row VALUES list (a handful of
 * parameters whatever the row count, no 65,535-parameter limit, one query plan). Columns no row
 * sets are left to their defaults. Returns how many rows were inserted.
 */
export async function bulkInsert<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: readonly Partial<T>[],
  { onConflictDoNothing = false } = {},
): Promise<number> {
  if (rows.length === 0) return 0;
  const { connection } = manager;
  const metadata = connection.getMetadata(entity);
  const columns = metadata.columns.filter((column) =>
    rows.some((row) => (row as ObjectLiteral)[column.propertyName] !== undefined),
  );
  const inserted: unknown[] = await manager.query(
    `INSERT INTO "${metadata.tableName}" (${columns.map((column) => `"${column.databaseName}"`).join(', ')})
     SELECT * FROM unnest(${columns
       .map((column, index) => `$${index + 1}::${arrayType(connection.driver.normalizeType(column))}`)
       .join(', ')})
     ${onConflictDoNothing ? 'ON CONFLICT DO NOTHING' : ''} RETURNING 1`,
    columns.map((column) =>
      // The property as written (no embedded entities here), through the column's transformer.
      rows.map((row) => {
        const value: unknown = (row as ObjectLiteral)[column.propertyName];
        return (column.transformer ? ApplyValueTransformers.transformTo(column.transformer, value) : value) ?? null;
      }),
    ),
  );
  return inserted.length;
}
