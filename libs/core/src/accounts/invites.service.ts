import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Repository } from 'typeorm';
import { AppConfig } from '#config';
import { type Brand, BrandsService, PartnersService } from '../catalog/index.js';
import { AppError, Clock, Mailer, newId, type Page, type PageQuery, paginate } from '../platform/index.js';
import { WEB_APP_PATHS, webAppLink } from './account-links.js';
import { Invite } from './invite.entity.js';
import { type MembershipRole } from './membership.entity.js';
import { verifyPassword } from './password-hashing.js';
import { hashSecretToken, isSecretTokenShaped, newSecretToken } from './secret-token.js';
import { type User } from './user.entity.js';
import { normalizeEmail, UsersService } from './users.service.js';

export const INVITE_DAYS = 7;
const DAY_MS = 24 * 3600 * 1000;

export interface NewInvite {
  email: string;
  role: MembershipRole;
  /** Required for (and only for) a partner invite: a partner of the brand. */
  partnerId?: string;
}

export interface CreatedInvite {
  invite: Invite;
  /** The link that accepts it; the token in it is not stored, so this is the only time it exists. */
  acceptUrl: string;
  /** Whether it was mailed; a failure is logged and the invite stands (the link can be passed on). */
  mail: 'sent' | 'logged' | 'dropped' | 'failed';
}

export type InviteStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

/** What the accept page shows before anyone signs in. */
export interface InvitePreview {
  invite: Invite;
  brand: Brand;
  existingUser: boolean;
}

export interface Acceptance {
  /** The new account's name; ignored when the e-mail already has an account. */
  name?: string;
  /** The new account's password, or the existing account's current one. */
  password: string;
}

const ROLE_WORDS: Record<MembershipRole, string> = { brand_manager: 'a manager', partner: 'a partner' };

/**
 * Invitations to a brand. `create` is the one way in for people (managers invite, and approved
 * partner applications invite their partner); accepting signs the person up or, when the e-mail
 * already has an account, adds the membership to it after checking its password.
 */
@Injectable()
export class InvitesService {
  private readonly logger = new Logger(InvitesService.name);

  constructor(
    @InjectRepository(Invite) private readonly invites: Repository<Invite>,
    private readonly brands: BrandsService,
    private readonly partners: PartnersService,
    private readonly users: UsersService,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  /** Stores an invite and mails its link; a mail failure is logged and does not lose the invite. */
  async create(brandId: string, input: NewInvite, invitedBy?: User): Promise<CreatedInvite> {
    const brand = await this.brands.get(brandId);
    if (input.role === 'partner' && !input.partnerId) {
      throw AppError.invalidField('partnerId', 'partnerId is required to invite a partner');
    }
    if (input.role !== 'partner' && input.partnerId) {
      throw AppError.invalidField('partnerId', `partnerId is only for partner invites, not ${input.role} ones`);
    }
    if (input.partnerId) await this.partners.get(brandId, input.partnerId);

    const token = newSecretToken();
    const now = this.clock.now();
    const invite = this.invites.create({
      id: newId(),
      brandId,
      email: normalizeEmail(input.email),
      role: input.role,
      partnerId: input.partnerId ?? null,
      tokenHash: hashSecretToken(token),
      invitedBy: invitedBy?.id ?? null,
      createdAt: now,
      expiresAt: new Date(now.getTime() + INVITE_DAYS * DAY_MS),
      acceptedAt: null,
      revokedAt: null,
    });
    await this.invites.insert(invite);
    const acceptUrl = webAppLink(this.config, WEB_APP_PATHS.acceptInvite, token);

    let mail: CreatedInvite['mail'];
    try {
      mail = await this.mailer.send({
        to: invite.email,
        subject: `You are invited to ${brand.name} on Partnermix`,
        text: [
          `${invitedBy ? invitedBy.name : brand.name} invited you to join ${brand.name} on Partnermix as ${ROLE_WORDS[invite.role]}.`,
          '',
          `Accept the invitation (valid until ${invite.expiresAt.toISOString()}):`,
          acceptUrl,
          '',
          'If you did not expect this invitation, ignore this mail.',
        ].join('\n'),
      });
    } catch (error) {
      this.logger.error({ err: error, inviteId: invite.id }, 'The invite was stored but could not be mailed');
      mail = 'failed';
    }
    return { invite, acceptUrl, mail };
  }

  statusOf(invite: Invite, now: Date = this.clock.now()): InviteStatus {
    if (invite.acceptedAt) return 'accepted';
    if (invite.revokedAt) return 'revoked';
    return invite.expiresAt.getTime() <= now.getTime() ? 'expired' : 'pending';
  }

  list<Out>(brandId: string, page: PageQuery, present: (invite: Invite) => Out): Promise<Page<Out>> {
    const query = this.invites.createQueryBuilder('invite').where('invite.brandId = :brandId', { brandId });
    return paginate(query, page, present);
  }

  /** Revokes an invite; `brandId` limits it to one brand (undefined: the operator). Twice is harmless. */
  async revoke(id: string, brandId: string | undefined): Promise<void> {
    const invite = await this.invites.findOneBy(brandId === undefined ? { id } : { id, brandId });
    if (!invite) throw AppError.notFound('invite', id);
    if (!invite.revokedAt && !invite.acceptedAt) {
      await this.invites.update({ id, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
    }
  }

  /** The pending invite a link's token names, else 410 invite_invalid. */
  async preview(token: string): Promise<InvitePreview> {
    const invite = await this.pending(token);
    const [brand, user] = await Promise.all([this.brands.get(invite.brandId), this.users.findByEmail(invite.email)]);
    return { invite, brand, existingUser: user !== null };
  }

  /**
   * Accepts an invite: the account with the invite's e-mail gains the membership (its password
   * must be given: 401 invalid_credentials otherwise), or a new account is made. The invite is
   * marked used in the same transaction, so it works once even when two tabs race.
   */
  async accept(token: string, acceptance: Acceptance): Promise<{ user: User; invite: Invite }> {
    const invite = await this.pending(token);
    const existing = await this.users.findByEmail(invite.email);
    if (existing && !(await verifyPassword(existing.passwordHash, acceptance.password))) {
      throw new AppError(
        'invalid_credentials',
        `${invite.email} already has an account: enter its current password to accept`,
      );
    }
    if (!existing && !acceptance.name?.trim()) {
      throw AppError.invalidField('name', 'name is required to create your account');
    }
    return this.dataSource.transaction(async (manager) => {
      const claimed = await manager
        .createQueryBuilder()
        .update(Invite)
        .set({ acceptedAt: this.clock.now() })
        .where('id = :id AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > :now', {
          id: invite.id,
          now: this.clock.now(),
        })
        .execute();
      if (!claimed.affected) throw invalidInvite();
      const user =
        existing ??
        (await this.users.create(
          { email: invite.email, name: acceptance.name ?? '', password: acceptance.password },
          manager,
        ));
      await this.users.grantMembership(manager, user.id, invite.brandId, invite.role, invite.partnerId);
      return { user, invite };
    });
  }

  private async pending(token: string): Promise<Invite> {
    const invite = isSecretTokenShaped(token)
      ? await this.invites.findOneBy({ tokenHash: hashSecretToken(token) })
      : null;
    if (!invite || this.statusOf(invite) !== 'pending') throw invalidInvite();
    return invite;
  }
}

function invalidInvite(): AppError {
  return new AppError(
    'invite_invalid',
    'This invitation link is not valid: it was already used, withdrawn, or has expired. Ask for a new one.',
  );
}
