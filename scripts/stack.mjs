// Build, migrate and run the two processes; shared by `npm start` and `npm run demo`.
// Imported only after ensureDependencies(), so it may use the installed packages.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DEFAULT_DATABASE_URL, say } from './services.mjs';

export function build() {
  say('compiling TypeScript (tsc -p tsconfig.build.json)');
  const result = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('the build failed; see the errors above');
  say('building the web app (vite build → dist/web, served at /app/)');
  const web = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn'],
    { stdio: 'inherit' },
  );
  if (web.status !== 0) throw new Error('the web app build failed; see the errors above');
}

/** Creates the database when it does not exist yet, then applies every pending migration. */
export async function migrate(env = process.env) {
  const { default: pg } = await import('pg');
  const url = new URL(env.DATABASE_URL || DEFAULT_DATABASE_URL);
  const database = decodeURIComponent(url.pathname.slice(1));
  const adminUrl = new URL(url);
  adminUrl.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (exists.rowCount === 0) {
    await admin.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
    say(`created database ${database}`);
  }
  await admin.end();

  const { loadConfig } = await import('../dist/libs/config/src/index.js');
  const { dataSourceOptions } = await import('../dist/libs/database/src/index.js');
  const { DataSource } = await import('typeorm');
  const dataSource = new DataSource(dataSourceOptions(loadConfig(env)));
  await dataSource.initialize();
  const applied = await dataSource.runMigrations();
  await dataSource.destroy();
  say(applied.length ? `applied ${applied.length} migration(s) to ${database}` : `database ${database} is up to date`);
}

/**
 * Starts `dist/apps/<name>/src/main.js`. With `logFile`, its output goes there; otherwise it is
 * passed through with a name prefix.
 */
export function startApp(name, { env = process.env, logFile } = {}) {
  // PROFILE_DIR: each app writes a V8 CPU profile there when it exits (open it in Chrome's DevTools).
  const profile = env.PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${env.PROFILE_DIR}`] : [];
  const child = spawn(process.execPath, [...profile, `dist/apps/${name}/src/main.js`], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (logFile) {
    mkdirSync(dirname(logFile), { recursive: true });
    const log = createWriteStream(logFile, { flags: 'a' });
    child.stdout.pipe(log);
    child.stderr.pipe(log);
  } else {
    child.stdout.on('data', (chunk) => process.stdout.write(prefixLines(name, chunk)));
    child.stderr.on('data', (chunk) => process.stderr.write(prefixLines(name, chunk)));
  }
  return child;
}

function prefixLines(name, chunk) {
  return chunk
    .toString()
    .split('\n')
    .map((line, i, lines) => (i === lines.length - 1 && line === '' ? '' : `${name.padEnd(6)}| ${line}\n`))
    .join('');
}

/** Waits until GET url answers 200, or the child exits, or the time is up. */
export async function waitForHealth(url, child, seconds = 60) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer 200 within ${seconds} s`);
}

/** Stops the children with SIGTERM (they drain and close) and waits for them. */
export async function stopAll(children) {
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', resolve);
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
        }),
    ),
  );
}

/** `call(method, path, key, body)` against the API at `base`; throws with the answer on a non-2xx. */
export function apiClient(base) {
  return async function call(method, path, key, body) {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${JSON.stringify(json)}`);
    return json;
  };
}

/** A counter or gauge of the API's /metrics at `base`, summed over the series whose labels contain `match`. */
export async function readMetric(base, name, match = '') {
  const text = await (await fetch(`${base}/metrics`)).text();
  return text
    .split('\n')
    .filter((line) => line.startsWith(name) && line.includes(match))
    .reduce((sum, line) => sum + Number(line.split(' ').pop()), 0);
}
