import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import {
  type CodePolicy,
  DAY_MS,
  DEFAULT_QUALITY_SETTINGS,
  type FunnelRole,
  journeySource,
  journeyWithCode,
  type PartnerType,
  type QualitySettings,
  resolveQualitySettings,
  selectJourney,
  type Touch,
} from '#domain';
import { type Conversion, type JourneySource } from '../conversions/index.js';
import { ATTRIBUTION_SQL } from './attribution.queries.js';
import { codesOfBatch, codeTouchOf, type FoundCodeFlag } from './promo-code-touches.js';

export interface ClickTouch extends Touch {
  customerKeyHash: string | null;
  /** Set on the touch of a promo code (then no click). */
  promoCodeId?: string;
}

interface ClickRow {
  id: string;
  brand_id: string;
  partner_id: string;
  partner_role: FunnelRole;
  occurred_at: Date;
  customer_key_hash: string | null;
}

/** A conversion's journey as found, before the quality rules look at it. */
export interface Journey {
  journey: ClickTouch[];
  source: JourneySource;
  /** The click id the conversion named, when no click of its brand has it. */
  unknownClickId: string | null;
  /** The customer key that pulled the journey in: the conversion's, or its click's. */
  customerKeyHash: string | null;
  /** A promo code used outside its partner's audience, or leaked (see promo-code-touches). */
  codeFlag?: FoundCodeFlag;
}

const toTouch = (row: ClickRow): ClickTouch => ({
  clickId: row.id,
  partnerId: row.partner_id,
  role: row.partner_role,
  occurredAt: row.occurred_at,
  customerKeyHash: row.customer_key_hash,
});

/**
 * Reads what crediting needs about a batch of conversions, in a few queries for the whole batch:
 * each conversion's journey (clicks and promo code), the quality rules' context, partner types.
 * Reads only; crediting and the plan preview both use it.
 */
@Injectable()
export class JourneyReader {
  /**
   * The touches of each conversion: its click (by id) and its customer's clicks in the window, the
   * customer key being the conversion's or, failing that, its click's; and its promo code's touch
   * (see codeTouchOf), beside the clicks or, under the `exclusive` code policy, alone. Three
   * queries for any number of conversions (the third only when some used a code).
   */
  async journeys(
    manager: EntityManager,
    conversions: Conversion[],
    lookbackDaysOf: (conversion: Conversion) => number,
    codePolicyOf: (conversion: Conversion) => CodePolicy = () => 'touch',
  ): Promise<Map<string, Journey>> {
    const clickIds = [...new Set(conversions.flatMap((conversion) => conversion.clickId ?? []))];
    const byId = new Map<string, ClickRow & { creditable: boolean }>(
      clickIds.length
        ? (await manager.query(ATTRIBUTION_SQL.clicksByIds, [clickIds])).map(
            (row: ClickRow & { creditable: boolean }) => [row.id, row],
          )
        : [],
    );
    const wanted = conversions.map((conversion) => {
      const row = conversion.clickId ? byId.get(conversion.clickId) : undefined;
      // A click id of another brand is unknown to this one; a known click that is not creditable
      // (a bot, a suspended partner, flooding) is no touch.
      const known = row !== undefined && row.brand_id === conversion.brandId;
      const click = known && row.creditable ? toTouch(row) : undefined;
      const lookbackDays = lookbackDaysOf(conversion);
      return {
        conversion,
        click,
        unknownClickId: conversion.clickId && !known ? conversion.clickId : null,
        lookbackDays,
        customerKeyHash: conversion.customerKeyHash ?? click?.customerKeyHash ?? null,
        windowStart: new Date(conversion.occurredAt.getTime() - lookbackDays * DAY_MS),
      };
    });
    const withKey = wanted.filter((item) => item.customerKeyHash !== null);
    const byCustomer = new Map<string, ClickTouch[]>();
    if (withKey.length) {
      const rows: ClickRow[] = await manager.query(ATTRIBUTION_SQL.customerClicksInWindow, [
        [...new Set(withKey.map((item) => item.conversion.brandId))],
        [...new Set(withKey.map((item) => item.customerKeyHash))],
        new Date(Math.min(...withKey.map((item) => item.windowStart.getTime()))),
        new Date(Math.max(...withKey.map((item) => item.conversion.occurredAt.getTime()))),
      ]);
      for (const row of rows) {
        const key = `${row.brand_id}|${row.customer_key_hash}`;
        byCustomer.set(key, [...(byCustomer.get(key) ?? []), toTouch(row)]);
      }
    }
    const codes = await codesOfBatch(manager, conversions);
    return new Map(
      wanted.map(({ conversion, click, unknownClickId, lookbackDays, customerKeyHash, windowStart }) => {
        const candidates = (byCustomer.get(`${conversion.brandId}|${customerKeyHash}`) ?? []).filter(
          (touch) => touch.occurredAt >= windowStart && touch.occurredAt <= conversion.occurredAt,
        );
        if (click && !candidates.some((touch) => touch.clickId === click.clickId)) candidates.push(click);
        const clicks = selectJourney(candidates, {
          conversionAt: conversion.occurredAt,
          lookbackDays,
          clickId: click?.clickId,
        });
        const code = codeTouchOf(conversion, codes, clicks, (touch) => ({ ...touch, customerKeyHash: null }));
        const journey = journeyWithCode(clicks, code.touch, codePolicyOf(conversion));
        const source = journeySource({ click: click !== undefined, customerClicks: clicks.length, code: !!code.touch });
        return [
          conversion.id,
          {
            journey,
            source,
            unknownClickId,
            customerKeyHash,
            ...(code.flag && { codeFlag: code.flag }),
          } satisfies Journey,
        ];
      }),
    );
  }

  /** The current type of each partner, for rule matching. */
  async partnerTypes(manager: EntityManager, partnerIds: string[]): Promise<Map<string, PartnerType>> {
    const rows: { id: string; type: PartnerType }[] = await manager.query(ATTRIBUTION_SQL.partnerTypes, [partnerIds]);
    return new Map(rows.map((row) => [row.id, row.type]));
  }

  /**
   * What the quality rules need for a batch: each brand's settings, and the partners that
   * registered the batch's customer keys as their own.
   */
  async qualityContext(
    manager: EntityManager,
    brandIds: string[],
    journeys: Journey[],
  ): Promise<{
    settings: (brandId: string) => QualitySettings;
    selfReferring: (brandId: string, customerKeyHash: string | null) => Set<string>;
  }> {
    const rules: { id: string; quality_rules: Partial<QualitySettings> }[] = await manager.query(
      ATTRIBUTION_SQL.qualityRulesOfBrands,
      [brandIds],
    );
    const settings = new Map(rules.map((row) => [row.id, resolveQualitySettings(row.quality_rules)]));
    const keys = [...new Set(journeys.flatMap((journey) => journey.customerKeyHash ?? []))];
    const own: { brand_id: string; partner_id: string; customer_key_hash: string }[] = keys.length
      ? await manager.query(ATTRIBUTION_SQL.partnersOwningCustomerKeys, [brandIds, keys])
      : [];
    const partnersOf = new Map<string, Set<string>>();
    for (const row of own) {
      const key = `${row.brand_id}|${row.customer_key_hash}`;
      partnersOf.set(key, (partnersOf.get(key) ?? new Set()).add(row.partner_id));
    }
    return {
      settings: (brandId) => settings.get(brandId) ?? DEFAULT_QUALITY_SETTINGS,
      selfReferring: (brandId, customerKeyHash) =>
        (customerKeyHash && partnersOf.get(`${brandId}|${customerKeyHash}`)) || new Set(),
    };
  }
}
