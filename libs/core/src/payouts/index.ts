export { PayoutsModule } from './payouts.module.js';
export {
  balanceNote,
  type PresentedStatement,
  type PresentedStatementLine,
  presentStatement,
  type StatementDocument,
} from './statement-presenter.js';
export { Statement, STATEMENT_STATUSES, type StatementStatus } from './statement.entity.js';
export { type StatementLine, type StatementParties, StatementsService } from './statements.service.js';
