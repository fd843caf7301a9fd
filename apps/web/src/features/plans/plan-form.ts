/*
 * The commission plan editor's values and their API body. The form's paths are the API's
 * (`rules.2.cps.tiers.0.rateBps` for `rules[2].cps.tiers[0].rateBps`) so that a validation error
 * lands on its input; rates are typed in percent and sent in basis points, exactly (no floats).
 */
import { localDate, localDayBounds } from '../../../../../libs/domain/src/calendar/time-zone';
import type { PlanBody, PlanVersion } from '../../api/types';
import { FUNNEL_ROLES } from '../../lib/partner-kinds';

export interface TierValues {
  key: string;
  fromRevenue: string;
  /** Percent. */
  rateBps: string;
}

export interface RuleValues {
  key: string;
  /** '' = any. */
  role: string;
  partnerType: string;
  partnerId: string;
  /** Percent; '' with no tiers = no CPS. */
  cps: { rateBps: string; tiers: TierValues[] };
  cpa: { amount: string };
  cpc: { amount: string };
  cpm: { amount: string };
  flatFee: { amount: string; period: string };
}

// A type, not an interface: Mantine's form helpers take Record<string, unknown>.
export type PlanValues = {
  /** A day of the brand's time zone: the version starts at its first instant. */
  effectiveFrom: string;
  lookbackDays: string;
  lockDays: string;
  attribution: {
    model: string;
    base: string;
    halfLifeDays: string;
    firstShare: string;
    lastShare: string;
    roleWeights: Record<string, string>;
  };
  rules: RuleValues[];
  /** rateBps in percent. */
  newCustomerBonus: { rateBps: string; amount: string };
  caps: { perPartnerPerMonth: string };
  codePolicy: string;
};

let keys = 0;
/** A React key for a new rule or tier (list items move and are removed). */
export const newKey = (): string => `k${++keys}`;

const PERCENT = /^(\d+)(?:\.(\d{1,2}))?$/;

