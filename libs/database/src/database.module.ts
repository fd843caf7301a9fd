import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '#config';
import { dataSourceOptions } from './data-source-options.js';

/** The PostgreSQL connection of both apps; each feature module registers its own repositories. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({ inject: [AppConfig], useFactory: (config: AppConfig) => dataSourceOptions(config) }),
  ],
  exports: [TypeOrmModule],
})
export class DatabaseModule {}
