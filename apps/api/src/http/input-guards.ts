import { type FastifyReply, type FastifyRequest } from 'fastify';
import { AppError, errorEnvelope } from '#core/platform/index.js';

/** Deeper than any request of the API (a commission plan is 5 levels): anything more is an attack. */
export const MAX_INPUT_DEPTH = 32;

/**
 * C0 control characters and DEL, but tab, line feed and carriage return, which free text may hold.
 * PostgreSQL cannot store U+0000 at all, and none of them belongs in an id, a name or a URL.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function describe(character: string): string {
  return `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first problem of a parsed input, walked without recursion (a deep one would overflow the stack). */
export function inputProblem(root: unknown, rootField: string): { field: string; message: string } | undefined {
  const stack: [value: unknown, field: string, depth: number][] = [[root, rootField, 0]];
  while (stack.length > 0) {
    const [value, field, depth] = stack.pop()!;
    if (typeof value === 'string') {
      const control = CONTROL_CHARACTER.exec(value);
      if (control) {
        return { field, message: `${field} contains control characters (${describe(control[0])}); remove them` };
      }
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) {
      return { field, message: `${field} is nested more than ${MAX_INPUT_DEPTH} levels deep` };
    }
    const entries = Array.isArray(value)
      ? value.map((item, index) => [`[${index}]`, item] as const)
      : Object.entries(value);
    for (const [name, item] of entries) {
      const path = name.startsWith('[') ? `${field}${name}` : field ? `${field}.${name}` : name;
      if (CONTROL_CHARACTER.test(name)) {
        return {
          field: path,
          message: `a field name contains the control character ${describe(CONTROL_CHARACTER.exec(name)![0])}`,
        };
      }
      stack.push([item, path, depth + 1]);
    }
  }
  return undefined;
}

/**
 * Refuses, before any handler or validation runs, input that no route can take: a JSON body
 * that is not an object, anything nested absurdly deep, and control characters in the body, the
 * query or the path. One place for every route (those of later features included), so that
 * such input is a 400, never a 500 from the database or a stack overflow. The tracking redirect
 * is not covered: a shopper is always sent on (its sub-ids are cleaned instead).
 */
export async function rejectHostileInput(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.url.startsWith('/c/')) return;
  const body = request.body;
  const isJson = (request.headers['content-type'] ?? '').includes('json');
  let problem: { field: string; message: string } | undefined;
  if (isJson && body !== undefined && (body === null || typeof body !== 'object' || Array.isArray(body))) {
    problem = { field: 'body', message: 'The body must be a JSON object' };
  }
  problem ??= inputProblem(request.params, '') ?? inputProblem(request.query, '') ?? inputProblem(body, '');
  if (problem) {
    const error = AppError.validation([{ field: problem.field || 'body', message: problem.message }]);
    await reply.status(error.status).send(errorEnvelope(error));
  }
}
