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
