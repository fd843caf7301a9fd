import { type OpenApiDocument, resolveSchema, schemaMismatches } from './openapi.js';

/** A document shaped like the one @nestjs/swagger writes: classes as components, refs between them. */
const document: OpenApiDocument = {
  paths: {},
  components: {
    schemas: {
      Line: {
        type: 'object',
        properties: {
          amount: { type: 'string' },
          capped: { type: 'string' },
          kind: { type: 'string', enum: ['cps', 'capped'] },
          count: { type: 'integer' },
        },
        required: ['amount', 'kind', 'count'],
      },
      Party: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] },
      Doc: {
        type: 'object',
        properties: {
          share: { type: 'number', nullable: true },
          party: { nullable: true, type: 'object', allOf: [{ $ref: '#/components/schemas/Party' }] },
          lines: { type: 'array', items: { $ref: '#/components/schemas/Line' } },
          hits: { type: 'object', additionalProperties: { type: 'integer' } },
          done: { type: 'boolean' },
        },
        required: ['share', 'party', 'lines', 'hits', 'done'],
      },
    },
  },
};
const doc = { $ref: '#/components/schemas/Doc' };
const fitting = {
  share: 0.25,
  party: { name: 'GearLab' },
  lines: [
    { amount: '1.00', kind: 'cps', count: 1 },
    { amount: '0.00', capped: '2.00', kind: 'capped', count: 0 },
  ],
  hits: { ctit_too_short: 2 },
  done: true,
};

describe(schemaMismatches.name, () => {
  it('finds nothing wrong with a body that fits, optional fields absent or present, nulls where nullable', () => {
    expect(schemaMismatches(document, doc, fitting)).toEqual([]);
    expect(schemaMismatches(document, doc, { ...fitting, share: null, party: null, lines: [] })).toEqual([]);
  });

  it('names undeclared and missing fields, all the way down', () => {
    const { done: _done, ...withoutDone } = fitting;
    expect(schemaMismatches(document, doc, { ...withoutDone, extra: 1 })).toEqual([
      '$.done is required but missing',
      '$.extra is not declared in the schema',
    ]);
    expect(
      schemaMismatches(document, doc, { ...fitting, party: { name: 'x', email: 'x@example.com' }, lines: [{}] }),
    ).toEqual([
      '$.party.email is not declared in the schema',
      '$.lines[0].amount is required but missing',
      '$.lines[0].kind is required but missing',
      '$.lines[0].count is required but missing',
    ]);
  });

  it('names values of another type: null, fractions for integers, numbers for money, values outside an enum', () => {
    expect(
      schemaMismatches(document, doc, {
        ...fitting,
        done: null,
        hits: { ctit_too_short: 1.5 },
        lines: [{ amount: 1, kind: 'cpa', count: 1 }],
        share: '0.25',
      }),
    ).toEqual([
      '$.share is a string, not a number',
      '$.lines[0].amount is a number, not a string',
      '$.lines[0].kind is "cpa", not one of ["cps","capped"]',
      '$.hits.ctit_too_short is 1.5, not an integer',
      '$.done is null, which the schema does not allow',
    ]);
    expect(schemaMismatches(document, doc, [])).toEqual(['$ is an array, not an object']);
  });
});

describe(resolveSchema.name, () => {
  it('follows a $ref and merges an allOf with what stands beside it', () => {
    const party = resolveSchema(document, document.components.schemas.Doc.properties?.party ?? {});
    expect(party).toMatchObject({ type: 'object', nullable: true, required: ['name'] });
    expect(Object.keys(party.properties ?? {})).toEqual(['name']);
    expect(() => resolveSchema(document, { $ref: '#/components/schemas/Missing' })).toThrow(/not in the document/);
  });
});
