import { type EntityManager, In } from 'typeorm';
import { type CommissionPlan } from '#domain';
import { CommissionPlanVersion } from './commission-plan.entity.js';

/** A stored version with its plan in the domain form the commission rules take. */
export interface PlanInForce {
  version: CommissionPlanVersion;
  plan: CommissionPlan;
}

/** The plan of a stored version, in the domain form the commission rules take. */
export function planOf(version: CommissionPlanVersion): CommissionPlan {
  return { ...version.definition, effectiveFrom: version.effectiveFrom };
}

/**
 * The one rule for which plan applies: the version with the latest effectiveFrom at or before the
 * instant. Every reader (crediting, fees, reports, the API's "inForce") goes through here.
 */
export async function planInForce(manager: EntityManager, brandId: string, at: Date): Promise<PlanInForce | undefined> {
  const version = await manager
    .createQueryBuilder(CommissionPlanVersion, 'plan')
    .where('plan.brand_id = :brandId AND plan.effective_from <= :at', { brandId, at })
    .orderBy('plan.effective_from', 'DESC')
    .getOne();
  return version ? { version, plan: planOf(version) } : undefined;
}

/**
 * The same rule for a batch of conversions of several brands: one query for all their versions,
 * then each instant picks in memory.
 */
export async function plansInForce(
  manager: EntityManager,
  brandIds: string[],
): Promise<(brandId: string, at: Date) => PlanInForce | undefined> {
  const rows = await manager.find(CommissionPlanVersion, {
    where: { brandId: In(brandIds) },
    order: { effectiveFrom: 'DESC' },
  });
  const versions = rows.map((version) => ({ version, plan: planOf(version) }));
  return (brandId, at) =>
    versions.find(({ version }) => version.brandId === brandId && version.effectiveFrom.getTime() <= at.getTime());
}
