// ESLint (flat config): JavaScript's and typescript-eslint's recommended rules for every script,
// eslint-plugin-astro's recommended rules for the .astro components (their frontmatter and
// <script> tags). Formatting is Prettier's (.prettierrc), not ESLint's. Not type-aware: the typed
// rules took four times as long (about 45 s on two cores) and found no bug.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-*/',
      '*.partial/',
      '*.previous/',
      '.astro/',
      'test-results/',
      'test-results-subpath/',
      'playwright-report/',
      '.bench/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // Build scripts, tests and the config files run in Node; browser code is TypeScript (no-undef
    // is off there) or an .astro <script>, to which eslint-plugin-astro gives the browser's globals.
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Two regular expressions look for control characters on purpose (a request path's, the
      // terminal's colour codes).
      'no-control-regex': 'off',
    },
  },
);
