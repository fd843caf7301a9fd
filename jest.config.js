// Jest runs the TypeScript sources as ES modules (Nest 12 is ESM-only); see ../shared/STACK-NOTES.md.
// Unit specs live beside the code (*.spec.ts); end-to-end specs under test/ (*.e2e-spec.ts).
const libs = ['domain', 'config', 'database', 'queue', 'auth', 'testing'];

/** @type {import('jest').Config} */
export default {
  rootDir: '.',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/migrations', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
  moduleNameMapper: {
    ...Object.fromEntries(libs.map((lib) => [`^#${lib}$`, `<rootDir>/libs/${lib}/src/index.ts`])),
    '^#core/(.*)\\.js$': '<rootDir>/libs/core/src/$1.ts',
    '^#migrations$': '<rootDir>/migrations/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  // Plain ESM on the compiled code (npm test builds first): Jest loads these outside its module system.
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  // Services are real and shared by the whole run; two workers keep the 2-core machine responsive.
  maxWorkers: 2,
  // The Chromium that scripts/test.mjs found (ensureChromium): libs/testing's browser.ts reads it.
  globals: { CHROMIUM_PATH: process.env.CHROMIUM_PATH ?? '' },
  testTimeout: 30000,
};
