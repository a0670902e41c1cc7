// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      '.neo4j/',
      'src/generated/',
      'coverage/',
      'jest.config.js',
      'src/server/graphiql/assets/',
      // graphql-codegen's client preset output (codegen.yml).
      'client/generated/',
      'explore/src/generated/',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Cypher lives in cypher/: keep the driver out of resolvers and ingest steps.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'neo4j-driver', message: 'Only src/graph/ talks to Neo4j.' }] },
      ],
    },
  },
  {
    // Plain Node scripts (run before dependencies are installed).
    files: ['tools/**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
  {
    // The explorer's front-end runs in the browser (explore/tsconfig.json gives it the DOM types).
    files: ['explore/**/*.{ts,tsx,mts}'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly', navigator: 'readonly' } },
  },
  {
    files: ['src/graph/**/*.ts', 'test/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The benchmark's peer: @neo4j/graphql drives its own driver (npm run bench only).
    files: ['bench/peer-server.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
