import { createServer, type Server } from 'node:http';
import { type INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { type DataSource } from 'typeorm';
import { AppError, checkDependencies, errorEnvelope } from '#core/platform/index.js';
import { RedisService } from '#queue';

/** The worker's only HTTP route: GET /health, 200 when PostgreSQL and Redis answer, else 503. */
export function startHealthServer(app: INestApplicationContext, port: number): Promise<Server> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const redis = app.get(RedisService).client;
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/health') {
      response.writeHead(404, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(errorEnvelope(new AppError('not_found', 'The worker serves only GET /health'))));
      return;
    }
    void checkDependencies(dataSource, redis).then((health) => {
      response.writeHead(health.status === 'ok' ? 200 : 503, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(health));
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '0.0.0.0', () => resolve(server));
  });
}
