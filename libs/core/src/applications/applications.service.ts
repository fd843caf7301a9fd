import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import { type FunnelRole, type PartnerType, truncateIp } from '#domain';
import { type CreatedInvite, InvitesService, normalizeEmail, type User } from '../accounts/index.js';
import { type Brand, BrandsService, type Partner, PartnersService } from '../catalog/index.js';
import {
  AppError,
  Clock,
  Mailer,
  type MailOutcome,
  newId,
  type Page,
  type PageQuery,
  paginate,
  uniqueViolation,
} from '../platform/index.js';
import { type ApplicationStatus, PartnerApplication } from './application.entity.js';

export interface NewApplication {
  name: string;
  email: string;
  website?: string;
  type: PartnerType;
  role?: FunnelRole;
  message?: string;
}

export interface ApplicationFilter {
  status?: ApplicationStatus;
}

/** What the manager may set on approval, over what the applicant asked for. */
export interface Approval {
  role?: FunnelRole;
  type?: PartnerType;
}

/** Who decides: kept on the application as `api_key:<id>` or `user:<id>`; a person also signs the invite. */
export interface Decider {
  decidedBy: string;
  user?: User;
}

export interface ApprovedApplication {
  application: PartnerApplication;
  /** The partner the approval made. */
  partner: Partner;
  /** The applicant's invite (mailed); absent when it could not be made, see inviteError. */
  invite?: CreatedInvite;
  inviteError?: string;
}

export interface RejectedApplication {
  application: PartnerApplication;
  /** What became of the mail telling the applicant; `failed` is logged and the rejection stands. */
  mail: MailOutcome | 'failed';
}

/**
 * Partner applications of one brand. Submitting stores one (one pending per e-mail); a decision
 * locks the application's row so that two managers deciding at once cannot both succeed, and an
 * approval makes the partner in the same transaction as the status change.
 */
@Injectable()
export class ApplicationsService {
  private readonly logger = new Logger(ApplicationsService.name);

  constructor(
    @InjectRepository(PartnerApplication) private readonly applications: Repository<PartnerApplication>,
    private readonly partners: PartnersService,
    private readonly brands: BrandsService,
    private readonly invites: InvitesService,
    private readonly mailer: Mailer,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async submit(brand: Brand, input: NewApplication, ip: string | undefined): Promise<PartnerApplication> {
    const application = this.applications.create({
      id: newId(),
      brandId: brand.id,
      name: input.name.trim(),
      // As accounts keep it, so that one person's pending application is found whatever the case.
      email: normalizeEmail(input.email),
      website: input.website ?? null,
      type: input.type,
      role: input.role ?? null,
      message: input.message ?? null,
      status: 'pending',
      reason: null,
      partnerId: null,
      decidedBy: null,
      decidedAt: null,
      createdAt: this.clock.now(),
      ipPrefix: (ip && truncateIp(ip)) || null,
    });
    try {
      await this.applications.insert(application);
    } catch (error) {
      if (uniqueViolation(error) === 'partner_applications_pending_email') {
        throw new AppError(
          'conflict',
          `An application from ${application.email} to ${brand.name} is already pending; the brand will answer it`,
        );
      }
      throw error;
    }
    return application;
  }

  async get(brandId: string, id: string): Promise<PartnerApplication> {
    const application = await this.applications.findOneBy({ brandId, id });
    if (!application) throw AppError.notFound('application', id);
    return application;
  }

  async list<Out>(
    brandId: string,
    filter: ApplicationFilter,
    page: PageQuery,
    toOutput: (application: PartnerApplication) => Out,
  ): Promise<Page<Out>> {
    const query = this.applications
      .createQueryBuilder('application')
      .where('application.brand_id = :brandId', { brandId });
    if (filter.status) query.andWhere('application.status = :status', { status: filter.status });
    return paginate(query, page, toOutput);
  }

  /**
   * Makes the partner (the applicant's name, e-mail and type, the role asked for unless the
   * manager sets one; a role is required when the applicant gave none) and marks the application
   * approved, in one transaction; then invites the applicant as that partner (mailed). The
   * approval stands when the invite fails: the failure is logged and reported, and the manager can
   * invite the partner from the console.
   */
  async approve(brandId: string, id: string, approval: Approval, decider: Decider): Promise<ApprovedApplication> {
    const approved = await this.approveInTransaction(brandId, id, approval, decider.decidedBy);
    const { application, partner } = approved;
    try {
      const invite = await this.invites.create(
        brandId,
        { email: application.email, role: 'partner', partnerId: partner.id },
        decider.user,
      );
      return { ...approved, invite };
    } catch (error) {
      this.logger.error({ err: error, applicationId: id }, 'Application approved but the invite could not be made');
      const reason = error instanceof AppError ? error.message : 'the invite could not be stored';
      return { ...approved, inviteError: `The partner was made but not invited (${reason}); invite them by hand` };
    }
  }

  private approveInTransaction(
    brandId: string,
    id: string,
    approval: Approval,
    decidedBy: string,
  ): Promise<{ application: PartnerApplication; partner: Partner }> {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.pendingForDecision(manager, brandId, id);
      const role = approval.role ?? application.role;
      if (!role) {
        throw AppError.invalidField('role', 'role is required: the applicant did not say which funnel role they play');
      }
      const partner = await this.partners.create(
        brandId,
        { name: application.name, email: application.email, type: approval.type ?? application.type, role },
        manager,
      );
      Object.assign(application, {
        status: 'approved',
        partnerId: partner.id,
        decidedBy,
        decidedAt: this.clock.now(),
      } satisfies Partial<PartnerApplication>);
      await manager.save(application);
      return { application, partner };
    });
  }

  /** Marks the application rejected with the reason, then mails the reason to the applicant. */
  async reject(brandId: string, id: string, reason: string, decider: Decider): Promise<RejectedApplication> {
    const application = await this.rejectInTransaction(brandId, id, reason, decider.decidedBy);
    const brand = await this.brands.get(brandId);
    let mail: RejectedApplication['mail'];
    try {
      mail = await this.mailer.send({
        to: application.email,
        subject: `Your application to ${brand.name} on Partnermix`,
        text: [
          `Hello ${application.name},`,
          '',
          `thank you for applying to the partner program of ${brand.name}. The brand decided not to take`,
          'your application further, and gave this reason:',
          '',
          reason,
        ].join('\n'),
      });
    } catch (error) {
      this.logger.error({ err: error, applicationId: id }, 'Application rejected but the applicant could not be told');
      mail = 'failed';
    }
    return { application, mail };
  }

  private rejectInTransaction(
    brandId: string,
    id: string,
    reason: string,
    decidedBy: string,
  ): Promise<PartnerApplication> {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.pendingForDecision(manager, brandId, id);
      Object.assign(application, {
        status: 'rejected',
        reason,
        decidedBy,
        decidedAt: this.clock.now(),
      } satisfies Partial<PartnerApplication>);
      await manager.save(application);
      return application;
    });
  }

  /** The application, its row locked until the transaction ends; 409 once decided. */
  private async pendingForDecision(manager: EntityManager, brandId: string, id: string): Promise<PartnerApplication> {
    const application = await manager.findOne(PartnerApplication, {
      where: { brandId, id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!application) throw AppError.notFound('application', id);
    if (application.status !== 'pending') {
      throw new AppError('conflict', `Application "${id}" was already ${application.status}`);
    }
    return application;
  }
}
