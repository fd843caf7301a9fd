import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import { AppError, Clock, newId, uniqueViolation } from '../platform/index.js';
import { Membership, type MembershipRole } from './membership.entity.js';
import { hashPassword, verifyAgainstNobody, verifyPassword } from './password-hashing.js';
import { assertPasswordPolicy } from './password-policy.js';
import { User } from './user.entity.js';

/** A membership as the web app shows it: with the brand's name. */
export interface MembershipView {
  brandId: string;
  brandName: string;
  role: MembershipRole;
  partnerId: string | null;
}

export interface NewUser {
  email: string;
  name: string;
  password: string;
  isOperator?: boolean;
}

/** E-mail addresses are compared and stored lower-cased and trimmed. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** People and their memberships: who they are, how they prove it, which brands they act in. */
@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
    private readonly clock: Clock,
  ) {}

  findByEmail(email: string): Promise<User | null> {
    return this.users.findOneBy({ email: normalizeEmail(email) });
  }

  /** Creates a user after checking the password policy; an e-mail already taken is a 409. */
  async create(input: NewUser, manager: EntityManager = this.users.manager): Promise<User> {
    const email = normalizeEmail(input.email);
    assertPasswordPolicy(input.password, email);
    const now = this.clock.now();
    const user = manager.create(User, {
      id: newId(),
      email,
      name: input.name.trim(),
      passwordHash: await hashPassword(input.password),
      isOperator: input.isOperator ?? false,
      createdAt: now,
      passwordChangedAt: now,
    });
    try {
      await manager.insert(User, user);
    } catch (error) {
      if (uniqueViolation(error) === 'users_email') {
        throw new AppError('conflict', `There is already an account with the e-mail ${email}`);
      }
      throw error;
    }
    return user;
  }

  /**
   * The user with this e-mail and password, else undefined. An unknown e-mail costs the same
   * time as a wrong password, so that the answer's timing does not tell which.
   */
  async verifyCredentials(email: string, password: string): Promise<User | undefined> {
    const user = await this.findByEmail(email);
    if (!user) return verifyAgainstNobody(password).then(() => undefined);
    return (await verifyPassword(user.passwordHash, password)) ? user : undefined;
  }

  async changePassword(user: User, password: string, manager: EntityManager = this.users.manager): Promise<void> {
    assertPasswordPolicy(password, user.email);
    await manager.update(
      User,
      { id: user.id },
      { passwordHash: await hashPassword(password), passwordChangedAt: this.clock.now() },
    );
  }

  /** The user's memberships, oldest first (the first is where a sign-in starts). */
  async membershipsOf(userId: string): Promise<MembershipView[]> {
    const rows = await this.memberships
      .createQueryBuilder('membership')
      .innerJoin('membership.brand', 'brand')
      .select(['membership.brandId', 'membership.role', 'membership.partnerId', 'membership.createdAt'])
      .addSelect('brand.name', 'brand_name')
      .where('membership.userId = :userId', { userId })
      .orderBy('membership.createdAt', 'ASC')
      .addOrderBy('membership.id', 'ASC')
      .getRawMany<{
        membership_brand_id: string;
        membership_role: MembershipRole;
        membership_partner_id: string | null;
        brand_name: string;
      }>();
    return rows.map((row) => ({
      brandId: row.membership_brand_id,
      brandName: row.brand_name,
      role: row.membership_role,
      partnerId: row.membership_partner_id,
    }));
  }

  membershipIn(userId: string, brandId: string): Promise<Membership | null> {
    return this.memberships.findOneBy({ userId, brandId });
  }

  /** Gives the user this role in the brand, replacing the role held there before, if any. */
  async grantMembership(
    manager: EntityManager,
    userId: string,
    brandId: string,
    role: MembershipRole,
    partnerId: string | null,
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(Membership)
      .values({ id: newId(), userId, brandId, role, partnerId, createdAt: this.clock.now() })
      .orUpdate(['role', 'partner_id'], ['user_id', 'brand_id'])
      .execute();
  }
}
