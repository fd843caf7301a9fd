import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { type FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '#auth';
import { checkDependencies, type DependencyHealth } from '#core/platform/index.js';
import { RedisService, WORKER_HEARTBEAT_KEY } from '#queue';

@ApiTags('operations')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly redis: RedisService,
  ) {}

  /** 200 when PostgreSQL and Redis answer, else 503; reports when a worker last checked in. */
  @Get()
  @ApiOkResponse({ description: 'PostgreSQL and Redis answer.' })
  @ApiServiceUnavailableResponse({ description: 'A dependency does not answer.' })
  async health(
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DependencyHealth & { workerHeartbeatAt: string | null }> {
    const health = await checkDependencies(this.dataSource, this.redis.client);
    const heartbeat =
      health.checks.redis === 'up'
        ? await this.redis.client.get(this.redis.key(WORKER_HEARTBEAT_KEY)).catch(() => null)
        : null;
    if (health.status !== 'ok') void reply.status(503);
    return { ...health, workerHeartbeatAt: heartbeat };
  }
}
