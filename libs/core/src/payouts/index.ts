export { PayoutsModule } from './payouts.module.js';
export { balanceNote, presentStatement } from './statement-presenter.js';
export { Statement } from './statement.entity.js';
export { type StatementLine, type StatementParties, StatementsService } from './statements.service.js';
