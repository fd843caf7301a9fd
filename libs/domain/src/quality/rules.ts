import { compareTouches, type Touch } from '../attribution/models.js';

/** A brand's quality rules; every one has a default, and a brand may change any. */
export interface QualitySettings {
  /** A conversion sooner than this after its last click is implausibly fast (a bot, or a cookie stuffed at checkout). */
  readonly minCtitSeconds: number;
  /** More clicks than this from one IP prefix for one partner within a minute are flooding. */
  readonly clickFloodPerMinute: number;
  /** A conversion-role touch this close before the conversion, after another partner's, is a last-second override. */
  readonly lastSecondSeconds: number;
  /** Whether a last-second override loses its credit (stands down) or keeps it, flagged. */
  readonly standDownLastSecond: boolean;
}

export const DEFAULT_QUALITY_SETTINGS: QualitySettings = {
  minCtitSeconds: 10,
  clickFloodPerMinute: 30,
  lastSecondSeconds: 60,
  standDownLastSecond: false,
};

export const QUALITY_FLAG_CODES = [
  'ctit_too_short',
  'click_flood',
  'self_referral',
  'last_second_override',
  'unknown_click',
  'code_leak',
] as const;
export type QualityFlagCode = (typeof QUALITY_FLAG_CODES)[number];

export interface QualityFlag {
  readonly code: QualityFlagCode;
  /** The partner the flag is about, when there is one. */
  readonly partnerId: string | null;
  /** What the rule saw: the figures a manager checks before approving or rejecting. */
  readonly evidence: Readonly<Record<string, string | number | boolean>>;
}

const LIMITS: Record<keyof Omit<QualitySettings, 'standDownLastSecond'>, [number, number]> = {
  minCtitSeconds: [0, 86_400],
  clickFloodPerMinute: [1, 100_000],
  lastSecondSeconds: [0, 86_400],
};

/**
 * The brand's stored rules over the defaults, checked: a RangeError naming the setting for a value
 * out of range, so a bad setting is refused when saved.
 */
export function resolveQualitySettings(stored: Partial<Record<keyof QualitySettings, unknown>> = {}): QualitySettings {
  const resolved: Record<string, number | boolean> = { ...DEFAULT_QUALITY_SETTINGS };
  for (const [name, [min, max]] of Object.entries(LIMITS)) {
    const value = stored[name as keyof QualitySettings];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      throw new RangeError(`${name} must be a whole number from ${min} to ${max}; got ${JSON.stringify(value)}`);
    }
    resolved[name] = value;
  }
  if (stored.standDownLastSecond !== undefined) {
    if (typeof stored.standDownLastSecond !== 'boolean') {
      throw new RangeError(
        `standDownLastSecond must be true or false; got ${JSON.stringify(stored.standDownLastSecond)}`,
      );
    }
    resolved.standDownLastSecond = stored.standDownLastSecond;
  }
  return resolved as unknown as QualitySettings;
}

export interface ConversionFacts<T extends Touch> {
  readonly conversionAt: Date;
  /** The journey as selected (lookback window, named click). */
  readonly journey: readonly T[];
  /** The click id the conversion named matched no click of the brand (unknown, or another brand's). */
  readonly unknownClickId: string | null;
  /** Partners that registered the converting customer's key as their own. */
  readonly selfReferringPartners: ReadonlySet<string>;
  /**
   * Whether a touch's time says when the customer acted (a click), rather than being set to the
   * conversion's own time (a promo code): only those count for click-to-conversion time and
   * last-second overrides. All touches by default.
   */
  readonly isTimed?: (touch: T) => boolean;
}

/**
 * Checks a conversion's journey against the brand's rules. Returns the flags (a flagged
 * conversion goes to review) and the journey to credit: empty for an unknown click id (nothing is
 * credited on a click that does not exist), without a last-second override's touch when the brand
 * stands such touches down, else as given.
 */
export function checkConversion<T extends Touch>(
  facts: ConversionFacts<T>,
  settings: QualitySettings,
): { flags: QualityFlag[]; journey: T[] } {
  const flags: QualityFlag[] = [];
  if (facts.unknownClickId !== null) {
    flags.push({ code: 'unknown_click', partnerId: null, evidence: { clickId: facts.unknownClickId } });
    return { flags, journey: [] };
  }
  let journey = [...facts.journey].sort(compareTouches);
  const at = facts.conversionAt.getTime();
  const timed = journey.filter((touch) => facts.isTimed?.(touch) ?? true);
  const last = timed[timed.length - 1];
  if (last) {
    const ctitSeconds = Math.floor((at - last.occurredAt.getTime()) / 1000);
    if (ctitSeconds < settings.minCtitSeconds) {
      flags.push({
        code: 'ctit_too_short',
        partnerId: last.partnerId,
        evidence: { clickId: last.clickId, ctitSeconds, minimumSeconds: settings.minCtitSeconds },
      });
    }
    const overridden = new Set(timed.filter((touch) => touch.partnerId !== last.partnerId).map((t) => t.partnerId));
    if (last.role === 'conversion' && ctitSeconds <= settings.lastSecondSeconds && overridden.size > 0) {
      flags.push({
        code: 'last_second_override',
        partnerId: last.partnerId,
        evidence: {
          clickId: last.clickId,
          secondsBeforeConversion: ctitSeconds,
          windowSeconds: settings.lastSecondSeconds,
          otherPartners: overridden.size,
          stoodDown: settings.standDownLastSecond,
        },
      });
      if (settings.standDownLastSecond) journey = journey.filter((touch) => touch !== last);
    }
  }
  for (const partnerId of [...new Set(facts.journey.map((touch) => touch.partnerId))].sort()) {
    if (facts.selfReferringPartners.has(partnerId)) {
      flags.push({ code: 'self_referral', partnerId, evidence: { customerKey: 'registered by the partner' } });
    }
  }
  return { flags, journey };
}
