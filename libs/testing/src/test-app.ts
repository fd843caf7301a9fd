import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { loadConfigWith } from '#config';
import { createApiApp } from '../../../apps/api/src/app.js';

export interface TestApi {
  app: NestFastifyApplication;
  /** A supertest client of the running app. */
  http: () => ReturnType<typeof request>;
  operatorKey: string;
  /** Raw SQL on this run's database, for checking what was (or was not) stored. */
  query: <Row = Record<string, unknown>>(sql: string, parameters?: unknown[]) => Promise<Row[]>;
  close: () => Promise<void>;
}

/**
 * The real API application on this run's database and Redis prefix (see test/global-setup.mjs),
 * listening on no port: supertest talks to its HTTP server directly. `overrides` replace
 * environment variables (say, a REDIS_URL through a proxy that a fault test can cut).
 */
export async function startTestApi(overrides: Record<string, string> = {}): Promise<TestApi> {
  const config = loadConfigWith(overrides);
  const app = await createApiApp(config);
  const server = app.getHttpServer();
  const operatorKey = config.OPERATOR_API_KEY;
  const dataSource = app.get(DataSource);
  return {
    app,
    http: () => request(server),
    operatorKey,
    query: (sql, parameters) => dataSource.query(sql, parameters),
    close: () => app.close(),
  };
}

export const bearer = (key: string): [string, string] => ['Authorization', `Bearer ${key}`];
