import { type DataSourceOptions } from 'typeorm';
import { type AppConfig } from '#config';
import { ENTITIES } from '#core/entities.js';
import { MIGRATIONS } from '#migrations';

/**
 * The one description of the PostgreSQL connection, used by both apps, the migration CLI and the
 * tests. The schema comes from migrations only: never synchronised from the entities.
 */
export function dataSourceOptions(config: AppConfig, overrides: { url?: string } = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url: overrides.url ?? config.DATABASE_URL,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    applicationName: 'partnermix',
    poolSize: config.DATABASE_POOL_SIZE,
    // Fail fast when PostgreSQL is away so that callers can answer 503 instead of hanging.
    extra: { connectionTimeoutMillis: 5000 },
  };
}
