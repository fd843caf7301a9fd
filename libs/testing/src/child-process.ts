import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import { resolve } from 'node:path';
import { AppConfig, loadConfigWith } from '#config';
import { eventually } from './test-worker.js';

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface ChildApp {
  process: ChildProcess;
  /** The API's port, or the worker's /health port. */
  port: number;
  /** Resolves with the exit code (null when killed by a signal) and the signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr: () => string;
  /** What it wrote to stdout (its JSON log lines). */
  stdout: () => string;
}

/** Compiled entry points, relative to the repository root the tests run in. */
const ENTRY = {
  api: 'dist/apps/api/src/main.js',
  worker: 'dist/apps/worker/src/main.js',
};

/**
 * The compiled API or worker (`npm test` compiles first) as a real child process, for fault tests
 * that send it signals: the environment is this run's configuration with `overrides`, and the
 * promise resolves once its /health answers.
 */
export async function startChildApp(
  which: 'api' | 'worker',
  overrides: Record<string, string> = {},
): Promise<ChildApp> {
  const port = await freePort();
  const config = loadConfigWith({ ...overrides, [which === 'api' ? 'PORT' : 'WORKER_PORT']: String(port) });
  // Optional settings left unset (SMTP_URL) stay out of the environment rather than read "undefined".
  const env = Object.fromEntries(
    Object.keys(new AppConfig())
      .map((name) => [name, config[name as keyof AppConfig]] as const)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => [name, String(value)]),
  );
  const child = spawn(process.execPath, [resolve(ENTRY[which])], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let stdout = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  await eventually(async () => {
    if (child.exitCode !== null) throw new Error(`${which} exited at start: ${stderr}`);
    const health = await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined);
    return health?.status === 200;
  }, 30);
  return { process: child, port, exited, stderr: () => stderr, stdout: () => stdout };
}
