import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Repository } from 'typeorm';
import { AppConfig } from '#config';
import { AppError, Clock, Mailer, newId } from '../platform/index.js';
import { WEB_APP_PATHS, webAppLink } from './account-links.js';
import { PasswordReset } from './password-reset.entity.js';
import { assertPasswordPolicy } from './password-policy.js';
import { hashSecretToken, isSecretTokenShaped, newSecretToken } from './secret-token.js';
import { SessionsService } from './sessions.service.js';
import { User } from './user.entity.js';
import { UsersService } from './users.service.js';

const RESET_MS = 3600 * 1000;

/**
 * Forgotten passwords: a link valid for an hour, single use; a newer request or a use revokes the
 * user's other links, and a reset ends every session of the user.
 */
@Injectable()
export class PasswordResetsService {
  private readonly logger = new Logger(PasswordResetsService.name);

  constructor(
    @InjectRepository(PasswordReset) private readonly resets: Repository<PasswordReset>,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * Mails a reset link when the e-mail has an account, and does nothing otherwise. The mail is
   * sent in the background: waiting for it would tell by the answer's time whether the account
   * exists.
   */
  async request(email: string): Promise<void> {
    const user = await this.users.findByEmail(email);
    if (!user) return;
    const token = newSecretToken();
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        PasswordReset,
        { userId: user.id, usedAt: IsNull(), revokedAt: IsNull() },
        { revokedAt: now },
      );
      await manager.insert(PasswordReset, {
        id: newId(),
        userId: user.id,
        tokenHash: hashSecretToken(token),
        createdAt: now,
        expiresAt: new Date(now.getTime() + RESET_MS),
        usedAt: null,
        revokedAt: null,
      });
    });
    const link = webAppLink(this.config, WEB_APP_PATHS.resetPassword, token);
    this.mailer
      .send({
        to: user.email,
        subject: 'Reset your Partnermix password',
        text: [
          `Hello ${user.name},`,
          '',
          'Someone (hopefully you) asked to reset the password of your Partnermix account.',
          'Choose a new one within the hour:',
          link,
          '',
          'If it was not you, ignore this mail: your password stays as it is.',
        ].join('\n'),
      })
      .catch((error: unknown) =>
        this.logger.error({ err: error, userId: user.id }, 'A password-reset mail could not be sent'),
      );
  }

  /** Sets the new password from a link's token, uses the link up and ends the user's sessions. */
  async confirm(token: string, password: string): Promise<void> {
    const reset = isSecretTokenShaped(token)
      ? await this.resets.findOneBy({ tokenHash: hashSecretToken(token) })
      : null;
    const now = this.clock.now();
    if (!reset || reset.usedAt || reset.revokedAt || reset.expiresAt.getTime() <= now.getTime()) throw invalidReset();
    const user = await this.dataSource.getRepository(User).findOneBy({ id: reset.userId });
    if (!user) throw invalidReset();
    assertPasswordPolicy(password, user.email);
    await this.dataSource.transaction(async (manager) => {
      const claimed = await manager
        .createQueryBuilder()
        .update(PasswordReset)
        .set({ usedAt: now })
        .where('id = :id AND used_at IS NULL AND revoked_at IS NULL', { id: reset.id })
        .execute();
      if (!claimed.affected) throw invalidReset();
      await manager.update(
        PasswordReset,
        { userId: user.id, usedAt: IsNull(), revokedAt: IsNull() },
        { revokedAt: now },
      );
      await this.users.changePassword(user, password, manager);
    });
    await this.sessions.revokeAllOf(user.id);
  }
}

function invalidReset(): AppError {
  return new AppError(
    'reset_invalid',
    'This password-reset link is not valid: it was already used, replaced by a newer one, or has expired. Ask for a new one.',
  );
}
