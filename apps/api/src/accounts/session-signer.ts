import { Injectable } from '@nestjs/common';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { SESSION_COOKIE, sessionCookieOptions } from '#auth';
import { AppConfig } from '#config';
import { SessionsService, type User, UsersService } from '#core/accounts/index.js';
import { type SessionResponse } from './dto/auth.dto.js';
import { presentSession } from './account-presenter.js';

/** Starting and ending sessions over HTTP: the cookie and the body that go with them. */
@Injectable()
export class SessionSigner {
  private readonly production: boolean;

  constructor(
    private readonly sessions: SessionsService,
    private readonly users: UsersService,
    config: AppConfig,
  ) {
    this.production = config.NODE_ENV === 'production';
  }

  /**
   * Signs the user in with a new session (a new secret every time: a session id planted before
   * sign-in is never promoted), in `brandId` or the first brand of their memberships. A live
   * session the browser came with is ended.
   */
  async signIn(user: User, request: FastifyRequest, reply: FastifyReply, brandId?: string): Promise<SessionResponse> {
    const incoming = request.cookies[SESSION_COOKIE];
    const previous = incoming ? await this.sessions.resolve(incoming) : undefined;
    if (previous) await this.sessions.revoke(previous.session.id);

    const memberships = await this.users.membershipsOf(user.id);
    const { session, token } = await this.sessions.start(user, brandId ?? memberships[0]?.brandId ?? null, {
      ip: request.ip,
      userAgent: request.headers['user-agent'],
    });
    void reply
      .setCookie(SESSION_COOKIE, token, sessionCookieOptions(this.production, this.sessions.absoluteLifetimeSeconds))
      .header('Cache-Control', 'no-store');
    return presentSession(user, memberships, session);
  }

  clearCookie(reply: FastifyReply): void {
    void reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(this.production));
  }
}
