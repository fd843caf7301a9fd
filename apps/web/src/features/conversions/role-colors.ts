import type { FunnelRole } from '../../lib/partner-kinds';

/**
 * A colour per funnel role for the journey's time line. Never the only cue: the role's name is
 * written beside every coloured mark, and the legend names each colour.
 */
export const ROLE_COLORS: Record<FunnelRole, string> = {
  awareness: 'blue',
  consideration: 'grape',
  conversion: 'orange',
  retention: 'teal',
};

export const ROLE_SHORT_LABELS: Record<FunnelRole, string> = {
  awareness: 'Awareness',
  consideration: 'Consideration',
  conversion: 'Conversion',
  retention: 'Retention',
};

export const roleColor = (role: string): string => ROLE_COLORS[role as FunnelRole] ?? 'gray';
export const roleShortLabel = (role: string): string => ROLE_SHORT_LABELS[role as FunnelRole] ?? role;
