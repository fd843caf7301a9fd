import 'reflect-metadata';
import { AppConfig } from '#config';
import { createApiApp } from './app.js';

const app = await createApiApp();
const config = app.get(AppConfig);
await app.listen({ port: config.PORT, host: '0.0.0.0' });
