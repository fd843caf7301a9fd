import { type CommissionPlan, formatMoney, PlanValidationError, validatePlan } from '#domain';
import { AppError, type FieldProblem, isoTimeMessage, parseIsoTime, parseMoneyField } from '#core/platform/index.js';

/**
 * The fields a plan body may have (API.md "Commission plans"); `'money'` marks decimal strings in
 * the brand currency, which the domain takes as minor units. Arrays are written as one-element
 * arrays of their item shape.
 */
type Shape = 'value' | 'money' | { [field: string]: Shape } | [Shape];

const ROLE_WEIGHTS: Shape = { awareness: 'value', consideration: 'value', conversion: 'value', retention: 'value' };
const PLAN: Shape = {
  effectiveFrom: 'value',
  lookbackDays: 'value',
  lockDays: 'value',
  attribution: {
    model: 'value',
    base: 'value',
    halfLifeDays: 'value',
    firstShare: 'value',
    lastShare: 'value',
    roleWeights: ROLE_WEIGHTS,
  },
  rules: [
    {
      role: 'value',
      partnerType: 'value',
      partnerId: 'value',
      cps: { rateBps: 'value', tiers: [{ fromRevenue: 'money', rateBps: 'value' }] },
      cpa: { amount: 'money' },
      cpc: { amount: 'money' },
      cpm: { amount: 'money' },
      flatFee: { amount: 'money', period: 'value' },
    },
  ],
  newCustomerBonus: { rateBps: 'value', amount: 'money' },
  caps: { perPartnerPerMonth: 'money' },
  codePolicy: 'value',
};

/** Walks `value` along `shape`, turning money into minor units and collecting every problem. */
function convert(value: unknown, shape: Shape, path: string, currency: string, problems: FieldProblem[]): unknown {
  if (shape === 'value') return value;
  if (shape === 'money') {
    if (typeof value !== 'string') {
      problems.push({ field: path, message: `${path} must be a decimal string in ${currency}, such as "25.00"` });
      return value;
    }
    try {
      return parseMoneyField(value, currency, path);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      problems.push(...error.details);
      return value;
    }
  }
  if (Array.isArray(shape)) {
    if (!Array.isArray(value)) return value; // validatePlan names the field
    return value.map((item, index) => convert(item, shape[0], `${path}[${index}]`, currency, problems));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const converted: Record<string, unknown> = {};
  for (const [field, item] of Object.entries(value)) {
    const itemPath = path ? `${path}.${field}` : field;
    if (!(field in shape)) {
      problems.push({ field: itemPath, message: `${itemPath} is not a field of a commission plan; remove it` });
      continue;
    }
    if (item !== undefined && item !== null)
      converted[field] = convert(item, shape[field], itemPath, currency, problems);
  }
  return converted;
}

/**
 * A commission plan from its API body: unknown fields refused, money parsed in the brand
 * currency, then the plan's rules checked (validatePlan); every problem is a 400 naming its field.
 */
export function planFromBody(body: unknown, currency: string): CommissionPlan {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw AppError.invalidField('body', 'The body must be a JSON object describing the plan');
  }
  const problems: FieldProblem[] = [];
  const plan = convert(body, PLAN, '', currency, problems) as Record<string, unknown>;
  // Any time, past or future: a plan may start years ahead, or have begun long ago.
  const effectiveFrom = parseIsoTime(plan.effectiveFrom);
  if (effectiveFrom === undefined) {
    problems.push({ field: 'effectiveFrom', message: isoTimeMessage('effectiveFrom') });
  } else {
    plan.effectiveFrom = effectiveFrom;
  }
  if (problems.length > 0) throw AppError.validation(problems);
  try {
    validatePlan(plan);
  } catch (error) {
    if (error instanceof PlanValidationError) throw AppError.invalidField(error.field, error.message);
    throw error;
  }
  return plan;
}

/** The API form of a stored plan: money back to decimal strings. */
export function planToBody(plan: CommissionPlan, currency: string): Record<string, unknown> {
  const money = (minor: number): string => formatMoney(minor, currency);
  return {
    effectiveFrom: plan.effectiveFrom.toISOString(),
    lookbackDays: plan.lookbackDays,
    lockDays: plan.lockDays,
    attribution: plan.attribution,
    rules: plan.rules.map((rule) => ({
      ...rule,
      ...(rule.cps && {
        cps: {
          ...rule.cps,
          ...(rule.cps.tiers && {
            tiers: rule.cps.tiers.map((tier) => ({ fromRevenue: money(tier.fromRevenue), rateBps: tier.rateBps })),
          }),
        },
      }),
      ...(rule.cpa && { cpa: { amount: money(rule.cpa.amount) } }),
      ...(rule.cpc && { cpc: { amount: money(rule.cpc.amount) } }),
      ...(rule.cpm && { cpm: { amount: money(rule.cpm.amount) } }),
      ...(rule.flatFee && { flatFee: { amount: money(rule.flatFee.amount), period: rule.flatFee.period } }),
    })),
    ...(plan.newCustomerBonus && {
      newCustomerBonus: {
        ...plan.newCustomerBonus,
        ...(plan.newCustomerBonus.amount !== undefined && { amount: money(plan.newCustomerBonus.amount) }),
      },
    }),
    ...(plan.caps && { caps: { perPartnerPerMonth: money(plan.caps.perPartnerPerMonth) } }),
    ...(plan.codePolicy && { codePolicy: plan.codePolicy }),
  };
}
