import type { WebhookEvent } from '../../api/types';

/** The events a webhook can subscribe to, with what each means. */
export const WEBHOOK_EVENT_OPTIONS: { value: WebhookEvent; label: string }[] = [
  { value: 'conversion.created', label: 'conversion.created: a conversion was recorded' },
  { value: 'conversion.status_changed', label: 'conversion.status_changed: approved, rejected or reversed' },
  { value: 'commission.created', label: 'commission.created: a partner earned a commission' },
  { value: 'commission.approved', label: 'commission.approved: a commission became due' },
  { value: 'commission.reversed', label: 'commission.reversed: a commission was clawed back' },
  { value: 'statement.issued', label: 'statement.issued: a payout statement was issued' },
];
