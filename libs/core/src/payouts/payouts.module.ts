import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LedgerModule } from '../ledger/index.js';
import { Statement } from './statement.entity.js';
import { StatementsService } from './statements.service.js';

/** Monthly payout statements built from the approved ledger, and their payment. */
@Module({
  imports: [TypeOrmModule.forFeature([Statement]), LedgerModule],
  providers: [StatementsService],
  exports: [StatementsService],
})
export class PayoutsModule {}
