import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProduces, getSchemaPath } from '@nestjs/swagger';

const FILE_FORMATS = {
  csv: { mediaType: 'text/csv', schema: { type: 'string' } },
  pdf: { mediaType: 'application/pdf', schema: { type: 'string', format: 'binary' } },
} as const;

/**
 * A 200 that is JSON of `type` by default and a file with `?format=csv` or `pdf`: in /docs the JSON
 * gets the class's schema and each file format its own, rather than the JSON schema under every
 * content type (which is what `@ApiOkResponse({ type })` with several `@ApiProduces` gives).
 */
export function ApiOkJsonOrFiles(
  type: Type<unknown>,
  formats: (keyof typeof FILE_FORMATS)[],
  description: string,
): MethodDecorator & ClassDecorator {
  const files = formats.map((format) => FILE_FORMATS[format]);
  return applyDecorators(
    ApiExtraModels(type),
    ApiProduces('application/json', ...files.map((file) => file.mediaType)),
    ApiOkResponse({
      description,
      content: {
        'application/json': { schema: { $ref: getSchemaPath(type) } },
        ...Object.fromEntries(files.map((file) => [file.mediaType, { schema: { ...file.schema } }])),
      },
    }),
  );
}
