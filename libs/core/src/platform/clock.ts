import { Injectable } from '@nestjs/common';
import { AppConfig } from '#config';

/**
 * The business clock: what "now" is for event times, lock periods, calendar periods and quarters.
 * Services ask it instead of `new Date()`, so that tests can run the product as if on another day
 * (CLOCK_OFFSET_MS) and pass any "as of" instant explicitly. Transport concerns (timeouts,
 * signature timestamps, retry delays) keep the machine's time: the other side checks against it.
 */
@Injectable()
export class Clock {
  private readonly offsetMs: number;

  constructor(config: AppConfig) {
    this.offsetMs = config.CLOCK_OFFSET_MS;
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}
