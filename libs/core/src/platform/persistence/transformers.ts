import { type ValueTransformer } from 'typeorm';

/**
 * PostgreSQL bigint arrives from `pg` as a string; money and counts fit a JS safe integer, so they
 * are numbers in code. A value beyond 2^53 would be a bug upstream: fail loudly, never round.
 */
export const bigintNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => {
    if (value === null) return null;
    const number = Number(value);
    if (!Number.isSafeInteger(number)) throw new RangeError(`bigint ${value} does not fit a safe integer`);
    return number;
  },
};
