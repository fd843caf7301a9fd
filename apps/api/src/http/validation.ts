import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { AppError, type FieldProblem } from '#core/platform/index.js';

/** Flattens class-validator's tree into `field: message` pairs with paths like `clicks[3].partnerId`. */
export function fieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = /^\d+$/.test(error.property)
      ? `${parent}[${error.property}]`
      : parent
        ? `${parent}.${error.property}`
        : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      message:
        constraint === 'whitelistValidation'
          ? `${field} is not a field of this request; remove it`
          : message.replace(error.property, field),
    }));
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}

/**
 * The one validation pipe: unknown fields are refused (not silently dropped) and every problem
 * becomes a `validation_failed` error naming the field.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => AppError.validation(fieldProblems(errors)),
  });
}

const bodyValidation = createValidationPipe();

/**
 * Validates a value against a DTO class with the same rules and error format as the global pipe:
 * for bodies whose shape is known only at run time (one item or a batch).
 */
export async function validateAs<T extends object>(dto: new () => T, value: unknown): Promise<T> {
  return (await bodyValidation.transform(value, { type: 'body', metatype: dto })) as T;
}