/** "12.5" (percent) → 1250 (basis points), exactly; anything else is sent as typed for the API to name. */
export function percentToBps(percent: string): number | string {
  const match = PERCENT.exec(percent.trim());
  if (!match) return percent.trim();
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** 1250 → "12.5", 500 → "5", 1 → "0.01". */
export function bpsToPercent(bps: number): string {
  const whole = Math.floor(bps / 100);
  const fraction = String(bps % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}

/** A whole number as a number; anything else as typed, for the API to name. */
function integer(value: string): number | string {
  return /^\d+$/.test(value.trim()) ? Number(value.trim()) : value.trim();
}

const DEFAULT_WEIGHTS: Record<string, string> = {
  awareness: '1.5',
  consideration: '1.2',
  conversion: '0.8',
  retention: '1.0',
};

/** An empty rule for a funnel role. */
export function emptyRule(role = ''): RuleValues {
  return {
    key: newKey(),
    role,
    partnerType: '',
    partnerId: '',
    cps: { rateBps: '', tiers: [] },
    cpa: { amount: '' },
    cpc: { amount: '' },
    cpm: { amount: '' },
    flatFee: { amount: '', period: 'month' },
  };
}

/**
 * The editor's starting values: the version in force, or a blank plan (last click, a CPS rule per
 * funnel role to fill in), starting on `day`.
 */
export function planToValues(plan: PlanVersion | undefined, day: string): PlanValues {
  const text = (value: unknown, fallback = ''): string =>
    value === undefined || value === null ? fallback : String(value);
  const attribution = plan?.attribution;
  return {
    effectiveFrom: day,
    lookbackDays: text(plan?.lookbackDays, '30'),
    lockDays: text(plan?.lockDays, '30'),
    attribution: {
      model: attribution?.model ?? 'last_click',
      base: attribution?.base ?? 'position_based',
      halfLifeDays: text(attribution?.halfLifeDays, '7'),
      firstShare: text(attribution?.firstShare, '0.4'),
      lastShare: text(attribution?.lastShare, '0.4'),
      roleWeights: Object.fromEntries(
        FUNNEL_ROLES.map((role) => [role, text(attribution?.roleWeights?.[role], DEFAULT_WEIGHTS[role])]),
      ),
    },
    rules: plan
      ? plan.rules.map((rule) => ({
          key: newKey(),
          role: rule.role ?? '',
          partnerType: rule.partnerType ?? '',
          partnerId: rule.partnerId ?? '',
          cps: {
            rateBps: rule.cps ? bpsToPercent(rule.cps.rateBps) : '',
            tiers: (rule.cps?.tiers ?? []).map((tier) => ({
              key: newKey(),
              fromRevenue: tier.fromRevenue,
              rateBps: bpsToPercent(tier.rateBps),
            })),
          },
          cpa: { amount: rule.cpa?.amount ?? '' },
          cpc: { amount: rule.cpc?.amount ?? '' },
          cpm: { amount: rule.cpm?.amount ?? '' },
          flatFee: { amount: rule.flatFee?.amount ?? '', period: rule.flatFee?.period ?? 'month' },
        }))
      : FUNNEL_ROLES.map((role) => emptyRule(role)),
    newCustomerBonus: {
      rateBps: plan?.newCustomerBonus?.rateBps === undefined ? '' : bpsToPercent(plan.newCustomerBonus.rateBps),
      amount: plan?.newCustomerBonus?.amount ?? '',
    },
    caps: { perPartnerPerMonth: plan?.caps?.perPartnerPerMonth ?? '' },
    codePolicy: plan?.codePolicy ?? 'touch',
  };
}

/** The model's own parameters: the others would be stored but never read. */
function attributionBody(values: PlanValues['attribution']): PlanBody['attribution'] {
  const model = values.model as PlanBody['attribution']['model'];
  const base = values.base as NonNullable<PlanBody['attribution']['base']>;
  const shaping = model === 'role_weighted' ? base : model;
  return {
    model,
    ...(model === 'role_weighted' && {
      base,
      roleWeights: Object.fromEntries(
        FUNNEL_ROLES.map((role) => [role, values.roleWeights[role]?.trim() ?? '']),
      ) as NonNullable<PlanBody['attribution']['roleWeights']>,
    }),
    ...(shaping === 'time_decay' && { halfLifeDays: values.halfLifeDays.trim() }),
    ...(shaping === 'position_based' && { firstShare: values.firstShare.trim(), lastShare: values.lastShare.trim() }),
  };
}

const amount = (value: string): { amount: string } | undefined =>
  value.trim() === '' ? undefined : { amount: value.trim() };

/**
 * The API body of the editor's values. Blank fields are left out; what is typed is sent as typed
 * where it cannot be read, so that the API's message names the field.
 */
export function valuesToBody(values: PlanValues, timeZone: string): PlanBody {
  let effectiveFrom = values.effectiveFrom;
  try {
    effectiveFrom = localDayBounds(values.effectiveFrom, timeZone).start.toISOString();
  } catch {
    // Sent as typed: the API says what an effectiveFrom must be.
  }
  const { rateBps: bonusRate, amount: bonusAmount } = values.newCustomerBonus;
  const body = {
    effectiveFrom,
    lookbackDays: integer(values.lookbackDays),
    lockDays: integer(values.lockDays),
    attribution: attributionBody(values.attribution),
    rules: values.rules.map((rule) => ({
      ...(rule.role && { role: rule.role }),
      ...(rule.partnerType && { partnerType: rule.partnerType }),
      ...(rule.partnerId && { partnerId: rule.partnerId }),
      ...((rule.cps.rateBps.trim() !== '' || rule.cps.tiers.length > 0) && {
        cps: {
          rateBps: percentToBps(rule.cps.rateBps),
          ...(rule.cps.tiers.length > 0 && {
            tiers: rule.cps.tiers.map((tier) => ({
              fromRevenue: tier.fromRevenue.trim(),
              rateBps: percentToBps(tier.rateBps),
            })),
          }),
        },
      }),
      ...(amount(rule.cpa.amount) && { cpa: amount(rule.cpa.amount) }),
      ...(amount(rule.cpc.amount) && { cpc: amount(rule.cpc.amount) }),
      ...(amount(rule.cpm.amount) && { cpm: amount(rule.cpm.amount) }),
      ...(amount(rule.flatFee.amount) && {
        flatFee: { amount: rule.flatFee.amount.trim(), period: rule.flatFee.period },
      }),
    })),
    ...((bonusRate.trim() !== '' || bonusAmount.trim() !== '') && {
      newCustomerBonus: {
        ...(bonusRate.trim() !== '' && { rateBps: percentToBps(bonusRate) }),
        ...(bonusAmount.trim() !== '' && { amount: bonusAmount.trim() }),
      },
    }),
    ...(values.caps.perPartnerPerMonth.trim() !== '' && {
      caps: { perPartnerPerMonth: values.caps.perPartnerPerMonth.trim() },
    }),
    codePolicy: values.codePolicy,
  };
  // Numbers typed wrong travel as strings so that the API names them; the schema says number.
  return body as PlanBody;
}

/** The day after today in the brand's zone: the earliest a new version can start without rewriting today. */
export function tomorrowIn(timeZone: string, now: Date = new Date()): string {
  const today = localDayBounds(localDate(now, timeZone), timeZone);
  return localDate(today.end, timeZone);
}

/**
 * The API's messages about a rate speak basis points ("must be between 0 and 10000; got 15000");
 * the form takes percent, so they are said in percent ("between 0 % and 100 %; got 150 %").
 */
export function inPercent(details: readonly unknown[]): unknown[] {
  return details.map((detail) => {
    const problem = detail as { field?: unknown; message?: unknown };
    if (typeof problem?.field !== 'string' || typeof problem.message !== 'string') return detail;
    if (!problem.field.endsWith('rateBps')) return detail;
    const message = problem.message.replace(
      /\b(between |got )(\d+)(?: and (\d+))?/g,
      (_match, word: string, a: string, b?: string) =>
        b === undefined
          ? `${word}${bpsToPercent(Number(a))} %`
          : `${word}${bpsToPercent(Number(a))} % and ${bpsToPercent(Number(b))} %`,
    );
    return { ...problem, message };
  });
}
