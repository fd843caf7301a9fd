import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../ui/not-found-page';
import { StatementsPage } from './statements-page';
import { StatementPage } from './statement-page';

/** The console's payouts pages, below /console/payouts. */
export function PayoutsRoutes() {
  return (
    <Routes>
      <Route index element={<StatementsPage />} />
      <Route path=":statementId" element={<StatementPage />} />
      <Route path="*" element={<NotFoundPage inShell />} />
    </Routes>
  );
}
