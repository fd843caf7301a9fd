import { type JobsOptions } from 'bullmq';

/**
 * Every queue, every job name and every job's payload type, in one place (see STYLE.md habit 2).
 * A processor dispatches on `job.name` through a map keyed by these names.
 */
export const QueueName = {
  Housekeeping: 'housekeeping',
  Attribution: 'attribution',
  Payouts: 'payouts',
  Webhooks: 'webhooks',
  Reports: 'reports',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export const ALL_QUEUES: readonly QueueName[] = Object.values(QueueName);

export interface JobPayloads {
  [QueueName.Housekeeping]: {
    /** Records that a worker is alive; /health on the API reports its age. */
    'worker-heartbeat': Record<string, never>;
    /** Enqueues attribution jobs whose enqueueing failed (Redis was away when they were recorded). */
    'enqueue-missed': Record<string, never>;
    /** Approves commission entries whose lock period ended; rejects those of rejected conversions. */
    'settle-ledger': Record<string, never>;
    /** Accrues CPC, CPM and flat fees for the last completed local days of every brand. */
    'accrue-fees': Record<string, never>;
    /** Deletes raw clicks past each brand's retention, keeping their daily counts (clicks_daily). */
    'enforce-retention': Record<string, never>;
    /** Deletes ended sessions, unused expired or withdrawn invites and old password-reset links. */
    'purge-ended-credentials': Record<string, never>;
  };
  [QueueName.Attribution]: {
    /** Credit the touchpoints of a new conversion. Job id: the conversion id. */
    'attribute-conversion': { conversionId: string };
    /** Claw back commissions of a reversal (refund). Job id: the reversal id. */
    'reverse-conversion': { reversalId: string };
  };
  [QueueName.Payouts]: {
    /** Issue a brand's statements for a month ("2026-10"); running it again changes nothing. */
    'build-statements': { brandId: string; period: string };
  };
  [QueueName.Webhooks]: {
    /** One attempt (BullMQ retries it with backoff) of a webhook or postback delivery. */
    'deliver-webhook': { deliveryId: string };
  };
  [QueueName.Reports]: {
    /** Builds one partner-mix report (scheduled or on demand). Job id: the report id. */
    'build-partner-mix': { reportId: string };
    /** Queues the report of every brand whose quarter has closed in its time zone, and reports that missed the queue. */
    'close-quarters': Record<string, never>;
  };
}

/** Options of the jobs of each queue, beside their names. Job ids are set where jobs are added. */
export const JOB_OPTIONS = {
  /** Crediting and clawbacks: retried for about ten minutes; failures kept for inspection. */
  attribution: {
    attempts: 8,
    backoff: { type: 'exponential', delay: 5000 },
    removeOnComplete: { age: 7 * 24 * 3600, count: 100_000 },
    removeOnFail: false,
  },
  /** One brand's statements of one month; removed once done, so that a later run can go again. */
  statements: { attempts: 3, removeOnComplete: true, removeOnFail: 100 },
  /** Partner-mix reports: heavy queries, a few attempts. */
  reports: {
    attempts: 3,
    backoff: { type: 'exponential', delay: 10_000 },
    removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
    removeOnFail: { age: 30 * 24 * 3600 },
  },
  /** Webhook deliveries: the delivery log in PostgreSQL is the record; Redis keeps jobs for the dashboard. */
  webhooks: (attempts: number, backoffMs: number): JobsOptions => ({
    attempts,
    backoff: { type: 'exponential', delay: backoffMs },
    removeOnComplete: { age: 24 * 3600, count: 10_000 },
    removeOnFail: { age: 7 * 24 * 3600, count: 10_000 },
  }),
  /** Repeatable jobs (heartbeat, settle, sweeps): only the last runs are kept. */
  repeatable: { removeOnComplete: 100, removeOnFail: 1000 },
} satisfies Record<string, JobsOptions | ((...args: never[]) => JobsOptions)>;

export type JobName<Q extends QueueName> = keyof JobPayloads[Q] & string;
export type JobPayload<Q extends QueueName, N extends JobName<Q>> = JobPayloads[Q][N];

/** Redis key (under REDIS_PREFIX) holding the time of the last worker heartbeat. */
export const WORKER_HEARTBEAT_KEY = 'worker:heartbeat';
export const WORKER_HEARTBEAT_EVERY_MS = 15_000;
