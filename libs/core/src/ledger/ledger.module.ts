import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FeeAccrualService } from './fee-accrual.service.js';
import { CommissionEntryRow, ConversionTouch } from './ledger.entity.js';
import { LedgerService } from './ledger.service.js';
import { PartnerRunningTotal } from './running-totals.js';

/**
 * The append-only commission ledger: entries and their lifecycle (settle), the running totals
 * beside them, time-based fees. The only code that writes entries' statuses and running totals.
 */
@Module({
  imports: [TypeOrmModule.forFeature([CommissionEntryRow, ConversionTouch, PartnerRunningTotal])],
  providers: [LedgerService, FeeAccrualService],
  exports: [LedgerService, FeeAccrualService],
})
export class LedgerModule {}
