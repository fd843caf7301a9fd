import type { ConversionChannel, ConversionSource, ConversionStatus, QualityFlagCode } from './conversion-filters';

export const STATUS_LABELS: Record<ConversionStatus, string> = {
  pending: 'Pending',
  review: 'In review',
  approved: 'Approved',
  rejected: 'Rejected',
  reversed: 'Reversed',
};

export const STATUS_COLORS: Record<ConversionStatus, string> = {
  pending: 'gray',
  review: 'orange',
  approved: 'teal',
  rejected: 'red',
  reversed: 'violet',
};

export const CHANNEL_LABELS: Record<ConversionChannel, string> = {
  web: 'Web shop',
  app: 'App',
  marketplace: 'Marketplace',
  ai_assistant: 'AI assistant',
  other: 'Other',
};

export const SOURCE_LABELS: Record<ConversionSource, string> = {
  api: 'Server (API)',
  postback: 'Postback (GET)',
};

const FLAG_LABELS: Record<QualityFlagCode | 'code_outside_audience', string> = {
  ctit_too_short: 'Click too close to the order',
  click_flood: 'Click flooding',
  self_referral: 'Self-referral',
  last_second_override: 'Last-second override',
  unknown_click: 'Unknown click id',
  code_leak: 'Leaked promo code',
  code_outside_audience: 'Code used outside its audience',
};

export const flagLabel = (code: string): string => FLAG_LABELS[code as QualityFlagCode] ?? code.replace(/_/g, ' ');

/** What a rule's evidence says, in words, key by key (unknown keys as they are). */
const EVIDENCE_LABELS: Record<string, string> = {
  ctitSeconds: 'Seconds from click to order',
  minimumSeconds: 'Minimum allowed',
  secondsBeforeConversion: 'Seconds before the order',
  windowSeconds: 'Last-second window (s)',
  otherPartners: 'Earlier partners overridden',
  stoodDown: 'Touch left out of the credit',
  clickId: 'Click id',
  customerKey: 'Customer',
};

export function evidenceItems(evidence: Record<string, string | number | boolean>): { label: string; value: string }[] {
  return Object.entries(evidence).map(([key, value]) => ({
    label: EVIDENCE_LABELS[key] ?? key,
    value: typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value),
  }));
}
