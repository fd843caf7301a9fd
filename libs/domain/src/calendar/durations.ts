/** Fixed lengths of time in milliseconds: a day here is 24 hours, not a local calendar day. */
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
