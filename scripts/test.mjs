// `npm test`: installs what is missing, reaches PostgreSQL and Redis, compiles, then runs every
// unit and end-to-end test once. Each run gets its own database and Redis prefix (test/global-setup.ts).
import { spawnSync } from 'node:child_process';
import { ensureDependencies, ensureServices, say } from './services.mjs';

ensureDependencies();
await ensureServices();

// One compile type-checks everything and gives the global setup the migrations it runs.
say('type-checking and compiling (tsc)');
const compile = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], {
  stdio: 'inherit',
});
if (compile.status !== 0) process.exit(compile.status ?? 1);

const jest = spawnSync(
  process.execPath,
  [
    '--experimental-vm-modules',
    '--no-warnings=ExperimentalWarning',
    'node_modules/jest/bin/jest.js',
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);
process.exit(jest.status ?? 1);
