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
 * `website` under the website input, anything else (or a nested path such as `rules[0].cps`
 * the form does not show) is returned to show above the form, so nothing is dropped. A message
 * shown under an input starts with a capital letter (the API writes `website must be an http(s) URL`).
 */
export function sortFieldProblems(details: unknown, fields: readonly string[]): SortedProblems {
  const byField: Record<string, string> = {};
  const other: string[] = [];
  for (const detail of Array.isArray(details) ? details : []) {
    if (!isFieldProblem(detail)) continue;
    const field = fields.includes(detail.field)
      ? detail.field
      : fields.find((name) => detail.field.startsWith(`${name}.`));
    if (field === undefined) other.push(detail.field ? `${detail.field}: ${detail.message}` : detail.message);
    else {
      const message = capitalise(detail.message);
      byField[field] = byField[field] ? `${byField[field]} ${message}` : message;
    }
  }
  return { byField, other };
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
