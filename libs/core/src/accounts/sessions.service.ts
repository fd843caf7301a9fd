import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Not, Repository } from 'typeorm';
import { AppConfig } from '#config';
import { AppError, Clock, newId } from '../platform/index.js';
import { hashSecretToken, isSecretTokenShaped, newSecretToken } from './secret-token.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

export interface SessionClient {
  ip?: string;
  userAgent?: string;
}

/** A session as the guard finds it from a cookie: live, with its user. */
export interface LiveSession {
  session: Session;
  user: User;
}

export interface StartedSession {
  session: Session;
  /** The cookie's value: returned once, never stored. */
  token: string;
}

/**
 * Sessions in PostgreSQL: started at sign-in with a new secret every time (an incoming cookie is
 * never reused), found by the secret's hash, ended by logout, revocation, a password reset, or
 * expiry (idle: SESSION_IDLE_HOURS since last seen; absolute: SESSION_ABSOLUTE_DAYS since sign-in).
 */
@Injectable()
export class SessionsService {
  private readonly idleMs: number;
  private readonly absoluteMs: number;

  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.idleMs = config.SESSION_IDLE_HOURS * HOUR_MS;
    this.absoluteMs = config.SESSION_ABSOLUTE_DAYS * DAY_MS;
  }

  /** Seconds a new session lives at most: the cookie's Max-Age. */
  get absoluteLifetimeSeconds(): number {
    return this.absoluteMs / 1000;
  }

  async start(user: User, activeBrandId: string | null, client: SessionClient): Promise<StartedSession> {
    const token = newSecretToken();
    const now = this.clock.now();
    const session = this.sessions.create({
      id: newId(),
      tokenHash: hashSecretToken(token),
      userId: user.id,
      activeBrandId,
      csrfToken: newSecretToken(),
      createdAt: now,
      lastSeenAt: now,
      ip: client.ip?.slice(0, 64) ?? null,
      userAgent: client.userAgent?.slice(0, 512) ?? null,
      revokedAt: null,
    });
    await this.sessions.insert(session);
    return { session, token };
  }

  /** The live session a cookie's value names, if any; notes that it was seen (at most once a minute). */
  async resolve(token: string): Promise<LiveSession | undefined> {
    if (!isSecretTokenShaped(token)) return undefined;
    const session = await this.sessions.findOneBy({ tokenHash: hashSecretToken(token), revokedAt: IsNull() });
    if (!session) return undefined;
    const now = this.clock.now();
    if (!this.isLive(session, now)) return undefined;
    const user = await this.users.findOneBy({ id: session.userId });
    if (!user) return undefined;
    if (now.getTime() - session.lastSeenAt.getTime() >= MINUTE_MS) {
      await this.sessions.update({ id: session.id }, { lastSeenAt: now });
      session.lastSeenAt = now;
    }
    return { session, user };
  }

  private isLive(session: Session, now: Date): boolean {
    return (
      session.revokedAt === null &&
      now.getTime() < session.lastSeenAt.getTime() + this.idleMs &&
      now.getTime() < session.createdAt.getTime() + this.absoluteMs
    );
  }

  /** The user's live sessions, newest first. */
  async listLive(userId: string): Promise<Session[]> {
    const now = this.clock.now();
    const sessions = await this.sessions.find({ where: { userId, revokedAt: IsNull() }, order: { id: 'DESC' } });
    return sessions.filter((session) => this.isLive(session, now));
  }

  /** The brand the user's latest session acted in (ended or not): where the next sign-in resumes. */
  async lastActiveBrandOf(userId: string): Promise<string | null> {
    const [latest] = await this.sessions.find({
      select: { activeBrandId: true },
      where: { userId, activeBrandId: Not(IsNull()) },
      order: { createdAt: 'DESC' },
      take: 1,
    });
    return latest?.activeBrandId ?? null;
  }

  async setActiveBrand(session: Session, brandId: string): Promise<void> {
    await this.sessions.update({ id: session.id }, { activeBrandId: brandId });
    session.activeBrandId = brandId;
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
  }

  /** Ends one of the user's own sessions; another user's id is a 404, as if it did not exist. */
  async revokeOwn(userId: string, sessionId: string): Promise<void> {
    const result = await this.sessions.update(
      { id: sessionId, userId, revokedAt: IsNull() },
      { revokedAt: this.clock.now() },
    );
    if (!result.affected) throw AppError.notFound('session', sessionId);
  }

  /** Ends every session of the user (after a password reset). */
  async revokeAllOf(userId: string): Promise<void> {
    await this.sessions.update({ userId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
  }
}
