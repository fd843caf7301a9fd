import { createHash, timingSafeEqual } from 'node:crypto';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardAdapter } from '@bull-board/fastify';
import { getQueueToken } from '@nestjs/bullmq';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type Queue } from 'bullmq';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { AppConfig } from '#config';
import { AppError, errorEnvelope } from '#core/platform/index.js';
import { ALL_QUEUES } from '#queue';

export const QUEUES_DASHBOARD_PATH = '/admin/queues';

const sha256 = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/** The key an operator sent: `Bearer <key>`, or HTTP Basic with the key as password (browsers). */
function presentedKey(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const bearer = /^Bearer\s+(\S+)$/i.exec(header);
  if (bearer) return bearer[1];
  const basic = /^Basic\s+(\S+)$/i.exec(header);
  if (!basic) return undefined;
  const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
  return decoded.slice(decoded.indexOf(':') + 1);
}

/** Mounts bull-board at /admin/queues, open to the operator key only. */
export async function mountQueuesDashboard(app: NestFastifyApplication): Promise<void> {
  const operatorKeyHash = sha256(app.get(AppConfig).OPERATOR_API_KEY);
  const queues = ALL_QUEUES.map((name) => app.get<Queue>(getQueueToken(name), { strict: false }));
  const board = new BullBoardAdapter();
  board.setBasePath(QUEUES_DASHBOARD_PATH);
  createBullBoard({ queues: queues.map((queue) => new BullMQAdapter(queue)), serverAdapter: board });

  await app
    .getHttpAdapter()
    .getInstance()
    .register(
      async (scope) => {
        scope.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
          const key = presentedKey(request.headers.authorization);
          if (key === undefined || !timingSafeEqual(sha256(key), operatorKeyHash)) {
            await reply
              .status(401)
              .header('WWW-Authenticate', 'Basic realm="Partnermix queues", charset="UTF-8"')
              .send(errorEnvelope(new AppError('unauthorized', 'The queue dashboard needs the operator key')));
          }
        });
        await scope.register(board.registerPlugin());
      },
      { prefix: QUEUES_DASHBOARD_PATH },
    );
}
