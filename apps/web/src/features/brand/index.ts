export { brandKeys, brandQuery, useActiveBrand } from './api';
