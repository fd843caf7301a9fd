import type { ApiKeyRole } from '../../api/types';

/** What each kind of key is for, in words. */
export const API_KEY_ROLE_NAMES: Record<ApiKeyRole, string> = {
  brand_manager: 'Brand manager',
  network: 'Network (postbacks)',
  partner: 'Partner',
};
