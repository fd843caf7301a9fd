import {
  openApiDocument,
  type OpenApiDocument,
  type OpenApiSchema,
  resolveSchema,
  responseSchema,
  schemaName,
  startTestApi,
  type TestApi,
} from '#testing';

/**
 * /docs describes the largest payloads, the partner-mix report and the statements, field by field:
 * their routes' 200 responses point at named schemas, and nothing in those schemas is left untyped.
 * (partner-mix, report-channels and statements e2e check real bodies against the same schemas.)
 */
describe('OpenAPI schemas of the report and statement bodies', () => {
  let api: TestApi;
  let document: OpenApiDocument;

  beforeAll(async () => {
    api = await startTestApi();
    document = await openApiDocument(api);
  });
  afterAll(() => api.close());

  const refOf = (method: string, path: string, contentType?: string): string | undefined =>
    schemaName(responseSchema(document, method, path, '200', contentType)?.$ref);
  const schema = (name: string): OpenApiSchema => document.components.schemas[name];
  const propertiesOf = (name: string): string[] => Object.keys(schema(name).properties ?? {});
  /** The schema name a property points at, directly or as the items of an array. */
  const target = (name: string, property: string): string | undefined => {
    const declared = schema(name).properties?.[property] ?? {};
    return schemaName(declared.$ref ?? declared.items?.$ref ?? declared.allOf?.[0]?.$ref);
  };
  const typeOf = (name: string, property: string): string | undefined => schema(name).properties?.[property]?.type;

  it('points the report routes at the report schemas, the CSV at a string', () => {
    expect(refOf('get', '/v1/reports/partner-mix/{id}')).toBe('PartnerMixReportResponse');
    expect(responseSchema(document, 'get', '/v1/reports/partner-mix/{id}', '200', 'text/csv')).toEqual({
      type: 'string',
    });
    expect(refOf('get', '/v1/reports/partner-mix')).toBe('PartnerMixReportPage');
    expect(target('PartnerMixReportPage', 'data')).toBe('PartnerMixReportSummary');
  });

  it('names the report’s fields: its state always, the figures once done, money as strings', () => {
    const report = schema('PartnerMixReportResponse');
    expect(propertiesOf('PartnerMixReportResponse')).toEqual(
      expect.arrayContaining([
        ...['id', 'status', 'quarter', 'trigger', 'createdAt', 'startedAt', 'completedAt', 'error'],
        ...['previousQuarter', 'currency', 'timeZone', 'period', 'totals', 'byRole', 'byType', 'byPartner'],
        ...['target', 'mer', 'modelComparison', 'dataDriven', 'byChannel', 'bySource', 'noVisibleTouchShare'],
        ...['quality', 'recommendations', 'notes'],
      ]),
    );
    expect(report.required).toEqual(expect.arrayContaining(['id', 'status', 'quarter', 'trigger', 'createdAt']));
    // Absent while the report is queued or running, and `error` only on a failed one.
    for (const field of ['byRole', 'totals', 'currency', 'recommendations', 'error']) {
      expect(report.required).not.toContain(field);
    }
    expect(schema('PartnerMixReportSummary').properties?.status.enum).toEqual(['queued', 'running', 'done', 'failed']);

    expect(target('PartnerMixReportResponse', 'totals')).toBe('ReportTotalsResponse');
    expect(propertiesOf('ReportTotalsResponse')).toEqual(
      expect.arrayContaining(['conversions', 'revenue', 'attributedRevenue', 'commissionCost', 'newCustomers']),
    );
    expect(typeOf('ReportTotalsResponse', 'revenue')).toBe('string');

    expect(target('PartnerMixReportResponse', 'byRole')).toBe('RoleGroupResponse');
    expect(target('PartnerMixReportResponse', 'byType')).toBe('TypeGroupResponse');
    expect(target('PartnerMixReportResponse', 'byPartner')).toBe('PartnerGroupResponse');
    expect(propertiesOf('PartnerGroupResponse')).toEqual(
      expect.arrayContaining([
        ...['partnerId', 'name', 'role', 'type', 'clicks', 'attributedConversions', 'attributedRevenue'],
        ...['revenueShare', 'aov', 'commission', 'costOfSale', 'cac', 'previousQuarter', 'changePercent'],
      ]),
    );
    expect(schema('RoleGroupResponse').properties?.role.enum).toEqual([
      'awareness',
      'consideration',
      'conversion',
      'retention',
    ]);
    expect(typeOf('RoleGroupResponse', 'attributedRevenue')).toBe('string');
    expect(typeOf('RoleGroupResponse', 'revenueShare')).toBe('number');
    expect(target('RoleGroupResponse', 'commission')).toBe('CommissionByModelResponse');
    expect(propertiesOf('CommissionByModelResponse')).toEqual([
      'cps',
      'cpa',
      'newCustomerBonus',
      'cpc',
      'cpm',
      'flatFee',
      'total',
    ]);

    expect(target('PartnerMixReportResponse', 'target')).toBe('TargetMixResponse');
    expect(target('PartnerMixReportResponse', 'mer')).toBe('MerResponse');
    expect(propertiesOf('MerResponse')).toEqual(expect.arrayContaining(['totalRevenue', 'otherSpendByChannel', 'mer']));
    expect(target('PartnerMixReportResponse', 'modelComparison')).toBe('ModelComparisonResponse');
    expect(target('ModelComparisonResponse', 'byPartner')).toBe('PartnerModelRowResponse');
    expect(target('PartnerMixReportResponse', 'dataDriven')).toBe('DataDrivenResponse');
    expect(target('DataDrivenResponse', 'shapley')).toBe('ShapleyResponse');
    expect(target('DataDrivenResponse', 'markov')).toBe('MarkovResponse');
    expect(target('PartnerMixReportResponse', 'byChannel')).toBe('ChannelRevenueResponse');
    expect(target('PartnerMixReportResponse', 'quality')).toBe('QualityResponse');
    expect(schema('PartnerQualityResponse').properties?.hits).toMatchObject({
      type: 'object',
      additionalProperties: { type: 'integer' },
    });
    expect(typeOf('PartnerMixReportResponse', 'recommendations')).toBe('array');
  });

  it('points the statement routes at the statement schemas, CSV and PDF at files', () => {
    // The manager's list names each statement's partner and its clawbacks; the partner's is its own.
    expect(refOf('get', '/v1/statements')).toBe('ListedStatementPage');
    expect(target('ListedStatementPage', 'data')).toBe('ListedStatementResponse');
    expect(refOf('get', '/v1/me/statements')).toBe('StatementPage');
    expect(target('StatementPage', 'data')).toBe('StatementResponse');
    expect(responseSchema(document, 'get', '/v1/statements', '200', 'text/csv')).toEqual({ type: 'string' });
    for (const path of ['/v1/statements/{id}', '/v1/me/statements/{id}']) {
      expect(refOf('get', path)).toBe('StatementDocumentResponse');
      expect(responseSchema(document, 'get', path, '200', 'text/csv')).toEqual({ type: 'string' });
      expect(responseSchema(document, 'get', path, '200', 'application/pdf')).toEqual({
        type: 'string',
        format: 'binary',
      });
    }
    expect(refOf('post', '/v1/statements/{id}/paid')).toBe('StatementResponse');
  });

  it('names the statement’s fields, money as strings beside the currency', () => {
    const money = ['openingBalance', 'earned', 'total', 'minimumPayout', 'amountDue', 'carriedForward'];
    const statement = [
      ...['id', 'partnerId', 'period', 'currency', 'status', ...money],
      ...['note', 'issuedAt', 'paidAt', 'paidReference'],
    ];
    expect(propertiesOf('StatementResponse').sort()).toEqual([...statement].sort());
    expect(schema('StatementResponse').required?.sort()).toEqual([...statement].sort());
    for (const field of money) expect(typeOf('StatementResponse', field)).toBe('string');
    expect(schema('StatementResponse').properties?.paidAt).toMatchObject({ type: 'string', nullable: true });

    expect(propertiesOf('StatementDocumentResponse').sort()).toEqual(
      [...statement, 'brand', 'partner', 'lines'].sort(),
    );
    expect(target('StatementDocumentResponse', 'partner')).toBe('StatementPartnerResponse');
    expect(target('StatementDocumentResponse', 'lines')).toBe('StatementLineResponse');
    expect(propertiesOf('StatementLineResponse')).toEqual(
      expect.arrayContaining([
        ...['entryId', 'date', 'kind', 'transactionId', 'orderAmount', 'credit', 'creditShare'],
        ...['attributedRevenue', 'commission', 'cappedAmount', 'otherPartners', 'reasonCode', 'reason'],
      ]),
    );
    expect(schema('StatementLineResponse').required).not.toContain('cappedAmount'); // capped lines only
    expect(typeOf('StatementLineResponse', 'commission')).toBe('string');
  });

  it('leaves nothing in these schemas untyped, all the way down', () => {
    const untyped: string[] = [];
    const seen = new Set<string>();
    const visit = (declared: OpenApiSchema, at: string): void => {
      const name = schemaName(declared.$ref);
      if (name !== undefined) {
        if (seen.has(name)) return;
        seen.add(name);
      }
      const resolved = resolveSchema(document, declared);
      if (resolved.enum) return;
      if (resolved.type === 'array') {
        if (!resolved.items) untyped.push(`${at}: an array without items`);
        else visit(resolved.items, `${at}[]`);
      } else if (resolved.type === 'object' || resolved.properties) {
        const properties = Object.entries(resolved.properties ?? {});
        if (properties.length === 0 && typeof resolved.additionalProperties !== 'object') {
          untyped.push(`${at}: an object without fields`);
        }
        for (const [property, inner] of properties) visit(inner, `${at}.${property}`);
        if (typeof resolved.additionalProperties === 'object') visit(resolved.additionalProperties, `${at}.*`);
      } else if (!['string', 'number', 'integer', 'boolean'].includes(resolved.type ?? '')) {
        untyped.push(`${at}: no type`);
      }
    };
    for (const name of [
      'PartnerMixReportResponse',
      'PartnerMixReportPage',
      'StatementDocumentResponse',
      'StatementPage',
    ]) {
      visit({ $ref: `#/components/schemas/${name}` }, name);
    }
    expect(untyped).toEqual([]);
    expect(seen.size).toBeGreaterThan(25);
  });
});
