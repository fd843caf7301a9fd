import { Controller, Delete, Get, HttpCode, Param, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { CurrentSession, SignedIn } from '#auth';
import { type LiveSession, SessionsService } from '#core/accounts/index.js';
import { IdPipe } from '../http/id.pipe.js';
import { presentSessionInfo } from './account-presenter.js';
import { SessionListResponse } from './dto/auth.dto.js';
import { SessionSigner } from './session-signer.js';

/** A person's own sessions (browsers signed in), to review and end. */
@ApiTags('auth')
@ApiCookieAuth()
@SignedIn()
@Controller('v1/auth/sessions')
export class SessionsController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly signer: SessionSigner,
  ) {}

  @Get()
  @ApiOkResponse({ type: SessionListResponse })
  async list(@CurrentSession() live: LiveSession): Promise<SessionListResponse> {
    const sessions = await this.sessions.listLive(live.user.id);
    return { data: sessions.map((session) => presentSessionInfo(session, live.session.id)) };
  }

  /** Ends one of your sessions (another person's id is a 404); ending the current one signs out. */
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The session is ended.' })
  async revoke(
    @CurrentSession() live: LiveSession,
    @Param('id', new IdPipe('session')) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.sessions.revokeOwn(live.user.id, id);
    if (id === live.session.id) this.signer.clearCookie(reply);
  }
}
