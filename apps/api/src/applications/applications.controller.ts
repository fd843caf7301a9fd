import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentBrand, CurrentPrincipal, type Principal, Roles } from '#auth';
import { ApplicationsService } from '#core/applications/index.js';
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
} from './applications.dto.js';

/** Who decided, as kept on the application. */
function deciderOf(principal: Principal): string {
  return principal.via.kind === 'session' ? `user:${principal.via.userId}` : `api_key:${principal.via.keyId}`;
}

/** The brand's partner applications and the manager's decision on each. */
@ApiTags('applications')
@ApiBearerAuth()
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
   * given, which it must be when the application names none) and marks the application approved.
   * A decided application is 409.
   */
  @Post(':id/approve')
  @HttpCode(200)
  @ApiOkResponse({ type: ApprovalResponse })
  async approve(
    @CurrentBrand() brandId: string,
    @CurrentPrincipal() principal: Principal,
    @Param('id', new IdPipe('application')) id: string,
    @Body() body: ApproveApplicationDto,
  ): Promise<ApprovalResponse> {
    const { application, partner } = await this.applications.approve(brandId, id, body, deciderOf(principal));
    return { partnerId: partner.id, application: presentApplication(application), invite: null };
  }

  /** Marks the application rejected with the reason. A decided application is 409. */
  @Post(':id/reject')
  @HttpCode(200)
  @ApiOkResponse({ type: ApplicationResponse })
  async reject(
    @CurrentBrand() brandId: string,
    @CurrentPrincipal() principal: Principal,
    @Param('id', new IdPipe('application')) id: string,
    @Body() body: RejectApplicationDto,
  ): Promise<ApplicationResponse> {
    const { application } = await this.applications.reject(brandId, id, body.reason, deciderOf(principal));
    return presentApplication(application);
  }
}
