// npm run bench:web — what a browser downloads on its first visit to each page of the web app:
// builds the app with a manifest into a scratch folder, follows each page's chunks (the entry, the
// area's shell, the section's chunk and everything they import statically; route chunks load on
// first visit, see apps/web/src/app/router.tsx) and sums their size raw and gzipped (zlib level 6,
// as @fastify/compress sends them). Target: the console's first load ≤ 300 KB of gzipped JS.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 300;
const outDir = mkdtempSync(join(tmpdir(), 'pmx-web-bundle-'));
try {
  execFileSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--config',
      'apps/web/vite.config.ts',
      '--logLevel',
      'warn',
      '--manifest',
      '--outDir',
      outDir,
      '--emptyOutDir',
    ],
    { stdio: 'inherit' },
  );
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'));

  /** The manifest keys a chunk needs before it runs: itself and its static imports, transitively. */
  function closure(key, into = new Set()) {
    if (into.has(key)) return into;
    into.add(key);
    for (const imported of manifest[key]?.imports ?? []) closure(imported, into);
    return into;
  }
  const sizes = new Map();
  function sizeOf(file) {
    if (!sizes.has(file)) {
      const bytes = readFileSync(join(outDir, file));
      sizes.set(file, { raw: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length });
    }
    return sizes.get(file);
  }
  const feature = (name) => `src/features/${name}/index.ts`;
  const PAGES = [
    ['sign-in page', [feature('auth/pages').replace('/index.ts', '.ts')]],
    ['console: overview', [feature('shell'), feature('overview')]],
    ['console: partners', [feature('shell'), feature('partners')]],
    ['console: conversions', [feature('shell'), feature('conversions')]],
    ['console: commission plans', [feature('shell'), feature('plans')]],
    ['console: payouts', [feature('shell'), feature('payouts')]],
    ['console: reports', [feature('shell'), feature('reports')]],
    ['console: settings', [feature('shell'), feature('settings')]],
    ['partner portal', [feature('shell'), feature('portal')]],
  ];
  const kb = (bytes) => (bytes / 1024).toFixed(1);
  console.log('first visit (entry + chunks)      JS files   raw KB   gzip KB   CSS gzip KB');
  let consoleFirstLoad = 0;
  for (const [name, chunks] of PAGES) {
    const keys = new Set();
    for (const key of ['index.html', ...chunks]) {
      if (!manifest[key]) throw new Error(`${key} is not in the build manifest`);
      closure(key, keys);
    }
    const files = [...keys].map((key) => manifest[key].file);
    const css = [...new Set([...keys].flatMap((key) => manifest[key].css ?? []))];
    const js = files.reduce((sum, file) => ({ raw: sum.raw + sizeOf(file).raw, gzip: sum.gzip + sizeOf(file).gzip }), {
      raw: 0,
      gzip: 0,
    });
    const cssGzip = css.reduce((sum, file) => sum + sizeOf(file).gzip, 0);
    if (name === 'console: overview') consoleFirstLoad = js.gzip;
    console.log(
      `${name.padEnd(34)}${String(files.length).padStart(8)}${kb(js.raw).padStart(9)}${kb(js.gzip).padStart(10)}${kb(cssGzip).padStart(14)}`,
    );
  }
  // Loaded when the first chart is drawn (ui/charts.tsx), after the page's figures.
  const charts = [...closure('src/ui/chart-components.ts')].filter((key) => !closure('index.html').has(key));
  const chartsGzip = charts.reduce((sum, key) => sum + sizeOf(manifest[key].file).gzip, 0);
  console.log(
    `${'charts, when the first is drawn'.padEnd(34)}${String(charts.length).padStart(8)}${''.padStart(9)}${kb(chartsGzip).padStart(10)}`,
  );
  const met = consoleFirstLoad <= BUDGET_KB * 1024;
  console.log(
    `\nconsole first load: ${kb(consoleFirstLoad)} KB gzipped JS (target ≤ ${BUDGET_KB} KB: ${met ? 'met' : 'MISSED'})`,
  );
  process.exitCode = met ? 0 : 1;
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
