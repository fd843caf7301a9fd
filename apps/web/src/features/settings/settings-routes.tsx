import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../ui/not-found-page';
import { ApiKeysPage } from './api-keys-page';
import { BrandSettingsPage } from './brand-settings-page';
import { PromoCodesPage } from './promo-codes-page';
import { QualityRulesPage } from './quality-rules-page';
import { SettingsLayout } from './settings-layout';
import { SpendPage } from './spend-page';
import { TargetMixPage } from './target-mix-page';
import { WebhookPage } from './webhook-page';
import { WebhooksPage } from './webhooks-page';

/** The console's settings pages, below /console/settings, each section at its own path. */
export function SettingsRoutes() {
  return (
    <Routes>
      <Route element={<SettingsLayout />}>
        <Route index element={<BrandSettingsPage />} />
        <Route path="api-keys" element={<ApiKeysPage />} />
        <Route path="webhooks" element={<WebhooksPage />} />
        <Route path="webhooks/:id" element={<WebhookPage />} />
        <Route path="quality" element={<QualityRulesPage />} />
        <Route path="target-mix" element={<TargetMixPage />} />
        <Route path="spend" element={<SpendPage />} />
        <Route path="promo-codes" element={<PromoCodesPage />} />
        <Route path="*" element={<NotFoundPage inShell />} />
      </Route>
    </Routes>
  );
}
