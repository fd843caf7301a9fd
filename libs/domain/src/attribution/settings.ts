import { FUNNEL_ROLES, type FunnelRole } from '../partners/funnel.js';
import { Rational } from './rational.js';

export const ATTRIBUTION_MODELS = [
  'last_click',
  'first_click',
  'linear',
  'time_decay',
  'position_based',
  'role_weighted',
] as const;
export type AttributionModel = (typeof ATTRIBUTION_MODELS)[number];

/** Role weighting multiplies another model's credit, so it cannot be its own base. */
export type BaseAttributionModel = Exclude<AttributionModel, 'role_weighted'>;

/** A setting from configuration: a decimal string, or a number read at its shortest decimal. */
export type DecimalSetting = number | string;

/** The `attribution` object of a commission plan (API.md), as stored. */
export interface AttributionSettings {
  readonly model: AttributionModel;
  /** Only for role_weighted; ignored by the other models. */
  readonly base?: BaseAttributionModel;
  readonly halfLifeDays?: DecimalSetting;
  readonly firstShare?: DecimalSetting;
  readonly lastShare?: DecimalSetting;
  readonly roleWeights?: Readonly<Record<FunnelRole, DecimalSetting>>;
}

/** Settings with defaults applied, validated, and shares and weights as exact fractions. */
export interface ResolvedAttributionSettings {
  readonly model: AttributionModel;
  readonly base: BaseAttributionModel;
  /** Only feeds the floating-point 2^(-age/halfLife) of time decay, so a number is enough. */
  readonly halfLifeDays: number;
  readonly firstShare: Rational;
  readonly lastShare: Rational;
  readonly roleWeights: Readonly<Record<FunnelRole, Rational>>;
}

export const DEFAULT_ATTRIBUTION_SETTINGS = {
  base: 'position_based',
  halfLifeDays: 7,
  firstShare: '0.4',
  lastShare: '0.4',
  roleWeights: { awareness: '1.5', consideration: '1.2', conversion: '0.8', retention: '1.0' },
} as const satisfies Omit<Required<AttributionSettings>, 'model'>;

export function isAttributionModel(value: unknown): value is AttributionModel {
  return typeof value === 'string' && (ATTRIBUTION_MODELS as readonly string[]).includes(value);
}

/**
 * Applies the defaults and checks every setting that is present, whichever model uses it, so a
 * plan with a nonsense share is refused when it is saved rather than when a conversion arrives.
 * Throws a RangeError whose message starts with the name of the bad setting.
 */
export function resolveAttributionSettings(settings: AttributionSettings): ResolvedAttributionSettings {
  if (!isAttributionModel(settings.model)) {
    throw new RangeError(`model must be one of ${ATTRIBUTION_MODELS.join(', ')}; got ${show(settings.model)}`);
  }
  // Read as unknown: the stored plan is JSON and may name any model, or none.
  const base: unknown = settings.base ?? DEFAULT_ATTRIBUTION_SETTINGS.base;
  if (!isAttributionModel(base) || base === 'role_weighted') {
    throw new RangeError(
      `base must be one of ${ATTRIBUTION_MODELS.filter((model) => model !== 'role_weighted').join(', ')}; got ${show(base)}`,
    );
  }

  const halfLife = readDecimal('halfLifeDays', settings.halfLifeDays ?? DEFAULT_ATTRIBUTION_SETTINGS.halfLifeDays);
  const halfLifeDays = halfLife.toNumber();
  // The float must be positive too: "1e-400" is a positive fraction but 0 as a double.
  if (halfLife.compare(Rational.ZERO) <= 0 || !(halfLifeDays > 0)) {
    throw new RangeError(`halfLifeDays must be greater than 0; got ${show(settings.halfLifeDays)}`);
  }

  const firstShare = readShare('firstShare', settings.firstShare ?? DEFAULT_ATTRIBUTION_SETTINGS.firstShare);
  const lastShare = readShare('lastShare', settings.lastShare ?? DEFAULT_ATTRIBUTION_SETTINGS.lastShare);
  if (firstShare.add(lastShare).compare(Rational.ONE) > 0) {
    throw new RangeError(
      `lastShare must be at most 1 - firstShare (the two ends share one conversion); got firstShare + lastShare = ${firstShare.add(lastShare).toNumber()}`,
    );
  }

  const givenWeights = settings.roleWeights ?? DEFAULT_ATTRIBUTION_SETTINGS.roleWeights;
  if (typeof givenWeights !== 'object' || givenWeights === null) {
    throw new RangeError('roleWeights must be an object with a weight for each funnel role');
  }
  const roleWeights = Object.fromEntries(
    FUNNEL_ROLES.map((role) => {
      const weight = readDecimal(`roleWeights.${role}`, givenWeights[role]);
      if (weight.compare(Rational.ZERO) < 0) {
        throw new RangeError(`roleWeights.${role} must be 0 or more; got ${show(givenWeights[role])}`);
      }
      return [role, weight];
    }),
  ) as Record<FunnelRole, Rational>;
  if (FUNNEL_ROLES.every((role) => roleWeights[role].isZero())) {
    throw new RangeError('roleWeights must not all be 0');
  }

  return { model: settings.model, base, halfLifeDays, firstShare, lastShare, roleWeights };
}

function readDecimal(name: string, value: unknown): Rational {
  if (typeof value !== 'number' && typeof value !== 'string') {
    throw new RangeError(`${name} must be a number or a decimal string; got ${show(value)}`);
  }
  try {
    return Rational.fromDecimal(value);
  } catch {
    throw new RangeError(`${name} must be a number or a decimal string; got ${show(value)}`);
  }
}

function readShare(name: string, value: unknown): Rational {
  const share = readDecimal(name, value);
  if (share.compare(Rational.ZERO) < 0 || share.compare(Rational.ONE) > 0) {
    throw new RangeError(`${name} must be between 0 and 1; got ${show(value)}`);
  }
  return share;
}

/** The value as it would appear in the plan body, for error messages (NaN stays "NaN"). */
function show(value: unknown): string {
  return typeof value === 'number' ? String(value) : String(JSON.stringify(value));
}
