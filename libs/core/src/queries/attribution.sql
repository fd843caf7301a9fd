-- Generated from libs/core/src by queries.spec.ts; do not edit.

-- attribution.clicksByIds
SELECT id, brand_id, partner_id, partner_role, occurred_at, customer_key_hash, creditable FROM clicks
 WHERE id = ANY($1::uuid[]);

-- attribution.customerClicksInWindow
SELECT id, brand_id, partner_id, partner_role, occurred_at, customer_key_hash FROM clicks
 WHERE brand_id = ANY($1::uuid[]) AND customer_key_hash = ANY($2::char(64)[]) AND creditable
   AND occurred_at >= $3 AND occurred_at <= $4;

-- attribution.promoCodesByKey
SELECT pc.id, pc.brand_id, pc.partner_id, pc.code_key, pc.valid_from, pc.valid_to, pc.exclusive_to_audience,
       p.role, p.status
  FROM promo_codes pc JOIN partners p ON p.id = pc.partner_id
 WHERE pc.brand_id = ANY($1::uuid[]) AND pc.code_key = ANY($2::varchar[]);

-- attribution.couponUsesAround
SELECT c.id, c.brand_id, c.coupon_code, c.occurred_at, coalesce(c.customer_key_hash, c.id::text) AS customer,
       c.attributed_at IS NOT NULL AS credited,
       EXISTS (SELECT 1 FROM conversion_code_flags f WHERE f.conversion_id = c.id AND f.flag = 'code_leak')
         AS flagged
  FROM conversions c
 WHERE c.brand_id = ANY($1::uuid[]) AND c.coupon_code = ANY($2::varchar[]) AND c.occurred_at BETWEEN $3 AND $4;

-- attribution.partnerTypes
SELECT id, type FROM partners WHERE id = ANY($1::uuid[]);

-- attribution.qualityRulesOfBrands
SELECT id, quality_rules FROM brands WHERE id = ANY($1::uuid[]);

-- attribution.partnersOwningCustomerKeys
SELECT brand_id, partner_id, customer_key_hash FROM partner_customer_keys
 WHERE brand_id = ANY($1::uuid[]) AND customer_key_hash = ANY($2::char(64)[]);

-- attribution.markConversionsCredited
UPDATE conversions c SET attributed_at = now(), updated_at = now(),
       journey_source = u.source, plan_id = u.plan_id,
       status = CASE WHEN u.review THEN 'review' ELSE c.status END
  FROM unnest($1::uuid[], $2::varchar[], $3::uuid[], $4::boolean[]) AS u(id, source, plan_id, review)
 WHERE c.id = u.id;

-- attribution.earlierClawedBackRefunds
SELECT r.id, r.amount_minor FROM conversion_reversals r
 WHERE r.conversion_id = $1 AND r.id <> $2
   AND EXISTS (SELECT 1 FROM commission_entries e WHERE e.reversal_id = r.id);

-- attribution.clawbacksOfRefunds
SELECT entry_key, amount_minor FROM commission_entries WHERE reversal_id = ANY($1::uuid[]);

-- attribution.previewPartners
SELECT id, name, role, type FROM partners WHERE brand_id = $1 ORDER BY id;

-- attribution.quarterRevenueBeforeMonth
SELECT t.partner_id, sum(t.attributed_revenue_minor)::bigint AS total
  FROM conversion_touches t JOIN conversions c ON c.id = t.conversion_id
 WHERE c.brand_id = $1 AND c.status <> 'rejected' AND c.occurred_at >= $2 AND c.occurred_at < $3
 GROUP BY 1;

-- attribution.currentRevenue
SELECT partner_id, sum(attributed_revenue_minor)::bigint AS total FROM conversion_touches
 WHERE conversion_id = ANY($1::uuid[]) GROUP BY 1;

-- attribution.currentCommissions
SELECT partner_id, sum(amount_minor)::bigint AS total FROM commission_entries
 WHERE conversion_id = ANY($1::uuid[]) AND reversal_id IS NULL GROUP BY 1;
