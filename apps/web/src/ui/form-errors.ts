import type { UseFormReturnType } from '@mantine/form';
import { ApiError, errorMessage } from '../api/api-error';
import { sortFieldProblems } from '../lib/form-errors';

/**
 * Shows an API error on a Mantine form: each of `details` under its field, and returns the message
 * to show above the form (the API's message, plus problems with fields the form does not have),
 * or null when every problem found its field. `fields`: the paths the form shows errors at, for a
 * nested form (see formPaths); by default its top-level values.
 */
export function showApiErrorOnForm<Values extends Record<string, unknown>>(
  form: UseFormReturnType<Values>,
  error: unknown,
  fields: readonly string[] = Object.keys(form.getValues()),
): string | null {
  if (!(error instanceof ApiError)) return errorMessage(error);
  const { byField, other } = sortFieldProblems(error.details, fields);
  form.setErrors(byField);
  if (Object.keys(byField).length > 0 && other.length === 0) return null;
  return [error.message, ...other].join(' ');
}
