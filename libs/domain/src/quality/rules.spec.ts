import { type Touch } from '../attribution/models.js';
import { checkConversion, DEFAULT_QUALITY_SETTINGS, resolveQualitySettings } from './rules.js';

const T = Date.parse('2026-11-20T12:00:00Z');
const touch = (clickId: string, partnerId: string, role: Touch['role'], secondsBefore: number): Touch => ({
  clickId,
  partnerId,
  role,
  occurredAt: new Date(T - secondsBefore * 1000),
});
const facts = (journey: Touch[], extra: Partial<Parameters<typeof checkConversion>[0]> = {}) => ({
  conversionAt: new Date(T),
  journey,
  unknownClickId: null,
  selfReferringPartners: new Set<string>(),
  ...extra,
});

describe('quality rules', () => {
  it('passes an ordinary journey untouched', () => {
    const journey = [touch('c1', 'creator', 'awareness', 3 * 86_400), touch('c2', 'coupon', 'conversion', 600)];
    expect(checkConversion(facts(journey), DEFAULT_QUALITY_SETTINGS)).toEqual({ flags: [], journey });
  });

  it('flags a conversion 4 s after its last click (minimum 10 s), naming that click and partner', () => {
    const { flags } = checkConversion(facts([touch('c1', 'p1', 'awareness', 4)]), DEFAULT_QUALITY_SETTINGS);
    expect(flags).toEqual([
      { code: 'ctit_too_short', partnerId: 'p1', evidence: { clickId: 'c1', ctitSeconds: 4, minimumSeconds: 10 } },
    ]);
    // Exactly 10 s is not too short.
    expect(checkConversion(facts([touch('c1', 'p1', 'awareness', 10)]), DEFAULT_QUALITY_SETTINGS).flags).toEqual([]);
  });

  it('flags a conversion-role touch 45 s before the order after another partner, and stands it down if asked', () => {
    const creator = touch('c1', 'creator', 'awareness', 2 * 86_400);
    const extension = touch('c2', 'extension', 'conversion', 45);
    const kept = checkConversion(facts([creator, extension]), DEFAULT_QUALITY_SETTINGS);
    expect(kept.flags).toEqual([
      {
        code: 'last_second_override',
        partnerId: 'extension',
        evidence: { clickId: 'c2', secondsBeforeConversion: 45, windowSeconds: 60, otherPartners: 1, stoodDown: false },
      },
    ]);
    expect(kept.journey).toEqual([creator, extension]);
    const stoodDown = checkConversion(facts([creator, extension]), {
      ...DEFAULT_QUALITY_SETTINGS,
      standDownLastSecond: true,
    });
    expect(stoodDown.journey).toEqual([creator]);
  });

  it('does not call it an override when the same partner touched before, or the role is not conversion, or 61 s passed', () => {
    const same = [touch('c1', 'p1', 'conversion', 3600), touch('c2', 'p1', 'conversion', 30)];
    expect(checkConversion(facts(same), DEFAULT_QUALITY_SETTINGS).flags).toEqual([]);
    const review = [touch('c1', 'p1', 'awareness', 3600), touch('c2', 'p2', 'consideration', 30)];
    expect(checkConversion(facts(review), DEFAULT_QUALITY_SETTINGS).flags).toEqual([]);
    const later = [touch('c1', 'p1', 'awareness', 3600), touch('c2', 'p2', 'conversion', 61)];
    expect(checkConversion(facts(later), DEFAULT_QUALITY_SETTINGS).flags).toEqual([]);
  });

  it('leaves untimed touches (a promo code, stamped at the conversion) out of the time rules', () => {
    const creator = touch('c1', 'creator', 'awareness', 3600);
    const code = touch('code', 'coupon', 'conversion', 0);
    const result = checkConversion(facts([creator, code], { isTimed: (t) => t.clickId !== 'code' }), {
      ...DEFAULT_QUALITY_SETTINGS,
      standDownLastSecond: true,
    });
    expect(result).toEqual({ flags: [], journey: [creator, code] });
    // Without the distinction the code would look like a 0-second click and a last-second override.
    expect(checkConversion(facts([creator, code]), DEFAULT_QUALITY_SETTINGS).flags.map((f) => f.code)).toEqual([
      'ctit_too_short',
      'last_second_override',
    ]);
  });

  it('credits nothing on an unknown click id, and flags it', () => {
    const result = checkConversion(
      facts([touch('c1', 'p1', 'awareness', 600)], { unknownClickId: 'ffffffff-0000-4000-8000-000000000000' }),
      DEFAULT_QUALITY_SETTINGS,
    );
    expect(result).toEqual({
      flags: [
        { code: 'unknown_click', partnerId: null, evidence: { clickId: 'ffffffff-0000-4000-8000-000000000000' } },
      ],
      journey: [],
    });
  });

  it('flags a partner whose own registered customer converted', () => {
    const journey = [touch('c1', 'p1', 'awareness', 3600), touch('c2', 'p2', 'consideration', 600)];
    const { flags } = checkConversion(
      facts(journey, { selfReferringPartners: new Set(['p2']) }),
      DEFAULT_QUALITY_SETTINGS,
    );
    expect(flags.map((flag) => [flag.code, flag.partnerId])).toEqual([['self_referral', 'p2']]);
  });

  it('resolves stored settings over the defaults and names a bad one', () => {
    expect(resolveQualitySettings({ minCtitSeconds: 30 })).toEqual({ ...DEFAULT_QUALITY_SETTINGS, minCtitSeconds: 30 });
    expect(() => resolveQualitySettings({ clickFloodPerMinute: 0 })).toThrow(
      'clickFloodPerMinute must be a whole number from 1',
    );
    expect(() => resolveQualitySettings({ lastSecondSeconds: 1.5 })).toThrow('lastSecondSeconds');
    expect(() => resolveQualitySettings({ standDownLastSecond: 'yes' })).toThrow(
      'standDownLastSecond must be true or false',
    );
  });
});
