import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppConfig } from '#config';
import { Clock } from '../platform/index.js';
import { Invite } from './invite.entity.js';
import { PasswordReset } from './password-reset.entity.js';
import { Session } from './session.entity.js';

const DAY_MS = 24 * 3600 * 1000;
const HOUR_MS = 3600 * 1000;

/**
 * Ended sessions and unused invites are kept this long after they ended: the sessions page and
 * the team's invite list can still explain a recent sign-out or an expired link, and no longer.
 */
export const ENDED_CREDENTIALS_KEPT_DAYS = 30;

export interface AccountsCleanupResult {
  sessions: number;
  invites: number;
  passwordResets: number;
}

/**
 * Deletes what can never sign anybody in again, so that a table that grows with every sign-in
 * stays small: sessions ended (signed out, idle or past their absolute lifetime), invites that
 * expired or were withdrawn without being accepted, and password-reset links past their hour.
 * Accepted invites stay: they record who brought whom into the brand.
 */
@Injectable()
export class AccountsCleanupService {
  private readonly logger = new Logger(AccountsCleanupService.name);
  private readonly idleMs: number;
  private readonly absoluteMs: number;

  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @InjectRepository(Invite) private readonly invites: Repository<Invite>,
    @InjectRepository(PasswordReset) private readonly resets: Repository<PasswordReset>,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.idleMs = config.SESSION_IDLE_HOURS * HOUR_MS;
    this.absoluteMs = config.SESSION_ABSOLUTE_DAYS * DAY_MS;
  }

  async purgeEnded(now = this.clock.now()): Promise<AccountsCleanupResult> {
    const horizon = new Date(now.getTime() - ENDED_CREDENTIALS_KEPT_DAYS * DAY_MS);
    const sessions = await this.sessions
      .createQueryBuilder()
      .delete()
      .where('revoked_at < :horizon', { horizon })
      .orWhere('last_seen_at < :idleHorizon', { idleHorizon: new Date(horizon.getTime() - this.idleMs) })
      .orWhere('created_at < :absoluteHorizon', { absoluteHorizon: new Date(horizon.getTime() - this.absoluteMs) })
      .execute();
    const invites = await this.invites
      .createQueryBuilder()
      .delete()
      .where('accepted_at IS NULL')
      .andWhere('(expires_at < :horizon OR revoked_at < :horizon)', { horizon })
      .execute();
    // A reset link lives an hour; a day's grace keeps "this link was already used" answerable.
    const passwordResets = await this.resets
      .createQueryBuilder()
      .delete()
      .where('expires_at < :dayAgo', { dayAgo: new Date(now.getTime() - DAY_MS) })
      .execute();
    const result = {
      sessions: sessions.affected ?? 0,
      invites: invites.affected ?? 0,
      passwordResets: passwordResets.affected ?? 0,
    };
    if (result.sessions + result.invites + result.passwordResets > 0) {
      this.logger.log(result, 'Ended sessions, unused invites and old reset links deleted');
    }
    return result;
  }
}
