import type { Plugin } from 'vite'

/** V8's explicit compile hint (Chrome 136): compile every function of the file as it streams in. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad'

/**
 * Marks the entry chunk for eager compilation. Its functions (React, MUI's core, the app's shell)
 * nearly all run as a page starts; compiled lazily, each was compiled on the main thread on its
 * first call, inside the tasks that evaluate the code, make the theme and hydrate the page. With
 * the hint, V8 compiles them on a background thread while the file downloads.
 *
 * The comment must come first in the file, before the line Vite adds when it writes the bundle,
 * so it is added last; the file's hash, made earlier, is told about it.
 */
export function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    augmentChunkHash: (chunk) => (chunk.isEntry ? COMPILE_HINT : undefined),
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunk.isEntry) continue
          chunk.code = `${COMPILE_HINT}\n${chunk.code}`
          // One line more at the top: the source map's lines move down by one.
          const map = bundle[`${chunk.fileName}.map`]
          if (map?.type === 'asset' && typeof map.source === 'string') {
            const parsed = JSON.parse(map.source) as { mappings: string }
            map.source = JSON.stringify({ ...parsed, mappings: `;${parsed.mappings}` })
          }
        }
      },
    },
  }
}
