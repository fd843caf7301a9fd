import { registerDecorator, type ValidationArguments } from 'class-validator';

/** What one parameter of a group may hold. */
export interface ParameterFormat {
  /** True for a value the parameter may hold ('' included when a blank macro means "not sent"). */
  accepts(value: unknown): boolean;
  /** What the parameter `name` must hold, as an error message. */
  describe(name: string): string;
}

const isBlank = (value: unknown): boolean => value === undefined || value === '';

/**
 * One query parameter that networks send under several names (`order_id` or `txid`), checked as a
 * group by class-validator: every name sent must hold a value of the format, the names sent (not
 * blank) must agree, and a required group must be sent under one of its names. Put `check()` on
 * every name of the DTO (instead of IsOptional and the format's own decorators); read the value
 * with `value()` once the DTO is valid.
 */
export class ParameterAliases {
  constructor(
    readonly names: readonly [string, ...string[]],
    private readonly format: ParameterFormat,
    /** The message when none is sent; the group is optional without it. */
    private readonly required?: string,
  ) {}

  /** The decorator of each name of the group. */
  check(): PropertyDecorator {
    return (target, propertyName) =>
      registerDecorator({
        name: 'parameterAliases',
        target: target.constructor,
        propertyName: propertyName as string,
        validator: {
          validate: (_value: unknown, args: ValidationArguments) => this.problem(args) === undefined,
          defaultMessage: (args?: ValidationArguments) => (args && this.problem(args)) ?? '',
        },
      });
  }

  /** The value sent, under whichever name: the first that is not blank. */
  value(query: object): string | undefined {
    const values = query as Record<string, unknown>;
    const name = this.names.find((candidate) => !isBlank(values[candidate]));
    return name === undefined ? undefined : (values[name] as string);
  }

  /**
   * The problem of one name of the group, or undefined. A disagreement is told once, at the first
   * name sent, and a missing value at the group's first name (a value of the wrong format counts
   * as sent: it is told as such, not as missing).
   */
  private problem({ object, property, value }: ValidationArguments): string | undefined {
    if (value !== undefined && !this.format.accepts(value)) return this.format.describe(property);
    const values = object as Record<string, unknown>;
    // Names sent with a value of the format; the others have a problem of their own already.
    const sent = this.names.filter((name) => !isBlank(values[name]) && this.format.accepts(values[name]));
    const missing = this.names.every((name) => isBlank(values[name]));
    if (this.required !== undefined && missing && property === this.names[0]) return this.required;
    const distinct = new Set(sent.map((name) => JSON.stringify(values[name])));
    if (distinct.size > 1 && property === sent[0]) {
      return `${sent.slice(0, -1).join(', ')} and ${sent[sent.length - 1]} differ; send one of them`;
    }
    return undefined;
  }
}
