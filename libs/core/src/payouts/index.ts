export { PayoutsModule } from './payouts.module.js';
export {
  balanceNote,
  type ListedStatement,
  presentListedStatement,
  type PresentedStatement,
  type PresentedStatementLine,
  presentStatement,
  type StatementDocument,
} from './statement-presenter.js';
export { Statement, STATEMENT_STATUSES, type StatementStatus } from './statement.entity.js';
export {
  type StatementLine,
  type StatementParties,
  type StatementRun,
  StatementsService,
} from './statements.service.js';
