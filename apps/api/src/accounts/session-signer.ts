import { Injectable } from '@nestjs/common';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { SESSION_COOKIE, sessionCookieOptions, sessionTokenOf } from '#auth';
import { AppConfig } from '#config';
import { type MembershipView, SessionsService, type User, UsersService } from '#core/accounts/index.js';
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
   * sign-in is never promoted), in `brandId`, else the brand they last worked in. A live
   * session the browser came with is ended.
   */
  async signIn(user: User, request: FastifyRequest, reply: FastifyReply, brandId?: string): Promise<SessionResponse> {
    const incoming = sessionTokenOf(request);
    const previous = incoming ? await this.sessions.resolve(incoming) : undefined;
    if (previous) await this.sessions.revoke(previous.session.id);

    const memberships = await this.users.membershipsOf(user.id);
    const { session, token } = await this.sessions.start(
      user,
      brandId ?? (await this.resumedBrand(user, memberships)),
      {
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      },
    );
    void reply
      .setCookie(SESSION_COOKIE, token, sessionCookieOptions(this.production, this.sessions.absoluteLifetimeSeconds))
      .header('Cache-Control', 'no-store');
    return presentSession(user, memberships, session);
  }

  /** The brand of the user's latest session while still a member there, else the oldest membership's. */
  private async resumedBrand(user: User, memberships: MembershipView[]): Promise<string | null> {
    const last = await this.sessions.lastActiveBrandOf(user.id);
    if (last && memberships.some((membership) => membership.brandId === last)) return last;
    return memberships[0]?.brandId ?? null;
  }

  clearCookie(reply: FastifyReply): void {
    void reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(this.production));
  }
}
