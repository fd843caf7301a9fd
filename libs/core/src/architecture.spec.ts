import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';

/**
 * The map of libs/core, from the bottom up: a feature may import at run time only from features
 * below it, and only through their index.ts. Type-only imports may point anywhere (they vanish at
 * run time), still through index.ts. Circles between features are thereby impossible, and Nest's
 * modules, which import the same way, cannot form one either.
 */
const LAYERS = [
  'platform',
  'catalog',
  'tracking',
  'plans',
  'ledger',
  'conversions',
  'quality',
  'promo-codes',
  'attribution',
  'payouts',
  'webhooks',
  'reports',
  'privacy',
  'accounts',
  'applications',
];
/** Folders of libs/core/src that are no feature: the checked-in SQL (queries.spec.ts). */
const NOT_FEATURES = ['queries'];
/** Files at the top of libs/core/src that assemble the features. */
const ASSEMBLY = ['core.module.ts', 'entities.ts'];

const ROOT = process.cwd();
const CORE = join('libs', 'core', 'src');

interface Import {
  file: string;
  specifier: string;
  typeOnly: boolean;
}

function sourceFiles(directory: string): string[] {
  return readdirSync(join(ROOT, directory)).flatMap((name) => {
    const path = join(directory, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|mjs)$/.test(name) ? [path] : [];
  });
}

const STATIC = /^\s*(import|export)\s+(type\s+)?([^'"]*?)\s*from\s*'([^']+)'/gm;
const DYNAMIC = /import\(\s*'([^']+)'\s*\)/g;

export function importsOf(file: string, source: string): Import[] {
  const found: Import[] = [];
  for (const match of source.matchAll(STATIC)) {
    const [, , typeKeyword, clause, specifier] = match;
    // `import { type A, type B }` is erased too; `import { type A, b }` is not.
    const names = /^\{([^}]*)\}$/
      .exec(clause.trim())?.[1]
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    const allTypes = names !== undefined && names.length > 0 && names.every((name) => name.startsWith('type '));
    found.push({ file, specifier, typeOnly: Boolean(typeKeyword) || allTypes });
  }
  for (const match of source.matchAll(DYNAMIC)) found.push({ file, specifier: match[1], typeOnly: false });
  return found;
}

/** Where an import lands inside libs/core/src ("ledger/ledger.service.ts"), or undefined outside it. */
function coreTarget({ file, specifier }: Import): string | undefined {
  if (specifier.startsWith('#core/')) return specifier.slice('#core/'.length).replace(/\.js$/, '.ts');
  if (!specifier.startsWith('.')) return undefined;
  const path = relative(CORE, normalize(join(dirname(file), specifier)));
  return path.startsWith('..') ? undefined : path.split(sep).join('/').replace(/\.js$/, '.ts');
}

const featureOf = (pathInCore: string): string | undefined =>
  pathInCore.includes('/') ? pathInCore.split('/')[0] : undefined;

/** Every rule broken by these imports, one sentence each. */
export function violations(imports: Import[]): string[] {
  const problems: string[] = [];
  for (const entry of imports) {
    const target = coreTarget(entry);
    if (target === undefined) continue;
    const inCore = relative(CORE, entry.file).split(sep).join('/');
    const from = inCore.startsWith('..') ? undefined : featureOf(inCore);
    const to = featureOf(target);
    if (to === undefined) {
      if (!ASSEMBLY.includes(target)) problems.push(`${entry.file} imports ${entry.specifier}, which is no feature`);
      continue;
    }
    if (from === to) continue;
    if (!LAYERS.includes(to)) {
      problems.push(`${entry.file} imports ${entry.specifier}: "${to}" is not on the map in architecture.spec.ts`);
      continue;
    }
    if (target !== `${to}/index.ts`) {
      problems.push(`${entry.file} imports ${entry.specifier}: reach "${to}" through ${to}/index.ts`);
    }
    if (from !== undefined && !entry.typeOnly && LAYERS.indexOf(to) > LAYERS.indexOf(from)) {
      problems.push(
        `${entry.file} imports ${entry.specifier} at run time: "${from}" is below "${to}" (use import type, or move the code)`,
      );
    }
  }
  return problems;
}

describe('libs/core architecture', () => {
  const files = ['apps', 'libs', 'test', 'migrations', 'bench', 'scripts'].flatMap((directory) =>
    sourceFiles(directory),
  );
  const imports = files.flatMap((file) => importsOf(file, readFileSync(join(ROOT, file), 'utf8')));

  it('puts every folder of libs/core/src on the map, each with a module and an index', () => {
    const folders = readdirSync(join(ROOT, CORE)).filter(
      (name) => statSync(join(ROOT, CORE, name)).isDirectory() && !NOT_FEATURES.includes(name),
    );
    expect(folders.sort()).toEqual([...LAYERS].sort());
    for (const folder of folders) {
      const index = readFileSync(join(ROOT, CORE, folder, 'index.ts'), 'utf8');
      expect(index).toMatch(/export \{ \w+Module \} from '\.\/[\w-]+\.module\.js';/);
    }
  });

  it('crosses feature boundaries only through index.ts, and only downwards at run time', () => {
    expect(imports.length).toBeGreaterThan(500); // the scan found the code base
    expect(violations(imports)).toEqual([]);
  });

  it('assembles CoreModule from the feature modules alone', () => {
    const own = importsOf(join(CORE, 'core.module.ts'), readFileSync(join(ROOT, CORE, 'core.module.ts'), 'utf8'));
    const local = own.map((entry) => entry.specifier).filter((specifier) => specifier.startsWith('.'));
    expect(local.sort()).toEqual(LAYERS.map((layer) => `./${layer}/index.js`).sort());
  });

  it('names each kind of violation', () => {
    const at = (file: string, specifier: string, typeOnly = false): Import => ({ file, specifier, typeOnly });
    expect(
      violations([
        at('apps/api/src/x.ts', '#core/ledger/ledger.service.js'),
        at('libs/core/src/catalog/x.ts', '../ledger/index.js'),
        at('libs/core/src/catalog/x.ts', '../ledger/index.js', true),
        at('libs/core/src/payouts/x.ts', '../ledger/index.js'),
        at('libs/core/src/payouts/x.ts', './statement.entity.js'),
      ]),
    ).toEqual([
      'apps/api/src/x.ts imports #core/ledger/ledger.service.js: reach "ledger" through ledger/index.ts',
      'libs/core/src/catalog/x.ts imports ../ledger/index.js at run time: "catalog" is below "ledger" (use import type, or move the code)',
    ]);
  });
});
