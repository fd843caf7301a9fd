export { PlansModule } from './plans.module.js';
export { CommissionPlanVersion } from './commission-plan.entity.js';
export { CommissionPlansService } from './commission-plans.service.js';
export { planInForce, planOf, plansInForce } from './plan-in-force.js';
