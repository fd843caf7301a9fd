import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError, type Page, type PageQuery, paginate } from '../platform/index.js';
import { Membership } from './membership.entity.js';

/** The people of one brand (its memberships), for its managers: who they are, and removing them. */
@Injectable()
export class MembersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The brand's members with their user (and partner, for partner members), oldest id first. */
  async list<Out>(brandId: string, page: PageQuery, toOutput: (membership: Membership) => Out): Promise<Page<Out>> {
    const query = this.dataSource
      .getRepository(Membership)
      .createQueryBuilder('membership')
      .innerJoinAndSelect('membership.user', 'user')
      .leftJoinAndSelect('membership.partner', 'partner')
      .where('membership.brand_id = :brandId', { brandId });
    return paginate(query, page, toOutput);
  }

  /**
   * Ends a person's membership of the brand (their sessions there stop working at the next
   * request). The brand's manager memberships are locked first, so two managers removing each
   * other at once cannot leave the brand with none.
   */
  async remove(brandId: string, userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const managers: { user_id: string }[] = await manager.query(
        `SELECT user_id FROM memberships WHERE brand_id = $1 AND role = 'brand_manager' ORDER BY id FOR UPDATE`,
        [brandId],
      );
      const membership = await manager.findOneBy(Membership, { brandId, userId });
      if (!membership) throw AppError.notFound('member', userId);
      if (membership.role === 'brand_manager' && managers.length <= 1) {
        throw new AppError(
          'last_manager',
          'This is the brand’s only manager; invite another manager before removing this one',
        );
      }
      await manager.delete(Membership, { id: membership.id });
    });
  }
}
