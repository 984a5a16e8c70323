/**
 * Import cycles (`npm run lint:cycles`). An import cycle makes a module's exports undefined while
 * another module of the cycle is still being evaluated, and it hides which part depends on which.
 * Type-only imports count too: they are where a runtime cycle usually starts. The feature walls
 * are ESLint's (eslint-plugin-boundaries); this file only looks for cycles.
 *
 * @type {import('dependency-cruiser').IConfiguration}
 */
export default {
  forbidden: [
    {
      name: 'no-import-cycle',
      severity: 'error',
      comment:
        'Modules that import each other, directly or through others. Move what both need into a third module.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Builds (the bench's own and Playwright's) are bundles, not our modules.
    exclude: { path: '^(bench/tmp|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
}
