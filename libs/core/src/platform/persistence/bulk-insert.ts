import { type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { type ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import { ApplyValueTransformers } from 'typeorm/util/ApplyValueTransformers.js';

/**
 * How a column's value is read back from `source` (an element of a row of the JSON document, or a
 * parameter of its own for a scalar column whose value is the same in every row): jsonb and json stay
 * JSON (a JSON null is SQL NULL, as for every other column); character columns take the text as it
 * is, so that char(n) keeps its length; the rest cast from text to their type.
 */
const isJson = (type: string): boolean => type === 'jsonb' || type === 'json';

function readBack(column: ColumnMetadata, type: string, source: { element: number } | { parameter: number }): string {
  if (column.isArray) throw new Error(`bulkInsert does not write array columns (${column.propertyName})`);
  const json = isJson(type);
  const text = type === 'character' || type === 'character varying' || type === 'text';
  const value =
    'parameter' in source
      ? `$${source.parameter}`
      : json
        ? `NULLIF(r->${source.element}, 'null'::jsonb)`
        : `(r->>${source.element})`;
  return `${value}::${text ? 'text' : type}`;
}

/**
 * Inserts many rows of an entity in one statement. The rows travel as one JSON document, an array
 * of arrays (one value per column), parsed once by PostgreSQL and read back column by column with
 * a cast to the column's type; a column with the same value in every row (the brand, the currency)
 * travels once, as a parameter of its own. Far cheaper than a multi-row VALUES list (a few
 * parameters whatever the row count, no 65,535-parameter limit, one query plan), and than one
 * array parameter per column, which `pg` escapes element by element in JavaScript where
 * `JSON.stringify` is native (measured in bench/README.md). Dates travel as ISO 8601 (UTC), which
 * timestamptz reads exactly. Columns no row sets are left to their defaults.
 */
export async function bulkInsert<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: readonly Partial<T>[],
  { onConflictDoNothing = false } = {},
): Promise<void> {
  if (rows.length === 0) return;
  const metadata = manager.connection.getMetadata(entity);
  const columns = metadata.columns.filter((column) =>
    rows.some((row) => (row as ObjectLiteral)[column.propertyName] !== undefined),
  );
  const types = columns.map((column) => manager.connection.driver.normalizeType(column));
  // Each column's values: through the column's transformer, if any, and a Date as ISO 8601
  // (JSON.stringify would call Date#toJSON, off its fast path).
  const values = columns.map(({ propertyName, transformer }) =>
    rows.map((row) => {
      const property: unknown = (row as ObjectLiteral)[propertyName];
      const value: unknown = transformer ? ApplyValueTransformers.transformTo(transformer, property) : property;
      return value instanceof Date ? value.toISOString() : (value ?? null);
    }),
  );
  // JSON columns always travel in the document, so that a value is read as JSON one way only.
  const constant = values.map((column, index) => {
    const first = column[0];
    return !isJson(types[index]) && column.every((value) => value === first);
  });
  const varying = values.filter((_, index) => !constant[index]);
  const document: unknown[][] = rows.map((_, row) => varying.map((column) => column[row]));
  const parameters: unknown[] = [JSON.stringify(document)];
  let element = 0;
  const selected = columns.map((column, index) =>
    readBack(
      column,
      types[index],
      constant[index] ? { parameter: parameters.push(values[index][0]) } : { element: element++ },
    ),
  );
  await manager.query(
    `INSERT INTO "${metadata.tableName}" (${columns.map((column) => `"${column.databaseName}"`).join(', ')})
     SELECT ${selected.join(', ')} FROM jsonb_array_elements($1::jsonb) AS r
     ${onConflictDoNothing ? 'ON CONFLICT DO NOTHING' : ''}`,
    parameters,
  );
}
