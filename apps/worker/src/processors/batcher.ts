export interface BatcherOptions {
  /** The most keys one batch takes. */
  maxSize: number;
  /** The most batches running at once. */
  maxInFlight: number;
  /** How long a batch waits for more keys once a slot is free, unless it is full already. */
  gatherMs: number;
}

interface Waiting<K> {
  key: K;
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * Gathers keys submitted by concurrent callers into batches for one function, at most
 * `maxInFlight` batches at a time. A batch starts when a slot is free: at once if `maxSize` keys
 * wait, else after `gatherMs`. So batches stay small and quick when traffic is light and grow to
 * `maxSize` under load (keys pile up while the slots are busy). The function answers per key:
 * undefined for done, an Error for that key's failure; if it throws, every key of the batch fails.
 */
export class Batcher<K> {
  private waiting: Waiting<K>[] = [];
  private inFlight = 0;
  private starting = false;

  constructor(
    private readonly run: (keys: K[]) => Promise<(Error | undefined)[]>,
    private readonly options: BatcherOptions,
  ) {}

  submit(key: K): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ key, resolve, reject });
      this.startWhenFree();
    });
  }

  private startWhenFree(): void {
    if (this.starting || this.inFlight >= this.options.maxInFlight || this.waiting.length === 0) return;
    this.starting = true;
    this.inFlight += 1; // the slot is taken now, while the batch gathers
    const start = (): void => {
      this.starting = false;
      void this.execute(this.waiting.splice(0, this.options.maxSize));
      this.startWhenFree();
    };
    if (this.waiting.length >= this.options.maxSize) start();
    else setTimeout(start, this.options.gatherMs);
  }

  private async execute(batch: Waiting<K>[]): Promise<void> {
    try {
      const results = await this.run(batch.map((item) => item.key));
      batch.forEach((item, index) => {
        const failure = results[index];
        if (failure) item.reject(failure);
        else item.resolve();
      });
    } catch (error) {
      for (const item of batch) item.reject(error instanceof Error ? error : new Error(String(error)));
    } finally {
      this.inFlight -= 1;
      this.startWhenFree();
    }
  }
}
