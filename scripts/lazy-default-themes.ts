import path from 'node:path'
import type { Plugin } from 'vite'

const LAZY_OBJECT = path.resolve(import.meta.dirname, '../src/lib/browser/lazyObject.ts')
const MUI_MODULE = /[\\/]node_modules[\\/]@mui[\\/](material|system)[\\/].*\.mjs$/
const THEME_AT_LOAD = /^(export )?const (\w+) = createTheme\(\);$/m

/**
 * MUI builds default themes when its modules load (`const defaultTheme = createTheme()` in
 * `styles/defaultTheme`, `Box`, `Stack` and more), for components rendered without a
 * ThemeProvider. The console always has one, yet building them took about a fifth of the task
 * that evaluates the app's code, the longest of a cold load. Here each is made on first use
 * instead (`lazyObject`), so never in the console.
 *
 * The modules it must change are named: if an MUI update renames or rewrites them, the build
 * fails here rather than quietly growing that task again.
 */
export const EXPECTED = ['material/styles/defaultTheme.mjs', 'material/Box/Box.mjs']

export function lazyDefaultThemes(): Plugin {
  const changed = new Set<string>()
  return {
    name: 'lazy-default-themes',
    apply: 'build',
    transform(code, id) {
      if (!MUI_MODULE.test(id) || !THEME_AT_LOAD.test(code)) return null
      changed.add(id.replaceAll('\\', '/'))
      const lazy = code.replace(THEME_AT_LOAD, '$1const $2 = lazyObject(() => createTheme());')
      return {
        code: `import { lazyObject } from ${JSON.stringify(LAZY_OBJECT)};\n${lazy}`,
        map: null,
      }
    },
    buildEnd(error) {
      if (error) return
      const missing = EXPECTED.filter((end) => ![...changed].some((id) => id.endsWith(end)))
      if (missing.length > 0) {
        this.error(`MUI no longer builds a default theme as expected in ${missing.join(', ')}`)
      }
    },
  }
}
