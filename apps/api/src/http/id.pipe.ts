import { type PipeTransform } from '@nestjs/common';
import { AppError, isUuid } from '#core/platform/index.js';

/** A path id that is not a UUID cannot name anything: answer not_found, as for a missing one. */
export class IdPipe implements PipeTransform<string, string> {
  constructor(private readonly what: string) {}

  transform(value: string): string {
    if (!isUuid(value)) throw AppError.notFound(this.what, value);
    return value.toLowerCase();
  }
}
