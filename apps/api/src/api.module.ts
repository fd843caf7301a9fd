import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard, PostbackSignatureGuard } from '#auth';
import { type AppConfig, ConfigModule } from '#config';
import { CoreModule } from '#core/core.module.js';
import { QueueModule } from '#queue';
import { AuthController } from './accounts/auth.controller.js';
import { InvitesController } from './accounts/invites.controller.js';
import { MembersController } from './accounts/members.controller.js';
import { PasswordResetController } from './accounts/password-reset.controller.js';
import { SessionSigner } from './accounts/session-signer.js';
import { SessionsController } from './accounts/sessions.controller.js';
import { SignInThrottle } from './accounts/sign-in-throttle.js';
import { ApiKeysController } from './api-keys/api-keys.controller.js';
import { ApplicationSubmitLimit } from './applications/application-submit-limit.js';
import { ApplicationsController } from './applications/applications.controller.js';
import { PublicApplicationsController } from './applications/public-applications.controller.js';
import { BrandsController } from './brands/brands.controller.js';
import { PublicBrandsController } from './brands/public-brands.controller.js';
import { CommissionPlansController } from './commission-plans/commission-plans.controller.js';
import { CommissionsController } from './commissions/commissions.controller.js';
import { MeCommissionsController } from './commissions/me-commissions.controller.js';
import { MeStatementsController } from './statements/me-statements.controller.js';
import { StatementsController } from './statements/statements.controller.js';
import { ActivityController } from './activity/activity.controller.js';
import { MeActivityController } from './activity/me-activity.controller.js';
import { QualityController } from './quality/quality.controller.js';
import { ConversionsController } from './conversions/conversions.controller.js';
import { CustomersController } from './customers/customers.controller.js';
import { PostbacksController } from './conversions/postbacks.controller.js';
import { HealthController } from './health/health.controller.js';
import { LinksController } from './links/links.controller.js';
import { MeLinksController } from './links/me-links.controller.js';
import { MetricsController } from './metrics/metrics.controller.js';
import { MetricsService } from './metrics/metrics.service.js';
import { OverviewController } from './overview/overview.controller.js';
import { PartnerMixController } from './partner-mix/partner-mix.controller.js';
import { MePartnersController } from './partners/me-partners.controller.js';
import { PartnersController } from './partners/partners.controller.js';
import { BrandPromoCodesController } from './promo-codes/brand-promo-codes.controller.js';
import { MePromoCodesController } from './promo-codes/me-promo-codes.controller.js';
import { PromoCodesController } from './promo-codes/promo-codes.controller.js';
import { ClickIntakeService } from './tracking/click-intake.service.js';
import { ClicksController } from './tracking/clicks.controller.js';
import { ImpressionsService } from './tracking/impressions.service.js';
import { S2sClicksService } from './tracking/s2s-clicks.service.js';
import { MeWebhooksController } from './webhooks/me-webhooks.controller.js';
import { WebhooksController } from './webhooks/webhooks.controller.js';

@Module({
  imports: [CoreModule, QueueModule],
  controllers: [
    BrandsController,
    PublicBrandsController,
    PublicApplicationsController,
    ApplicationsController,
    ApiKeysController,
    PartnersController,
    LinksController,
    ClicksController,
    ConversionsController,
    PostbacksController,
    CommissionPlansController,
    CommissionsController,
    StatementsController,
    ActivityController,
    QualityController,
    HealthController,
    MetricsController,
    WebhooksController,
    PromoCodesController,
    BrandPromoCodesController,
    PartnerMixController,
    OverviewController,
    CustomersController,
    // People in the web app: sign-in, sessions, invites, password resets.
    AuthController,
    SessionsController,
    PasswordResetController,
    InvitesController,
    MembersController,
    // The partner portal, /v1/me/...: one Me…Controller per feature, in the feature's folder.
    MePartnersController,
    MeLinksController,
    MeActivityController,
    MeCommissionsController,
    MeStatementsController,
    MePromoCodesController,
    MeWebhooksController,
  ],
  providers: [
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_GUARD, useClass: PostbackSignatureGuard },
    MetricsService,
    ClickIntakeService,
    S2sClicksService,
    ImpressionsService,
    SessionSigner,
    SignInThrottle,
    ApplicationSubmitLimit,
  ],
})
export class ApiModule {
  static register(config: AppConfig): DynamicModule {
    return { module: ApiModule, imports: [ConfigModule.forRoot(config)] };
  }
}
