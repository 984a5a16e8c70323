import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Rolldown } from 'vite'

/*
 * What entry + /keys is made of, package by package, for the console and the floor: the bundle
 * analysis behind the size rows, from rolldown's per-module code of the bench's builds. A module's
 * share of its chunk's gzip size is its own gzip size, scaled so that the shares add up to the
 * chunk (modules compress a little better together than alone).
 */

const KEYS_ROUTE_SOURCES = ['src/app/routes/MyKeysRoute.tsx', 'src/app/Layout.tsx']

export interface Part {
  /** A package (`@mui/material`) or a source folder (`src/features/keys`). */
  name: string
  kb: number
}

export interface Composition {
  entryPlusKeysKb: number
  byPart: Part[]
  /** @mui/material by component folder (Tooltip, Tabs, …): where the MUI share goes. */
  muiComponents: Part[]
  largestModules: Part[]
}

function partOf(id: string, root: string): string {
  const clean = id.replace(/^\0/, '').replace(/\?.*$/, '')
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(clean)
  if (inModules?.[1]) return inModules[1]
  const relative = path.relative(root, clean)
  if (relative.startsWith('..') || path.isAbsolute(relative)) return clean.split('/')[0] || 'other'
  const segments = relative.split('/')
  if (segments[0] !== 'src') return relative
  // src/features/keys, src/lib/i18n, src/app, src/api …
  return segments.slice(0, segments[1] === 'features' || segments[1] === 'lib' ? 3 : 2).join('/')
}

function moduleName(id: string, root: string): string {
  const clean = id.replace(/^\0/, '').replace(/\?.*$/, '')
  const inModules = /node_modules\/(.*)$/.exec(clean)
  return inModules?.[1] ?? path.relative(root, clean)
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10
const gzipBytes = (code: string) => gzipSync(code, { level: 9 }).length

export function analyse(chunks: Rolldown.OutputChunk[], root: string): Composition {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
  const closure = new Set<string>()
  const add = (fileName: string) => {
    if (closure.has(fileName)) return
    closure.add(fileName)
    for (const imported of byFile.get(fileName)?.imports ?? []) add(imported)
  }
  for (const chunk of chunks) {
    const source = chunk.facadeModuleId ? path.relative(root, chunk.facadeModuleId) : ''
    if (chunk.isEntry || KEYS_ROUTE_SOURCES.includes(source)) add(chunk.fileName)
  }
  const parts = new Map<string, number>()
  const modules = new Map<string, number>()
  const mui = new Map<string, number>()
  let total = 0
  for (const fileName of closure) {
    const chunk = byFile.get(fileName)
    if (!chunk) continue
    const chunkBytes = gzipBytes(chunk.code)
    total += chunkBytes
    const own = Object.entries(chunk.modules)
      .filter(([, module]) => module.code)
      .map(([id, module]) => ({ id, bytes: gzipBytes(module.code ?? '') }))
    const ownTotal = own.reduce((sum, module) => sum + module.bytes, 0)
    for (const module of own) {
      const share = ownTotal === 0 ? 0 : (module.bytes / ownTotal) * chunkBytes
      const part = partOf(module.id, root)
      parts.set(part, (parts.get(part) ?? 0) + share)
      const name = moduleName(module.id, root)
      modules.set(name, (modules.get(name) ?? 0) + share)
      const component = /^@mui\/material\/([^/]+)\//.exec(name)?.[1]
      if (component) mui.set(component, (mui.get(component) ?? 0) + share)
    }
  }
  const sorted = (map: Map<string, number>) =>
    [...map.entries()].map(([name, bytes]) => ({ name, kb: kb(bytes) })).sort((a, b) => b.kb - a.kb)
  return {
    entryPlusKeysKb: kb(total),
    byPart: sorted(parts),
    muiComponents: sorted(mui),
    largestModules: sorted(modules).slice(0, 15),
  }
}
