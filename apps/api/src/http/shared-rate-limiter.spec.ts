import { Redis } from 'ioredis';
import { SharedRateLimiter } from './shared-rate-limiter.js';

describe(SharedRateLimiter.name, () => {
  // A client that never connects: the limiter must decide alone, without waiting (insurance limiter).
  const offline = new Redis({ lazyConnect: true, enableOfflineQueue: false });
  afterAll(() => offline.disconnect());

  it('decides at once, counting hits not yet reported, and refuses past the limit until the window ends', async () => {
    let now = 1_000_000;
    const sut = new SharedRateLimiter(offline, 'test', 3, 60, () => now);
    expect([sut.hit('a'), sut.hit('a'), sut.hit('a')]).toEqual(Array(3).fill({ allowed: true }));
    now += 1_500;
    expect(sut.hit('a')).toEqual({ allowed: false, retryAfterSeconds: 59 });
    expect(sut.hit('b')).toEqual({ allowed: true });
    // The hits reach the (insurance) store after the tick; the count holds.
    await new Promise((resolve) => setTimeout(resolve, 20));
    now += 500;
    expect(sut.hit('a').allowed).toBe(false);
    // A new window starts from nothing.
    now += 60_000;
    expect(sut.hit('a')).toEqual({ allowed: true });
  });
});
