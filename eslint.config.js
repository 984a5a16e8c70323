import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import pluginQuery from '@tanstack/eslint-plugin-query'
import boundaries from 'eslint-plugin-boundaries'

/** A boundaries policy: elements of type `from` may import elements of the types in `to`. */
const allow = (from, to) => ({
  from: { element: { type: from } },
  allow: { to: { element: { types: { anyOf: to } } } },
})

/** Who may import whom; `extra` are further types that every element may import (tests). */
const policies = (extra = []) => [
  allow('app', ['app', 'pages', 'boot', 'feature', 'api', 'shared', ...extra]),
  // The boot wing starts the app (and renders it at build time): it may import every part; the
  // others import only its helpers for the hand-over (lazy pages, early clicks and submissions).
  allow('boot', ['boot', 'app', 'pages', 'feature', 'api', 'shared', ...extra]),
  // The page table is data: it imports no page, no feature, and every part may link to pages.
  allow('pages', ['shared', ...extra]),
  // A feature imports only itself, never another feature.
  {
    from: { element: { type: 'feature' } },
    allow: {
      to: { element: { type: 'feature', captured: { feature: '{{from.captured.feature}}' } } },
    },
  },
  allow('feature', ['pages', 'boot', 'api', 'shared', ...extra]),
  allow('api', ['api', ...extra]),
  allow('shared', ['shared', 'api', ...extra]),
  allow('testing', ['testing', 'app', 'pages', 'boot', 'feature', 'api', 'shared']),
]

export default tseslint.config(
  {
    ignores: ['dist', 'node_modules', '.tools', 'test-results', 'playwright-report', 'bench/tmp'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, '@tanstack/query': pluginQuery, boundaries },
    settings: {
      'boundaries/include': ['src/**/*'],
      'boundaries/elements': [
        // Before 'app': the first pattern that matches a file names its type.
        { type: 'pages', pattern: 'src/app/pages/**' },
        { type: 'app', pattern: 'src/app/**' },
        { type: 'boot', pattern: 'src/boot/**' },
        { type: 'feature', pattern: 'src/features/*/**', capture: ['feature'] },
        { type: 'api', pattern: 'src/api/**' },
        { type: 'shared', pattern: ['src/components/**', 'src/lib/**'] },
        { type: 'testing', pattern: 'src/testing/**' },
      ],
      // Resolves our extensionless relative imports; without it the boundary rule sees nothing.
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...pluginQuery.configs.recommended.rules,
      'react/no-danger': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render API data as text: dangerouslySetInnerHTML is banned.',
        },
        {
          selector: "Property[key.name='dangerouslySetInnerHTML']",
          message: 'Render API data as text: dangerouslySetInnerHTML is banned.',
        },
      ],
      'no-restricted-globals': [
        'error',
        {
          name: 'localStorage',
          message: 'Use src/lib/browser/preferences.ts; never store tokens or secrets.',
        },
      ],
      'boundaries/dependencies': ['error', { default: 'disallow', policies: policies() }],
    },
  },
  {
    // Tests may use the shared test helpers of src/testing; product code never does.
    files: ['src/**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: {
      'no-restricted-globals': 'off',
      'boundaries/dependencies': [
        'error',
        { default: 'disallow', policies: policies(['testing']) },
      ],
    },
  },
  {
    // Playwright fixtures without dependencies must destructure an empty object.
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
)
