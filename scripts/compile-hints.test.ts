import { describe, expect, it } from 'vitest'
import type { Rolldown } from 'vite'
import { COMPILE_HINT, compileHints } from './compile-hints.ts'

const plugin = compileHints()
type GenerateBundle = (options: unknown, bundle: Rolldown.OutputBundle) => void
const generateBundle = (plugin.generateBundle as { handler: GenerateBundle }).handler
const augmentChunkHash = plugin.augmentChunkHash as (chunk: { isEntry: boolean }) => unknown

function bundleOf(entryMap?: string): Rolldown.OutputBundle {
  const chunk = (fileName: string, isEntry: boolean, code: string) => ({
    type: 'chunk',
    fileName,
    isEntry,
    code,
  })
  const bundle: Record<string, unknown> = {
    'assets/index-1.js': chunk('assets/index-1.js', true, 'const __vite__mapDeps=1;\nstart()'),
    'assets/Page-2.js': chunk('assets/Page-2.js', false, 'export const Page=1'),
  }
  if (entryMap !== undefined) {
    bundle['assets/index-1.js.map'] = {
      type: 'asset',
      fileName: 'assets/index-1.js.map',
      source: entryMap,
    }
  }
  return bundle as unknown as Rolldown.OutputBundle
}

const codeOf = (bundle: Rolldown.OutputBundle, file: string) =>
  (bundle[file] as { code: string }).code

describe('the compile hint for the code every page runs at once', () => {
  it('is the first line of the entry chunk, and of no lazy chunk', () => {
    const bundle = bundleOf()
    generateBundle({}, bundle)
    expect(codeOf(bundle, 'assets/index-1.js').split('\n')).toEqual([
      COMPILE_HINT,
      'const __vite__mapDeps=1;',
      'start()',
    ])
    expect(codeOf(bundle, 'assets/Page-2.js')).toBe('export const Page=1')
  })

  it('moves the entry’s source map down by the line it adds', () => {
    const bundle = bundleOf(JSON.stringify({ version: 3, mappings: ';AAAA' }))
    generateBundle({}, bundle)
    const map = JSON.parse((bundle['assets/index-1.js.map'] as { source: string }).source)
    expect(map).toEqual({ version: 3, mappings: ';;AAAA' })
  })

  it('changes the entry’s file name, so a cached copy without it is not used', () => {
    expect(augmentChunkHash({ isEntry: true })).toBe(COMPILE_HINT)
    expect(augmentChunkHash({ isEntry: false })).toBeUndefined()
  })
})
