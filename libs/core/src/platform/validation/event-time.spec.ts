import { AppError } from '../app-error.js';
import { FUTURE_SKEW_MS, MAX_EVENT_AGE_MS, parseEventTime } from './event-time.js';

describe(parseEventTime.name, () => {
  const now = new Date('2026-11-23T12:00:00Z');
  const problem = (value: string): unknown => {
    try {
      parseEventTime(value, 'clicks[2].occurredAt', now);
    } catch (error) {
      return (error as AppError).details;
    }
    return 'accepted';
  };

  it('is now when left out, an ISO time with offset, or unix seconds', () => {
    expect(parseEventTime(undefined, 'occurredAt', now)).toBe(now);
    expect(parseEventTime('', 'ts', now)).toBe(now);
    expect(parseEventTime('2026-11-22T11:00:00+01:00', 'occurredAt', now).toISOString()).toBe(
      '2026-11-22T10:00:00.000Z',
    );
    expect(parseEventTime('1795370000', 'ts', now).toISOString()).toBe(new Date(1795370000 * 1000).toISOString());
  });

  it('names the field of anything else, the times of impossible dates included', () => {
    for (const value of ['yesterday', '2026-11-22', '2026-13-45T99:99:99Z', 'NaN', '-1', '1e10']) {
      expect([value, problem(value)]).toEqual([
        value,
        [
          {
            field: 'clicks[2].occurredAt',
            message: 'clicks[2].occurredAt must be an ISO 8601 time with offset (2026-11-22T10:15:00Z) or unix seconds',
          },
        ],
      ]);
    }
  });

  it('refuses the future beyond the skew and the too distant past, on the clock it is given', () => {
    const at = (ms: number): string => new Date(now.getTime() + ms).toISOString();
    expect(parseEventTime(at(FUTURE_SKEW_MS), 'occurredAt', now).toISOString()).toBe(at(FUTURE_SKEW_MS));
    expect(problem(at(FUTURE_SKEW_MS + 1000))).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/is in the future/) }),
    ]);
    expect(problem(at(-MAX_EVENT_AGE_MS - 1000))).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/more than 400 days ago/) }),
    ]);
  });
});
