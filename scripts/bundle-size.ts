import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { distDirectory } from './build-state.ts'

/** One chunk of Vite's build manifest (dist/.vite/manifest.json). */
export interface ManifestChunk {
  file: string
  src?: string
  isEntry?: boolean
  isDynamicEntry?: boolean
  imports?: string[]
}
export type Manifest = Record<string, ManifestChunk>

export const BUDGETS_KB = { entry: 150, entryPlusKeys: 225, lazyChunk: 80 }
const KEYS_ROUTE_SOURCES = ['src/app/routes/MyKeysRoute.tsx', 'src/app/Layout.tsx']

export interface BundleReport {
  entryKb: number
  /** The JS files the entry is made of (scripts/start-chunk.ts keeps it to one). */
  entryFiles: number
  entryPlusKeysKb: number
  lazyChunks: { name: string; kb: number }[]
}

export function readManifest(dist: string): Manifest {
  return JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest
}

/** The chunk and everything it imports statically (what the browser fetches before it runs). */
export function staticClosure(
  manifest: Manifest,
  key: string,
  seen = new Set<string>(),
): Set<string> {
  if (seen.has(key)) return seen
  seen.add(key)
  for (const imported of manifest[key]?.imports ?? []) staticClosure(manifest, imported, seen)
  return seen
}

/** The manifest key of the chunk built from a source file (a lazily imported module). */
export function chunkKeyOf(manifest: Manifest, source: string): string {
  const found = Object.entries(manifest).find(([, chunk]) => chunk.src === source)
  if (!found) throw new Error(`${source} is not a chunk of the build`)
  return found[0]
}

export function entryKeyOf(manifest: Manifest): string {
  const entryKey = Object.entries(manifest).find(([, chunk]) => chunk.isEntry)?.[0]
  if (!entryKey) throw new Error('the build manifest has no entry chunk')
  return entryKey
}

function gzipKb(dist: string, files: Iterable<string>): number {
  let bytes = 0
  for (const file of files)
    bytes += gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length
  return Math.round((bytes / 1024) * 10) / 10
}

export function measureBundle(dist: string = distDirectory): BundleReport {
  const manifest = readManifest(dist)
  const keyOf = (source: string) => chunkKeyOf(manifest, source)
  const entryKey = entryKeyOf(manifest)
  const fileOf = (key: string) => manifest[key]?.file ?? key
  const entryKeys = staticClosure(manifest, entryKey)
  const keysRouteKeys = new Set(entryKeys)
  for (const source of KEYS_ROUTE_SOURCES) staticClosure(manifest, keyOf(source), keysRouteKeys)
  const lazyChunks = Object.entries(manifest)
    .filter(([key, chunk]) => chunk.file.endsWith('.js') && !entryKeys.has(key))
    .map(([, chunk]) => ({ name: chunk.file, kb: gzipKb(dist, [chunk.file]) }))
    .sort((a, b) => b.kb - a.kb)
  const entryFiles = [...entryKeys].map(fileOf).filter((file) => file.endsWith('.js'))
  return {
    entryKb: gzipKb(dist, entryFiles),
    entryFiles: entryFiles.length,
    entryPlusKeysKb: gzipKb(
      dist,
      [...keysRouteKeys].map(fileOf).filter((f) => f.endsWith('.js')),
    ),
    lazyChunks,
  }
}

export function budgetFailures(report: BundleReport): string[] {
  const failures: string[] = []
  if (report.entryKb > BUDGETS_KB.entry) {
    failures.push(`entry JS is ${report.entryKb} KB gzip (budget ${BUDGETS_KB.entry} KB)`)
  }
  if (report.entryFiles > 1) {
    failures.push(
      `the entry is split into ${report.entryFiles} files, which every page waits for (scripts/start-chunk.ts)`,
    )
  }
  if (report.entryPlusKeysKb > BUDGETS_KB.entryPlusKeys) {
    failures.push(
      `entry + /keys is ${report.entryPlusKeysKb} KB gzip (budget ${BUDGETS_KB.entryPlusKeys} KB)`,
    )
  }
  for (const chunk of report.lazyChunks.filter((c) => c.kb > BUDGETS_KB.lazyChunk)) {
    failures.push(
      `lazy chunk ${chunk.name} is ${chunk.kb} KB gzip (budget ${BUDGETS_KB.lazyChunk} KB)`,
    )
  }
  return failures
}
