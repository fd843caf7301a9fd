// Entry point of the TypeORM CLI (`npm run migration:run`, `migration:revert`, `migration:generate`).
import { DataSource } from 'typeorm';
import { loadConfig } from '#config';
import { dataSourceOptions } from './data-source-options.js';

export default new DataSource(dataSourceOptions(loadConfig()));
