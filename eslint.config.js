// Flat config: typescript-eslint's recommended rules over the sources, tests and benchmarks.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist.*/**',
      'compiled/**',
      'compiled.*/**',
      'tmp/**',
      '.archive/**',
      'node_modules/**',
      'templates/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // compromise is configured once, in src/nlp.ts, before any text is parsed.
    files: ['src/**/*.ts'],
    ignores: ['src/nlp.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'compromise', message: 'Import nlp from src/nlp.ts.' }] },
      ],
    },
  },
);
