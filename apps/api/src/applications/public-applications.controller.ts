import { Body, Controller, HttpCode, Logger, Param, Post, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { Public } from '#auth';
import { ApplicationsService } from '#core/applications/index.js';
import { BrandsService } from '#core/catalog/index.js';
import { newId } from '#core/platform/index.js';
import { ApplicationSubmitLimit } from './application-submit-limit.js';
import { SubmitApplicationDto, SubmittedApplicationResponse } from './applications.dto.js';

/** The public application form of a brand's program page (`/apply/{slug}`): no key. */
@ApiTags('public')
@Controller('v1/public/brands')
export class PublicApplicationsController {
  private readonly logger = new Logger(PublicApplicationsController.name);

  constructor(
    private readonly brands: BrandsService,
    private readonly applications: ApplicationsService,
    private readonly limit: ApplicationSubmitLimit,
  ) {}

  /**
   * One pending application per e-mail and brand (another is 409 conflict); a few per client IP
   * and brand an hour (429 rate_limited with Retry-After). A filled spam trap (`companyWebsite`)
   * is answered like a success and stored nowhere.
   */
  @Post(':brandSlug/applications')
  @Public()
  @HttpCode(201)
  @ApiCreatedResponse({ type: SubmittedApplicationResponse })
  async submit(
    @Param('brandSlug') brandSlug: string,
    @Body() body: SubmitApplicationDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SubmittedApplicationResponse> {
    const brand = await this.brands.getBySlug(brandSlug);
    this.limit.hit(brand.id, request.ip, reply);
    const { companyWebsite, ...application } = body;
    if (companyWebsite) {
      this.logger.warn({ brandId: brand.id, requestId: request.id }, 'Application with a filled spam trap dropped');
      return { id: newId(), status: 'pending' };
    }
    const stored = await this.applications.submit(brand, application, request.ip);
    return { id: stored.id, status: 'pending' };
  }
}
