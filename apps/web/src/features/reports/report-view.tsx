import { Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { PartnerMixReport } from '../../api/types';
import { formatCount } from '../../lib/format';
import { DateTime } from '../../ui/date-time';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { Money } from '../../ui/money';
import { StatCard } from '../../ui/stat-card';
import { DataDrivenSection } from './data-driven-section';
import { figures } from './figures';
import { FiguresSection } from './figures-section';
import { MerSection } from './mer-section';
import { MixSection } from './mix-section';
import { ModelComparisonSection } from './model-comparison-section';

/** The figures of a built report, section by section. */
export function ReportView({ report }: { report: PartnerMixReport }) {
  const {
    currency,
    timeZone,
    period,
    totals,
    byRole,
    byType,
    byPartner,
    target,
    mer,
    modelComparison,
    dataDriven,
    recommendations,
    notes,
  } = report;
  if (
    !currency ||
    !period ||
    !totals ||
    !byRole ||
    !byType ||
    !byPartner ||
    !target ||
    !mer ||
    !modelComparison ||
    !dataDriven
  ) {
    return <ErrorState error={null} title="This report has no figures" />;
  }
  // The last instant of the quarter, for its last local day (the period's end is exclusive).
  const lastInstant = new Date(Date.parse(period.end) - 1).toISOString();
  const quiet = totals.conversions === 0 && byPartner.every((partner) => partner.clicks === 0);

  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed">
        <DateTime value={period.start} dateOnly timeZone={timeZone} /> –{' '}
        <DateTime value={lastInstant} dateOnly timeZone={timeZone} /> ({timeZone}), against {report.previousQuarter}.
        Built <DateTime value={report.completedAt} />.
      </Text>
      {quiet ? (
        <EmptyState title={`Nothing happened in ${report.quarter}`}>
          No partner had a click and no conversion was recorded in this quarter, so there is no mix to show. Choose
          another quarter, or check that clicks and conversions reach Partnermix.
        </EmptyState>
      ) : (
        <>
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
            <StatCard
              label="Attributed revenue"
              value={<Money amount={totals.attributedRevenue} currency={currency} />}
              change={
                <>
                  of <Money amount={totals.revenue} currency={currency} /> ordered
                </>
              }
            />
            <StatCard
              label="Conversions"
              value={formatCount(totals.conversions)}
              change={`${formatCount(totals.attributedConversions)} with a partner’s touch`}
            />
            <StatCard label="Commission cost" value={<Money amount={totals.commissionCost} currency={currency} />} />
            <StatCard label="New customers" value={figures.credit(totals.newCustomers)} />
          </SimpleGrid>
          <MixSection target={target} />
          <FiguresSection byRole={byRole} byType={byType} byPartner={byPartner} currency={currency} />
          <ModelComparisonSection comparison={modelComparison} dataDriven={dataDriven} currency={currency} />
          <DataDrivenSection dataDriven={dataDriven} currency={currency} />
        </>
      )}
      <MerSection mer={mer} currency={currency} />
      {quiet ? null : (
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="recommendations-title">
          <Title id="recommendations-title" order={2} fz="h4" mb="md">
            Recommendations
          </Title>
          {recommendations?.length ? (
            <List type="ordered" spacing="sm" size="sm">
              {recommendations.map((sentence) => (
                <List.Item key={sentence}>{sentence}</List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm" c="dimmed">
              Nothing to change this quarter: no role is far from its target at a cost worth acting on, and no partner
              is valued very differently by last click.
            </Text>
          )}
        </Card>
      )}
      {notes?.length ? (
        <section aria-labelledby="notes-title">
          <Title id="notes-title" order={2} fz="h5" mb="xs">
            How the figures are worked out
          </Title>
          <List size="xs" c="dimmed" spacing={4}>
            {notes.map((note) => (
              <List.Item key={note}>{note}</List.Item>
            ))}
          </List>
        </section>
      ) : null}
    </Stack>
  );
}
