/** One problem with one field, as the API's error envelope lists them in `details`. */
export interface FieldProblem {
  field: string;
  message: string;
}

export interface SortedProblems {
  /** Messages for the form's own fields, by field name (several for one field joined). */
  byField: Record<string, string>;
  /** Messages the form has no field for, to show above it. */
  other: string[];
}

/**
 * The API's `details` sorted onto a form's fields: `password` goes under the password input,
 * `website` under the website input, anything else (or a nested path the form does not show) is
 * returned to show above the form, so nothing is dropped. Nested paths are written as the API
 * writes them (`rules[2].cps.tiers[0].rateBps`) and go to the deepest field of `fields` (Mantine's
 * paths, `rules.2.cps.tiers.0.rateBps`) that is the path itself or holds it. A message shown under
 * an input starts with a capital letter (the API writes `website must be an http(s) URL`); a nested
 * path at its start is left out, since the input it is under says which it is.
 */
export function sortFieldProblems(details: unknown, fields: readonly string[]): SortedProblems {
  const byField: Record<string, string> = {};
  const other: string[] = [];
  for (const detail of Array.isArray(details) ? details : []) {
    if (!isFieldProblem(detail)) continue;
    const path = toFormPath(detail.field);
    const field = fields
      .filter((name) => path === name || path.startsWith(`${name}.`))
      .reduce<string | undefined>(
        (deepest, name) => (deepest && deepest.length >= name.length ? deepest : name),
        undefined,
      );
    if (field === undefined) other.push(detail.field ? `${detail.field}: ${detail.message}` : detail.message);
    else {
      const nested = path.includes('.') && detail.message.startsWith(`${detail.field} `);
      const message = capitalise(nested ? detail.message.slice(detail.field.length + 1) : detail.message);
      byField[field] = byField[field] ? `${byField[field]} ${message}` : message;
    }
  }
  return { byField, other };
}

/** An API field path (`rules[2].cps.tiers[0].rateBps`) as a Mantine form path (`rules.2.cps.tiers.0.rateBps`). */
export function toFormPath(apiPath: string): string {
  return apiPath.replace(/\[(\d+)\]/g, '.$1');
}

/**
 * Every path in a form's values, objects and arrays included (`rules`, `rules.0`, `rules.0.cps`,
 * `rules.0.cps.rateBps`…): the fields a nested form can show an error at.
 */
export function formPaths(values: unknown, prefix = ''): string[] {
  if (typeof values !== 'object' || values === null || values instanceof Date) return [];
  return Object.entries(values).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...formPaths(value, path)];
  });
}

/** `must be an email address` → `Must be an email address`. */
export function capitalise(message: string): string {
  return message.charAt(0).toLocaleUpperCase() + message.slice(1);
}

function isFieldProblem(value: unknown): value is FieldProblem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FieldProblem).field === 'string' &&
    typeof (value as FieldProblem).message === 'string'
  );
}
