-- Generated from libs/core/src by queries.spec.ts; do not edit.

-- ledger.rejectEntriesOfRejectedConversions
UPDATE commission_entries e SET status = 'rejected'
  FROM conversions c
 WHERE c.id = e.conversion_id AND c.status = 'rejected' AND e.status = 'pending'
   AND ($1::uuid IS NULL OR e.brand_id = $1)
 RETURNING e.id;

-- ledger.approveDueEntries
UPDATE commission_entries e SET status = 'approved', approved_at = $1
 WHERE e.status = 'pending' AND e.approvable_at <= $1 AND ($2::uuid IS NULL OR e.brand_id = $2)
   AND NOT EXISTS (SELECT 1 FROM conversions c
                    WHERE c.id = e.conversion_id AND c.status IN ('rejected', 'review'))
 RETURNING e.id, e.brand_id, e.partner_id, e.conversion_id;

-- ledger.revenueOfConversion
SELECT partner_id, sum(attributed_revenue_minor)::bigint AS total FROM conversion_touches
 WHERE conversion_id = $1 GROUP BY 1;

-- ledger.pendingEarningsOfConversion
SELECT partner_id, sum(amount_minor)::bigint AS total FROM commission_entries
 WHERE conversion_id = $1 AND status = 'pending' GROUP BY 1;

-- ledger.conversionsForReasons
SELECT id, status, status_reason, status_note, amount_minor FROM conversions WHERE id = ANY($1::uuid[]);

-- ledger.reversalsForReasons
SELECT id, amount_minor, reason FROM conversion_reversals WHERE id = ANY($1::uuid[]);

-- ledger.partnerSummary
SELECT status, statement_id IS NOT NULL AS stated, sum(amount_minor)::bigint AS total FROM commission_entries
 WHERE brand_id = $1 AND partner_id = $2 GROUP BY 1, 2;

-- ledger.createRunningTotals
INSERT INTO partner_running_totals (partner_id, measure, period, brand_id)
SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::uuid[])
ON CONFLICT DO NOTHING;

-- ledger.lockRunningTotals
SELECT t.partner_id, t.measure, t.period, t.total_minor FROM partner_running_totals t
  JOIN unnest($1::uuid[], $2::varchar[], $3::varchar[]) AS k(partner_id, measure, period)
    ON (t.partner_id, t.measure, t.period) = (k.partner_id, k.measure, k.period)
 ORDER BY t.partner_id, t.measure, t.period
   FOR UPDATE OF t;

-- ledger.saveRunningTotals
UPDATE partner_running_totals t SET total_minor = k.total_minor
  FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::bigint[]) AS k(partner_id, measure, period, total_minor)
 WHERE (t.partner_id, t.measure, t.period) = (k.partner_id, k.measure, k.period);

-- ledger.brandCurrency
SELECT currency FROM brands WHERE id = $1;

-- ledger.partnerOfBrand
SELECT 1 FROM partners WHERE id = $1 AND brand_id = $2;

-- ledger.feeBrands
SELECT b.id, b.timezone FROM brands b WHERE EXISTS (SELECT 1 FROM commission_plans p WHERE p.brand_id = b.id);

-- ledger.feeBrand
SELECT timezone, currency FROM brands WHERE id = $1;

-- ledger.feePartners
SELECT id, type, role FROM partners WHERE brand_id = $1;

-- ledger.feeClicksOfDay
SELECT partner_id, count(*)::bigint AS n FROM clicks
 WHERE brand_id = $1 AND creditable AND occurred_at >= $2 AND occurred_at < $3 GROUP BY partner_id;

-- ledger.feeImpressionsOfDay
SELECT partner_id, count::bigint AS n FROM impressions_daily WHERE brand_id = $1 AND day = $2;

-- ledger.feeImpressionsBefore
SELECT partner_id, sum(count)::bigint AS n FROM impressions_daily
 WHERE brand_id = $1 AND day >= $2 AND day < $3 GROUP BY partner_id;

-- ledger.feesAccrued
SELECT partner_id, kind, sum(amount_minor)::bigint AS total FROM commission_entries
 WHERE brand_id = $1 AND occurred_at = $2 AND conversion_id IS NULL AND kind IN ('cpc', 'cpm', 'flat_fee')
 GROUP BY partner_id, kind;
