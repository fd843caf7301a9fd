// `npm test`: installs what is missing, reaches PostgreSQL and Redis, compiles, then runs every
// unit and end-to-end test once. Each run gets its own database and Redis prefix (test/global-setup.ts).
// `npm test -- --clock=2028-01-01` runs the suite as if that day were today: the business clock of
// the tests, the API and the worker is shifted by CLOCK_OFFSET_MS (the machine's clock is not).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureChromium, ensureDependencies, ensureServices, say } from './services.mjs';

ensureDependencies();
await ensureServices();
// The browser tests (test/browser) read it through jest.config.js's globals.
process.env.CHROMIUM_PATH = ensureChromium();

// One compile type-checks everything and gives the global setup the migrations it runs.
say('type-checking and compiling (tsc)');
const compile = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], {
  stdio: 'inherit',
});
if (compile.status !== 0) process.exit(compile.status ?? 1);

// The web app is type-checked on its own (DOM, JSX) and built, so the API under test serves it at /app/.
say('type-checking and building the web app (tsc, vite build)');
for (const args of [
  ['node_modules/typescript/bin/tsc', '-p', 'apps/web/tsconfig.json'],
  ['node_modules/vite/bin/vite.js', 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn'],
]) {
  const step = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (step.status !== 0) process.exit(step.status ?? 1);
}

const jestArguments = [];
for (const argument of process.argv.slice(2)) {
  const clock = /^--clock=(.+)$/.exec(argument);
  if (!clock) {
    jestArguments.push(argument);
    continue;
  }
  const target = Date.parse(clock[1]);
  if (Number.isNaN(target)) {
    console.error(`--clock=${clock[1]} is not a date or time (say --clock=2028-01-01 or --clock=2028-01-01T12:00:00Z)`);
    process.exit(2);
  }
  process.env.CLOCK_OFFSET_MS = String(target - Date.now());
  say(`business clock set to ${new Date(target).toISOString()} (CLOCK_OFFSET_MS=${process.env.CLOCK_OFFSET_MS})`);
}

const jest = spawnSync(
  process.execPath,
  ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning', 'node_modules/jest/bin/jest.js', ...jestArguments],
  { stdio: 'inherit' },
);
const screenshots = resolve('test-output/screenshots');
if (existsSync(screenshots)) say(`screenshots of the browser tests: ${screenshots}`);
process.exit(jest.status ?? 1);
