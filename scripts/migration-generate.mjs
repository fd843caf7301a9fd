// `npm run migration:generate -- <kebab-name>`: writes migrations/<timestamp>-<kebab-name>.ts with the
// SQL that brings the database (migrated to the latest) in step with the entities. Review it, then
// add its class to migrations/index.ts; the migrations test fails until you do.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const name = process.argv[2];
if (!name || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) {
  console.error('usage: npm run migration:generate -- <kebab-case-name>   e.g. add-clicks');
  process.exit(2);
}
const { migrate } = await import('./stack.mjs');
await migrate();
const before = new Set(readdirSync('migrations'));
const run = (args) => spawnSync(process.execPath, args, { stdio: 'inherit' }).status ?? 1;
const status = run([
  'node_modules/typeorm/cli.js',
  'migration:generate',
  '-d',
  'dist/libs/database/src/data-source.js',
  `migrations/${name}`,
]);
if (status !== 0) process.exit(status);
const created = readdirSync('migrations').filter((file) => !before.has(file));
run(['node_modules/prettier/bin/prettier.cjs', '--write', ...created.map((file) => `migrations/${file}`)]);
console.log(`\nNext: review ${created.join(', ')} and add its class to migrations/index.ts.`);
