import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { type CommissionPlan } from '#domain';
import { Brand } from '../catalog/index.js';

/** A plan as stored: the domain form (minor units, basis points) without its effectiveFrom column. */
export type PlanDefinition = Omit<CommissionPlan, 'effectiveFrom'>;

/**
 * One version of a brand's commission plan. Versions are only ever added: the one whose
 * effectiveFrom is the latest at or before a conversion's time applies to it, also when the
 * conversion is processed later. One version per start time (unique index), so the choice is
 * never arbitrary.
 */
@Entity('commission_plans')
@Index('commission_plans_brand_effective', ['brandId', 'effectiveFrom'], { unique: true })
export class CommissionPlanVersion {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @ManyToOne(() => Brand, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brand_id' })
  brand?: Relation<Brand>;

  @Column({ name: 'effective_from', type: 'timestamptz' })
  effectiveFrom: Date;

  @Column({ type: 'jsonb' })
  definition: PlanDefinition;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
