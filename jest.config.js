/**
 * Two projects, both run by `npm test`:
 * - unit: the modules' own tests beside them in src/ (no database; seconds). `npm run test:unit`.
 * - integration: test/, against one real Neo4j that test/global-setup.ts provisions or reaches through
 *   NEO4J_URI. They run in band: Community has a single user database, and each test file resets the state it
 *   needs in beforeAll (test/README.md).
 */
const transform = {
  // Type-checking is `npm run typecheck`'s job; tests only transpile.
  '^.+\\.ts$': 'ts-jest',
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/src'],
      testMatch: ['**/*.test.ts'],
      transform,
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      transform,
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
    },
  ],
};
