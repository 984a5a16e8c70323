import { defineConfig, type Plugin } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { getRequestListener } from '@hono/node-server'
import { createEmulator, EMULATOR_PATH_PREFIXES } from './emulator/app.ts'
import { emulatorOptionsFromEnv } from './emulator/options.ts'
import { withEmulatorMeta } from './scripts/emulator-html.ts'
import { prerenderPages } from './scripts/prerender-plugin.ts'
import { startChunkOutput } from './scripts/start-chunk.ts'
import { lazyDefaultThemes } from './scripts/lazy-default-themes.ts'
import { compileHints } from './scripts/compile-hints.ts'
import { precompressBuild } from './scripts/precompress.ts'

/**
 * Serves the local IONOS API emulator on the dev server's own origin, as `npm start` does, and
 * says so in the page (the sign-in page then mentions the demo accounts).
 */
function ionosEmulator(): Plugin {
  return {
    name: 'ionos-emulator',
    apply: 'serve',
    transformIndexHtml: (html) => withEmulatorMeta(html),
    configureServer(server) {
      const { app } = createEmulator(emulatorOptionsFromEnv(process.env))
      const listener = getRequestListener(app.fetch)
      server.middlewares.use((req, res, next) => {
        const url = req.url ?? ''
        if (EMULATOR_PATH_PREFIXES.some((prefix) => url.startsWith(prefix))) {
          void listener(req, res)
        } else {
          next()
        }
      })
    },
  }
}

export default defineConfig({
  plugins: [
    react(),
    ionosEmulator(),
    lazyDefaultThemes(),
    compileHints(),
    prerenderPages(),
    precompressBuild(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // scripts/bundle-size.ts reads the manifest to know what each route loads.
    manifest: true,
    reportCompressedSize: false,
    rolldownOptions: { output: startChunkOutput },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'emulator',
          environment: 'node',
          include: ['emulator/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'web',
          environment: 'jsdom',
          // One document per worker instead of one per file: unit tests 117 -> 47 s on two cores. Tests
          // leave the document as they found it (src/testing/setup.ts), whatever the files' order.
          isolate: false,
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['src/testing/setup.ts'],
        },
      },
    ],
  },
})
