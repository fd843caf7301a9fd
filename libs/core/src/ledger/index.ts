export { LedgerModule } from './ledger.module.js';
export { FeeAccrualService } from './fee-accrual.service.js';
export { creditedFacts } from './ledger-facts.js';
export { CommissionEntryRow, ConversionTouch, LEDGER_STATUSES, type LedgerStatus } from './ledger.entity.js';
export { type CommissionFilter, LedgerService } from './ledger.service.js';
export { PartnerRunningTotal, RunningTotals } from './running-totals.js';
export { appendEntries, domainEntry, type EntryConversion, entryRow } from './entry-rows.js';
export { LEDGER_QUERIES } from './ledger.queries.js';
