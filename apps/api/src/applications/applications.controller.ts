import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentBrand, type RequestWithPrincipal, Roles } from '#auth';
import { ApplicationsService, type Decider } from '#core/applications/index.js';
import { type Page } from '#core/platform/index.js';
import { IdPipe } from '../http/id.pipe.js';
import { presentApplication } from './application-presenter.js';
import {
  ApplicationPage,
  ApplicationResponse,
  ApproveApplicationDto,
  ApprovalResponse,
  ListApplicationsQuery,
  RejectApplicationDto,
  RejectionResponse,
} from './applications.dto.js';

/** Who decides: the API key, or the signed-in person (who then also signs the invite). */
function deciderOf(request: RequestWithPrincipal): Decider {
  const via = request.principal?.via;
  if (via?.kind === 'session') return { decidedBy: `user:${via.userId}`, user: request.session?.user };
  return { decidedBy: `api_key:${via?.keyId ?? 'unknown'}` };
}

/** The brand's partner applications and the manager's decision on each. */
@ApiTags('applications')
@ApiBearerAuth()
@ApiCookieAuth()
@Roles('brand_manager')
@Controller('v1/applications')
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Get()
  @ApiOkResponse({ type: ApplicationPage })
  async list(
    @CurrentBrand() brandId: string,
    @Query() query: ListApplicationsQuery,
  ): Promise<Page<ApplicationResponse>> {
    const { limit, cursor, ...filter } = query;
    return this.applications.list(brandId, filter, { limit, cursor }, presentApplication);
  }

  @Get(':id')
  @ApiOkResponse({ type: ApplicationResponse })
  async get(
    @CurrentBrand() brandId: string,
    @Param('id', new IdPipe('application')) id: string,
  ): Promise<ApplicationResponse> {
    return presentApplication(await this.applications.get(brandId, id));
  }

  /**
   * Makes the partner (the applicant's name, e-mail and type; the role asked for unless `role` is
   * given, which it must be when the application names none), marks the application approved and
   * invites the applicant as that partner (mailed). A decided application is 409.
   */
  @Post(':id/approve')
  @HttpCode(200)
  @ApiOkResponse({ type: ApprovalResponse })
  async approve(
    @CurrentBrand() brandId: string,
    @Param('id', new IdPipe('application')) id: string,
    @Body() body: ApproveApplicationDto,
    @Req() request: RequestWithPrincipal,
  ): Promise<ApprovalResponse> {
    const approved = await this.applications.approve(brandId, id, body, deciderOf(request));
    const { application, partner, invite, inviteError } = approved;
    return {
      partnerId: partner.id,
      application: presentApplication(application),
      invite: invite
        ? {
            id: invite.invite.id,
            email: invite.invite.email,
            role: invite.invite.role,
            partnerId: invite.invite.partnerId,
            expiresAt: invite.invite.expiresAt.toISOString(),
            acceptUrl: invite.acceptUrl,
            mail: invite.mail,
          }
        : null,
      ...(inviteError ? { inviteError } : {}),
    };
  }

  /** Marks the application rejected and mails the reason to the applicant. A decided application is 409. */
  @Post(':id/reject')
  @HttpCode(200)
  @ApiOkResponse({ type: RejectionResponse })
  async reject(
    @CurrentBrand() brandId: string,
    @Param('id', new IdPipe('application')) id: string,
    @Body() body: RejectApplicationDto,
    @Req() request: RequestWithPrincipal,
  ): Promise<RejectionResponse> {
    const { application, mail } = await this.applications.reject(brandId, id, body.reason, deciderOf(request));
    return { ...presentApplication(application), mail };
  }
}
