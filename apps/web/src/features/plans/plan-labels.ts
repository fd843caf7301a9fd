import type { PlanVersion } from '../../api/types';
import { formatShare } from '../../lib/format';

export const MODEL_LABELS: Record<string, string> = {
  last_click: 'Last click',
  first_click: 'First click',
  linear: 'Linear',
  time_decay: 'Time decay',
  position_based: 'Position-based',
  role_weighted: 'Role-weighted',
};

export const MODEL_OPTIONS = Object.entries(MODEL_LABELS).map(([value, label]) => ({ value, label }));
export const BASE_OPTIONS = MODEL_OPTIONS.filter((option) => option.value !== 'role_weighted');

export const CODE_POLICY_OPTIONS = [
  { value: 'touch', label: 'Shares credit like a click' },
  { value: 'exclusive', label: "All the credit to the code's partner" },
];

export const FLAT_FEE_PERIOD_OPTIONS = [
  { value: 'month', label: 'per month' },
  { value: 'quarter', label: 'per quarter' },
];

/** A rate in basis points as a percentage in the reader's locale ("12.5%"). */
export const formatBps = (bps: number): string => formatShare(bps / 10_000, undefined, 2);

export type VersionStatus = 'in_force' | 'scheduled' | 'past';

export const STATUS_LABELS: Record<VersionStatus, { label: string; color: string }> = {
  in_force: { label: 'In force', color: 'teal' },
  scheduled: { label: 'Scheduled', color: 'blue' },
  past: { label: 'Past', color: 'gray' },
};

/**
 * Where a version stands, from the API's `inForce` (the API's clock decides, not the browser's):
 * later than the version in force is scheduled, earlier is past; with none in force, all are ahead.
 */
export function versionStatus(version: PlanVersion, inForce: PlanVersion | undefined): VersionStatus {
  if (version.inForce) return 'in_force';
  if (!inForce) return 'scheduled';
  return Date.parse(version.effectiveFrom) > Date.parse(inForce.effectiveFrom) ? 'scheduled' : 'past';
}
