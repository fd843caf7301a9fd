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
 * A feature's named SQL, registered in libs/core/src/queries.spec.ts, which keeps its text checked
 * in under libs/core/src/queries/ so that a change of a query shows up in review.
 */
export interface QuerySet {
  /** The file the queries are written to: libs/core/src/queries/<name>.sql. */
  readonly name: string;
  readonly queries: Readonly<Record<string, string>>;
}
