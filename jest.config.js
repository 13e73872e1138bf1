// Tiers: unit (no database) and integration (*.int.test.ts, a real Neo4j that the first integration
// suite starts through test/support/test-database.ts, so the unit tier never needs Java).
const tsJest = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] };

/** @type {import('jest').Config} */
module.exports = {
  // Integration suites start Neo4j and load the corpus; the per-test limit covers a cold start.
  testTimeout: 120000,
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testSequencer: '<rootDir>/test/support/sequencer.js',
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: tsJest,
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['\\.int\\.test\\.ts$', '/bench/'],
      setupFiles: ['reflect-metadata'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform: tsJest,
      testMatch: ['<rootDir>/test/**/*.int.test.ts'],
      setupFiles: ['reflect-metadata'],
    },
  ],
};
