import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ATTRIBUTION_QUERIES } from './attribution/index.js';
import { LEDGER_QUERIES } from './ledger/index.js';
import { type QuerySet } from './platform/index.js';
import { OVERVIEW_QUERIES, PARTNER_FIGURES_QUERIES, REPORTS_QUERIES } from './reports/index.js';

/**
 * The SQL of the features' repositories, checked in under libs/core/src/queries/ (as Immich keeps
 * server/src/queries/*.sql): a change of a query shows up in review as a change of its .sql file.
 * After changing a query on purpose, `UPDATE_QUERIES=1 npm test -- libs/core/src/queries` rewrites
 * the files; commit them with the change.
 */
const QUERY_SETS: QuerySet[] = [
  LEDGER_QUERIES,
  ATTRIBUTION_QUERIES,
  REPORTS_QUERIES,
  OVERVIEW_QUERIES,
  PARTNER_FIGURES_QUERIES,
];

const DIRECTORY = join(process.cwd(), 'libs', 'core', 'src', 'queries');

/** Features whose every raw query is one of their QuerySet's: none is written inline beside the code. */
const WITHOUT_INLINE_SQL = ['attribution', 'ledger', 'reports'];

/** One file per set: each query under its name, in the order declared, with its indentation evened out. */
export function renderQueries({ name, queries }: QuerySet): string {
  const parts = Object.entries(queries).map(([key, sql]) => {
    const lines = sql.replace(/^\n+|\s+$/g, '').split('\n');
    const indent = Math.min(...lines.filter((line) => line.trim()).map((line) => /^ */.exec(line)?.[0].length ?? 0));
    return `-- ${name}.${key}\n${lines.map((line) => line.slice(indent).trimEnd()).join('\n')};\n`;
  });
  return `-- Generated from libs/core/src by queries.spec.ts; do not edit.\n\n${parts.join('\n')}`;
}

describe('checked-in SQL', () => {
  it.each(QUERY_SETS.map((set) => [set.name, set] as const))('queries/%s.sql matches the code', (name, set) => {
    const path = join(DIRECTORY, `${name}.sql`);
    const rendered = renderQueries(set);
    // eslint-disable-next-line no-restricted-properties -- a switch of this test run, not the app's configuration
    if (process.env.UPDATE_QUERIES === '1') writeFileSync(path, rendered);
    expect(readFileSync(path, 'utf8')).toBe(rendered);
  });

  it.each(WITHOUT_INLINE_SQL)('%s sends no SQL written inline', (feature) => {
    const folder = join(process.cwd(), 'libs', 'core', 'src', feature);
    const inline = readdirSync(folder)
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.queries.ts'))
      .filter((name) => /\.query(<[^>]*>)?\(\s*['"`]/.test(readFileSync(join(folder, name), 'utf8')));
    expect(inline).toEqual([]);
  });

  it('renders a query under its name, without the code indentation', () => {
    expect(renderQueries({ name: 'x', queries: { one: '\n    SELECT 1\n      FROM t  \n' } })).toBe(
      '-- Generated from libs/core/src by queries.spec.ts; do not edit.\n\n-- x.one\nSELECT 1\n  FROM t;\n',
    );
  });
});
