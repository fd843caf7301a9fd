import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../ui/not-found-page';
import { ConversionsPage } from './conversions-page';
import { ReviewQueuePage } from './review-queue-page';
import { ConversionPage } from './conversion-page';

/** The console's conversions pages, below /console/conversions. */
export function ConversionsRoutes() {
  return (
    <Routes>
      <Route index element={<ConversionsPage />} />
      <Route path="review" element={<ReviewQueuePage />} />
      <Route path=":transactionId" element={<ConversionPage />} />
      <Route path="*" element={<NotFoundPage inShell />} />
    </Routes>
  );
}
