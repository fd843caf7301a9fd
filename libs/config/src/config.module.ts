import { type DynamicModule, Module } from '@nestjs/common';
import { AppConfig, loadConfig } from './app-config.js';

/**
 * Provides the validated AppConfig to a whole application. Each app's entry point loads it once
 * (failing fast on a wrong variable) and passes it in; tests pass one with overrides.
 */
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig = loadConfig()): DynamicModule {
    return {
      module: ConfigModule,
      global: true,
      providers: [{ provide: AppConfig, useValue: config }],
      exports: [AppConfig],
    };
  }
}
