/**
 * Two projects, both run by `npm test`:
 * - unit: the modules' own tests beside them in src/, and test/curation/ on the seed files' facts (no database;
 *   seconds). `npm run test:unit`.
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
      // test/curation/ checks the seed files' facts, client/ the example operations against the schema: no
      // database either. explore/ (the explorer's front-end) holds no tests: it is in no project's roots.
      roots: ['<rootDir>/src', '<rootDir>/test/curation', '<rootDir>/client'],
      testMatch: ['**/*.test.ts'],
      transform,
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/curation/'],
      testMatch: ['**/*.test.ts'],
      transform,
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
    },
  ],
};
