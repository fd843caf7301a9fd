/**
 * The values of an entity's constant list as SQL string literals, by name: `status.approved` is
 * `'approved'`, and a value the list does not hold does not compile. SQL then names statuses and
 * kinds through the same constants as the entities' CHECK constraints.
 */
export function sqlLiterals<const T extends string>(values: readonly T[]): { readonly [K in T]: string } {
  return Object.fromEntries(values.map((value) => [value, `'${value.replaceAll("'", "''")}'`])) as {
    readonly [K in T]: string;
  };
}

/**
 * Constant strings of the code as a list of SQL literals (`'cps', 'cpa'`), so that CHECK
 * constraints and IN lists are written from the constants they mirror. Never for input: a value
 * that is not a plain word is refused rather than escaped.
 */
export function sqlList(values: readonly string[]): string {
  if (values.length === 0) throw new RangeError('an SQL list needs at least one value');
  return values
    .map((value) => {
      if (!/^[A-Za-z0-9_.-]+$/.test(value)) throw new RangeError(`${JSON.stringify(value)} is not a plain SQL word`);
      return `'${value}'`;
    })
    .join(', ');
}

/**
 * A feature's named SQL, registered in libs/core/src/queries.spec.ts, which keeps its text checked
 * in under libs/core/src/queries/ so that a change of a query shows up in review.
 */
export interface QuerySet {
  /** The file the queries are written to: libs/core/src/queries/<name>.sql. */
  readonly name: string;
  readonly queries: Readonly<Record<string, string>>;
}
