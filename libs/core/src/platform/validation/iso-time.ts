import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';

/** An ISO 8601 time with its offset: 2026-11-22T10:15:00Z, 2026-11-22T11:15:00.123+01:00. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})$/;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface IsoTimeOptions {
  /** A bare date (2026-11-01) is taken too, as UTC midnight: for the bounds of a filter. */
  date?: boolean;
}

/**
 * The one reading of a time in a request: an ISO 8601 time with offset (one without would depend
 * on the server's zone) or, with `date`, a bare calendar date. Undefined when the value is neither
 * or names no real time (2026-13-45T99:99:99Z). Event times add their bounds (parseEventTime).
 */
export function parseIsoTime(value: unknown, options: IsoTimeOptions = {}): Date | undefined {
  if (typeof value !== 'string') return undefined;
  if (!ISO_TIME.test(value) && !(options.date && CALENDAR_DATE.test(value))) return undefined;
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? undefined : time;
}

/** What a field that parseIsoTime refused must hold. */
export function isoTimeMessage(field: string, options: IsoTimeOptions = {}): string {
  return options.date
    ? `${field} must be a date (2026-11-01) or an ISO 8601 time with offset, such as 2026-11-22T10:15:00Z`
    : `${field} must be an ISO 8601 time with offset, such as 2026-11-22T10:15:00Z`;
}

/** A DTO field holding a time that parseIsoTime reads (it stays a string; parse it where it is used). */
export function IsIsoTime(options: IsoTimeOptions & ValidationOptions = {}): PropertyDecorator {
  const { date, ...validation } = options;
  return (target, propertyName) =>
    registerDecorator({
      name: 'isIsoTime',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: (args: ValidationArguments) => isoTimeMessage(args.property, { date }), ...validation },
      validator: { validate: (value: unknown) => parseIsoTime(value, { date }) !== undefined },
    });
}

/** A calendar day 'YYYY-MM-DD' that exists: 2026-02-28 is one, 2026-02-30 is not. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !CALENDAR_DATE.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

/** A DTO field holding a calendar day (isCalendarDate). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must be a real calendar date YYYY-MM-DD, such as 2026-11-01', ...options },
      validator: { validate: isCalendarDate },
    });
}
