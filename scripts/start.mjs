// `npm start`: installs what is missing, reaches PostgreSQL and Redis, builds, migrates, and runs
// the API and the worker in the foreground until Ctrl-C.
import { ensureDependencies, ensureServices, say } from './services.mjs';

ensureDependencies();
await ensureServices();
const { build, migrate, startApp, stopAll } = await import('./stack.mjs');
build();
await migrate();
const children = [startApp('api'), startApp('worker')];
say('api and worker started; Ctrl-C stops both');
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => void stopAll(children).then(() => process.exit(0)));
}
for (const child of children) child.once('exit', (code) => code && say(`a process exited with code ${code}`));
