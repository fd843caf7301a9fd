import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

export const NODE_ENVS = ['development', 'test', 'production'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

/** The operator key a development or test machine gets when OPERATOR_API_KEY is not set. */
export const DEVELOPMENT_OPERATOR_KEY = 'pmx_operator_development_only';

const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;

/**
 * Every setting of both processes, read from the environment once at start-up and validated.
 * Nothing else in the code base reads process.env: inject AppConfig instead.
 */
export class AppConfig {
  @IsIn(NODE_ENVS)
  NODE_ENV: NodeEnv = 'development';

  /** HTTP port of the API. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  /** HTTP port of the worker's /health route. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  WORKER_PORT = 3001;

  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/partnermix';

  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false, require_protocol: true })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Prefix of every Redis key (BullMQ queues included), so that runs and tenants of Redis don't mix. */
  @Matches(/^[A-Za-z0-9:_-]{1,64}$/, { message: 'REDIS_PREFIX may hold letters, digits, ":", "_" and "-" (1-64)' })
  REDIS_PREFIX = 'pmx';

  /** The platform operator's key; only its hash is kept in memory after start-up. */
  @IsString()
  @MinLength(16, { message: 'OPERATOR_API_KEY must be at least 16 characters' })
  OPERATOR_API_KEY = DEVELOPMENT_OPERATOR_KEY;

  /** Base URL tracking links are built on (https://track.example.com). */
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  PUBLIC_BASE_URL = 'http://localhost:3000';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Largest request body the API reads, in bytes. */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(64 * 1024 * 1024)
  BODY_LIMIT_BYTES = 1024 * 1024;

  /**
   * Which proxies' X-Forwarded-For to believe for the client IP (rate limits, stored IP prefixes):
   * "true" (any: only behind a proxy that overwrites the header), "false", or addresses/CIDRs
   * and the names loopback, linklocal, uniquelocal. The default believes proxies
   * on private networks only, so that a client on the internet cannot choose its own address.
   */
  @Matches(/^(?:true|false|[A-Za-z0-9.:/]+(?:\s*,\s*[A-Za-z0-9.:/]+)*)$/, {
    message:
      'TRUST_PROXY must be true, false, or a comma-separated list of addresses, CIDRs or loopback/linklocal/uniquelocal',
  })
  TRUST_PROXY = 'loopback,linklocal,uniquelocal';

  /**
   * Rate limits, in requests per RATE_LIMIT_WINDOW_SECONDS, counted in Redis so that every API
   * process shares them; 0 turns a limit off. The redirect is limited per client IP, the
   * ingestion routes (postbacks, conversions, clicks, impressions) per IP and per API key.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  RATE_LIMIT_WINDOW_SECONDS = 60;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  RATE_LIMIT_REDIRECT_PER_IP = 1200;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  RATE_LIMIT_INGEST_PER_IP = 120_000;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  RATE_LIMIT_INGEST_PER_KEY = 60_000;

  /**
   * Partner applications (`POST /v1/public/brands/{slug}/applications`, no key): at most this many
   * per client IP and brand within RATE_LIMIT_APPLICATIONS_WINDOW_SECONDS, counted in Redis.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_APPLICATIONS_PER_IP = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(7 * 24 * 3600)
  RATE_LIMIT_APPLICATIONS_WINDOW_SECONDS = 3600;

  /** Connections per process in the PostgreSQL pool. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  /** Outbound webhooks: the first retry's delay; each next one doubles (8 attempts in all). */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(24 * 3600 * 1000)
  WEBHOOK_BACKOFF_MS = 60_000;

  /** Outbound webhooks: how long one attempt may take, connection to last byte. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(120_000)
  WEBHOOK_TIMEOUT_MS = 10_000;

  /** Outbound webhooks: attempts at once to one endpoint, across all workers. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  WEBHOOK_CONCURRENCY_PER_ENDPOINT = 4;

  /** Outbound webhooks: an endpoint whose every delivery failed for this long is disabled. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 90)
  WEBHOOK_DISABLE_AFTER_HOURS = 72;

  /**
   * People's sessions (the web app's `pmx_session` cookie): a session unused for this many hours
   * ends (idle expiry), and every session ends this many days after sign-in (absolute expiry).
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 30)
  SESSION_IDLE_HOURS = 12;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  SESSION_ABSOLUTE_DAYS = 14;

  /**
   * Failed sign-ins allowed per account (e-mail) and per client IP within
   * RATE_LIMIT_LOGIN_WINDOW_SECONDS before `429 rate_limited`; a successful sign-in clears the
   * account's count. Password-reset requests are limited per e-mail and per IP in the same window.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 3600)
  RATE_LIMIT_LOGIN_WINDOW_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_LOGIN_PER_ACCOUNT = 10;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_LOGIN_PER_IP = 50;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PASSWORD_RESET_PER_EMAIL = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PASSWORD_RESET_PER_IP = 20;

  /**
   * Outgoing mail (invites, password resets): `smtp://user:pass@host:587` or `smtps://…`. Unset
   * outside production, messages are written to the log instead (links included); unset in
   * production, nothing is sent (a warning at start-up) and invites are passed on by their link.
   */
  @IsOptional()
  @IsUrl({ protocols: ['smtp', 'smtps'], require_tld: false, require_protocol: true })
  SMTP_URL?: string = undefined;

  /** Sender of outgoing mail. */
  @IsString()
  @MinLength(3)
  MAIL_FROM = 'Partnermix <no-reply@localhost>';

  /** How long sending one message may take before it counts as failed. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(120_000)
  MAIL_TIMEOUT_MS = 10_000;

  /**
   * Shifts the business clock (event times, lock periods, periods and quarters) by this many
   * milliseconds from the machine's time, so that the suite can be run as if on another day
   * (`npm test -- --clock=2028-01-01`). Never in production.
   */
  @Transform(toInt)
  @IsInt()
  CLOCK_OFFSET_MS = 0;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Builds the configuration from an environment (process.env by default) and throws a ConfigError
 * naming every wrong variable. Unknown variables are ignored; empty ones count as unset.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const keys = Object.keys(new AppConfig()) as (keyof AppConfig)[];
  const given = Object.fromEntries(
    keys.filter((key) => env[key] !== undefined && env[key] !== '').map((key) => [key, env[key]]),
  );
  const config = plainToInstance(AppConfig, given, { exposeDefaultValues: true });
  // Values are not echoed: URLs and keys may hold secrets.
  const problems = validateSync(config).map(
    (error) => `${error.property}: ${Object.values(error.constraints ?? {}).join('; ')}`,
  );
  if (config.NODE_ENV === 'production' && config.OPERATOR_API_KEY === DEVELOPMENT_OPERATOR_KEY) {
    problems.push('OPERATOR_API_KEY must be set to a secret of your own in production');
  }
  if (config.NODE_ENV === 'production' && config.CLOCK_OFFSET_MS !== 0) {
    problems.push('CLOCK_OFFSET_MS is for tests and must not be set in production');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** The process environment with some variables replaced: for tests that point one dependency elsewhere. */
export function loadConfigWith(overrides: Record<string, string>): AppConfig {
  return loadConfig({ ...process.env, ...overrides });
}
