// Reaches PostgreSQL and Redis for `npm run demo`, `npm start` and `npm test`, starting or installing
// local servers when they are missing. Plain Node with no dependencies: it runs before `npm ci`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import net from 'node:net';

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/partnermix';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

const say = (message) => console.log(`[partnermix] ${message}`);

function endpoint(url, defaultPort) {
  const parsed = new URL(url);
  return { host: parsed.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1', port: Number(parsed.port || defaultPort) };
}

function reachable({ host, port }, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function waitFor(target, seconds) {
  for (let i = 0; i < seconds * 4; i++) {
    if (await reachable(target)) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

const isLocal = ({ host }) => ['127.0.0.1', 'localhost', '::1'].includes(host);
const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

function run(command, args) {
  say(`$ ${command} ${args.join(' ')}`);
  execFileSync(command, args, { stdio: 'inherit' });
}

let aptUpdated = false;
function aptInstall(pkg) {
  if (!aptUpdated) run('apt-get', ['update', '-q']);
  aptUpdated = true;
  run('apt-get', ['install', '-y', '-q', pkg]);
}

function postgresClusters() {
  if (!existsSync('/etc/postgresql')) return [];
  return readdirSync('/etc/postgresql').flatMap((version) =>
    existsSync(`/etc/postgresql/${version}`)
      ? readdirSync(`/etc/postgresql/${version}`).map((name) => [version, name])
      : [],
  );
}

function startPostgres() {
  const clusters = postgresClusters();
  if (clusters.length === 0) return false;
  for (const [version, name] of clusters) {
    spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, name, 'start'], { stdio: 'inherit' });
  }
  say(`started PostgreSQL (${clusters.map(([v, n]) => `${v}/${n}`).join(', ')})`);
  return true;
}

function startRedis(port) {
  if (!has('redis-server')) return false;
  // Like the CI machine: no snapshots. Production (docker-compose.yml) keeps an append-only file.
  run('redis-server', [
    '--daemonize',
    'yes',
    '--bind',
    '127.0.0.1',
    '--port',
    String(port),
    '--save',
    '',
    '--appendonly',
    'no',
  ]);
  say(`started Redis on port ${port}`);
  return true;
}

function stop(message, command) {
  console.error(`[partnermix] ${message}\n[partnermix] Run this, then try again:\n\n    ${command}\n`);
  process.exit(1);
}

/** Makes sure PostgreSQL and Redis answer at the configured (or default) URLs. */
export async function ensureServices(env = process.env) {
  const pg = endpoint(env.DATABASE_URL || DEFAULT_DATABASE_URL, 5432);
  const redis = endpoint(env.REDIS_URL || DEFAULT_REDIS_URL, 6379);

  if (await reachable(pg)) {
    say(`PostgreSQL answers on ${pg.host}:${pg.port}`);
  } else if (!isLocal(pg)) {
    stop(`PostgreSQL at ${pg.host}:${pg.port} does not answer and is not on this machine.`, 'check DATABASE_URL');
  } else {
    say(`PostgreSQL does not answer on ${pg.host}:${pg.port}; starting it`);
    if (!startPostgres()) {
      if (!isRoot() || !has('apt-get')) {
        stop(
          'PostgreSQL is not installed.',
          'sudo apt-get install -y postgresql && sudo pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start',
        );
      }
      say('PostgreSQL is not installed; installing it with apt-get');
      aptInstall('postgresql');
      startPostgres();
    }
    if (!(await waitFor(pg, 30)))
      stop('PostgreSQL did not come up.', 'pg_lsclusters   # then look at /var/log/postgresql/');
    say(`PostgreSQL answers on ${pg.host}:${pg.port}`);
  }

  if (await reachable(redis)) {
    say(`Redis answers on ${redis.host}:${redis.port}`);
  } else if (!isLocal(redis)) {
    stop(`Redis at ${redis.host}:${redis.port} does not answer and is not on this machine.`, 'check REDIS_URL');
  } else {
    say(`Redis does not answer on ${redis.host}:${redis.port}; starting it`);
    if (!startRedis(redis.port)) {
      if (!isRoot() || !has('apt-get')) {
        stop(
          'Redis is not installed.',
          `sudo apt-get install -y redis-server && redis-server --daemonize yes --port ${redis.port}`,
        );
      }
      say('Redis is not installed; installing it with apt-get');
      aptInstall('redis-server');
      // Debian's package may start its own service; start ours only if nothing answers yet.
      if (!(await waitFor(redis, 3))) startRedis(redis.port);
    }
    if (!(await waitFor(redis, 30))) stop('Redis did not come up.', `redis-server --port ${redis.port}`);
    say(`Redis answers on ${redis.host}:${redis.port}`);
  }
}

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * The Chromium the browser tests drive (playwright-core, which brings no browser of its own):
 * CHROMIUM_PATH, else Debian's or Ubuntu's package. Missing, it is installed with apt-get when
 * running as root; otherwise this stops and prints the command. Never downloads a browser build.
 */
export function ensureChromium(env = process.env) {
  if (env.CHROMIUM_PATH) {
    if (existsSync(env.CHROMIUM_PATH)) {
      say(`Chromium at ${env.CHROMIUM_PATH} (CHROMIUM_PATH)`);
      return env.CHROMIUM_PATH;
    }
    stop(
      `CHROMIUM_PATH is ${env.CHROMIUM_PATH}, which does not exist.`,
      'unset CHROMIUM_PATH, or point it at a Chromium',
    );
  }
  const found = () => CHROMIUM_CANDIDATES.find((path) => existsSync(path));
  let path = found();
  if (!path) {
    if (!isRoot() || !has('apt-get')) {
      stop('Chromium is not installed (the browser tests drive it).', 'sudo apt-get install -y chromium');
    }
    say('Chromium is not installed; installing it with apt-get');
    aptInstall('chromium');
    path = found();
    if (!path) stop('apt-get installed chromium, but no chromium binary appeared.', 'ls /usr/bin/chromium*');
  }
  say(`Chromium at ${path}`);
  return path;
}

/** Installs the npm dependencies when node_modules is missing or older than the lock file. */
export function ensureDependencies() {
  const lock = 'package-lock.json';
  const marker = 'node_modules/.package-lock.json'; // written by npm at the end of every install
  if (existsSync(marker) && (!existsSync(lock) || statSync(marker).mtimeMs >= statSync(lock).mtimeMs)) return;
  // `npm ci` installs exactly the lock file, and fails when it is out of step with package.json:
  // after changing dependencies, run `npm install` and commit the lock file it writes.
  say('installing npm dependencies (npm ci), this takes a minute or two');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
}

export { say };
