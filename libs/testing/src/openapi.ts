import { type TestApi } from './test-app.js';

/** The parts of an OpenAPI 3.0 schema object that the API's response classes produce. */
export interface OpenApiSchema {
  $ref?: string;
  allOf?: OpenApiSchema[];
  type?: string;
  format?: string;
  nullable?: boolean;
  enum?: unknown[];
  items?: OpenApiSchema;
  properties?: Record<string, OpenApiSchema>;
  required?: string[];
  additionalProperties?: boolean | OpenApiSchema;
  description?: string;
}

export interface OpenApiDocument {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: OpenApiSchema }> }> }>
  >;
  components: { schemas: Record<string, OpenApiSchema> };
}

/** The document the test API serves at /docs-json. */
export async function openApiDocument(api: TestApi): Promise<OpenApiDocument> {
  const response = await api.http().get('/docs-json');
  if (response.status !== 200) throw new Error(`/docs-json answered ${response.status}`);
  return response.body as OpenApiDocument;
}

const REF = '#/components/schemas/';

/** The name of the component a `$ref` points at ("StatementResponse"). */
export function schemaName(ref: string | undefined): string | undefined {
  return ref?.startsWith(REF) ? ref.slice(REF.length) : undefined;
}

/** A schema with its `$ref` followed and an `allOf` (how a described or nullable `$ref` comes) merged. */
export function resolveSchema(document: OpenApiDocument, schema: OpenApiSchema): OpenApiSchema {
  const name = schemaName(schema.$ref);
  if (name !== undefined) {
    const target = document.components.schemas[name];
    if (!target) throw new Error(`${schema.$ref} is not in the document`);
    return resolveSchema(document, target);
  }
  if (!schema.allOf) return schema;
  const { allOf, ...rest } = schema;
  return allOf
    .map((part) => resolveSchema(document, part))
    .reduce<OpenApiSchema>(
      (merged, part) => ({
        ...part,
        ...merged,
        properties: { ...part.properties, ...merged.properties },
        required: [...(merged.required ?? []), ...(part.required ?? [])],
      }),
      rest,
    );
}

/** The schema of a route's response in a content type, as declared (a `$ref` is left as it is). */
export function responseSchema(
  document: OpenApiDocument,
  method: string,
  path: string,
  status = '200',
  contentType = 'application/json',
): OpenApiSchema | undefined {
  return document.paths[path]?.[method]?.responses[status]?.content?.[contentType]?.schema;
}

const typeOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
/** "an array", "a string". */
const aOr = (type: string): string => `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;

/**
 * Where a JSON value differs from a schema of the document, one sentence each (none when it fits):
 * a field the schema does not declare, a required field missing, a value of another type (null
 * where not nullable, a fraction where an integer is declared, a value outside an enum). Objects
 * are checked field by field and arrays item by item, all the way down.
 */
export function schemaMismatches(document: OpenApiDocument, schema: OpenApiSchema, value: unknown, at = '$'): string[] {
  const resolved = resolveSchema(document, schema);
  if (value === null) return resolved.nullable ? [] : [`${at} is null, which the schema does not allow`];
  if (resolved.enum && !resolved.enum.includes(value)) {
    return [`${at} is ${JSON.stringify(value)}, not one of ${JSON.stringify(resolved.enum)}`];
  }
  const type = resolved.type ?? (resolved.properties ? 'object' : undefined);
  const actual = typeOf(value);
  switch (type) {
    case undefined:
      return [`${at} has no type in the schema`];
    case 'integer':
      return Number.isInteger(value) ? [] : [`${at} is ${JSON.stringify(value)}, not an integer`];
    case 'number':
    case 'string':
    case 'boolean':
      return actual === type ? [] : [`${at} is ${aOr(actual)}, not ${aOr(type)}`];
    case 'array':
      if (!Array.isArray(value)) return [`${at} is ${aOr(actual)}, not an array`];
      return value.flatMap((item, index) => schemaMismatches(document, resolved.items ?? {}, item, `${at}[${index}]`));
    case 'object': {
      if (actual !== 'object') return [`${at} is ${aOr(actual)}, not an object`];
      const fields = value as Record<string, unknown>;
      const properties = resolved.properties ?? {};
      const problems = (resolved.required ?? [])
        .filter((name) => !(name in fields))
        .map((name) => `${at}.${name} is required but missing`);
      for (const [name, field] of Object.entries(fields)) {
        const declared = properties[name];
        const extra = resolved.additionalProperties;
        if (declared) problems.push(...schemaMismatches(document, declared, field, `${at}.${name}`));
        else if (typeof extra === 'object') problems.push(...schemaMismatches(document, extra, field, `${at}.${name}`));
        else if (extra !== true) problems.push(`${at}.${name} is not declared in the schema`);
      }
      return problems;
    }
    default:
      return [`${at} has type ${type} in the schema, which this check does not know`];
  }
}
