import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from '#auth';
import { type AppConfig, ConfigModule } from '#config';
import { CoreModule } from '#core/core.module.js';
import { QueueModule } from '#queue';
import { ApiKeysController } from './api-keys/api-keys.controller.js';
import { BrandsController } from './brands/brands.controller.js';
import { HealthController } from './health/health.controller.js';
import { LinkPresenter } from './links/link-presenter.js';
import { LinksController } from './links/links.controller.js';
import { MeController } from './me/me.controller.js';
import { MetricsController } from './metrics/metrics.controller.js';
import { MetricsService } from './metrics/metrics.service.js';
import { PartnersController } from './partners/partners.controller.js';

@Module({
  imports: [CoreModule, QueueModule],
  controllers: [
    BrandsController,
    ApiKeysController,
    PartnersController,
    LinksController,
    MeController,
    HealthController,
    MetricsController,
  ],
  providers: [{ provide: APP_GUARD, useClass: AuthGuard }, MetricsService, LinkPresenter],
})
export class ApiModule {
  static register(config: AppConfig): DynamicModule {
    return { module: ApiModule, imports: [ConfigModule.forRoot(config)] };
  }
}
