/**
 * Tests run in band: they share one real Neo4j (Community has a single user database),
 * and each test file resets the state it needs in beforeAll. See test/README.md.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // Type-checking is `npm run typecheck`'s job; tests only transpile.
    '^.+\\.ts$': 'ts-jest',
  },
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 60000,
};
