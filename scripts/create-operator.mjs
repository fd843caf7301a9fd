// `npm run user:create-operator -- --email ops@example.com --name "Olga Ops" [--password …]`: an
// operator account for the web app (its session acts as OPERATOR_API_KEY does). The password
// comes from --password, else PMX_OPERATOR_PASSWORD, else a prompt; it must meet the password
// policy. Runs the compiled code (the npm script builds first) against DATABASE_URL.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';

const usage = 'usage: npm run user:create-operator -- --email <e-mail> --name <name> [--password <password>]';
let options;
try {
  ({ values: options } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } },
  }));
} catch (error) {
  console.error(`${error.message}\n${usage}`);
  process.exit(2);
}
if (!options.email || !options.name) {
  console.error(usage);
  process.exit(2);
}

/** Reads a line without echoing it. */
function ask(question) {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  let muted = false;
  rl._writeToOutput = (text) => {
    if (!muted) rl.output.write(text);
  };
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}

async function password() {
  if (options.password) return options.password;
  if (process.env.PMX_OPERATOR_PASSWORD) return process.env.PMX_OPERATOR_PASSWORD;
  if (!process.stdin.isTTY) {
    console.error('No password: pass --password, set PMX_OPERATOR_PASSWORD, or run in a terminal to be asked.');
    process.exit(2);
  }
  const first = await ask('Password (10+ characters, not a common one): ');
  const second = await ask('The same again: ');
  if (first !== second) {
    console.error('The two passwords differ; nothing was created.');
    process.exit(1);
  }
  return first;
}

const secret = await password();
const { loadConfig } = await import('../dist/libs/config/src/index.js');
const { dataSourceOptions } = await import('../dist/libs/database/src/index.js');
const { Membership, User, UsersService } = await import('../dist/libs/core/src/accounts/index.js');
const { AppError, Clock } = await import('../dist/libs/core/src/platform/index.js');
const { DataSource } = await import('typeorm');

const config = loadConfig();
const dataSource = new DataSource(dataSourceOptions(config));
await dataSource.initialize();
try {
  const users = new UsersService(
    dataSource.getRepository(User),
    dataSource.getRepository(Membership),
    new Clock(config),
  );
  const user = await users.create({ email: options.email, name: options.name, password: secret, isOperator: true });
  console.log(
    `Created operator ${user.email} (${user.name}), id ${user.id}. Sign in at ${config.PUBLIC_BASE_URL.replace(/\/+$/, '')}/app/login`,
  );
} catch (error) {
  if (error instanceof AppError) {
    const details = error.details.map((detail) => `\n  ${detail.field}: ${detail.message}`).join('');
    console.error(`Nothing was created: ${error.message}${details}`);
    process.exitCode = 1;
  } else {
    throw error;
  }
} finally {
  await dataSource.destroy();
}
