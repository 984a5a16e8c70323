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

/** The bytes one file takes on the way to the browser (as a server sends it, or compressed here). */
export type BytesOf = (file: string) => Promise<number>

/** gzip 9 of the file on disk: what the bench compares between the console and the floor. */
export const gzipOnDisk =
  (dist: string): BytesOf =>
  async (file) =>
    gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length

async function kbOf(files: Iterable<string>, bytesOf: BytesOf): Promise<number> {
  const sizes = await Promise.all([...files].map(bytesOf))
  const bytes = sizes.reduce((sum, size) => sum + size, 0)
  return Math.round((bytes / 1024) * 10) / 10
}

export async function measureBundle(
  dist: string = distDirectory,
  bytesOf: BytesOf = gzipOnDisk(dist),
): Promise<BundleReport> {
  const manifest = readManifest(dist)
  const keyOf = (source: string) => chunkKeyOf(manifest, source)
  const entryKey = entryKeyOf(manifest)
  const fileOf = (key: string) => manifest[key]?.file ?? key
  const entryKeys = staticClosure(manifest, entryKey)
  const keysRouteKeys = new Set(entryKeys)
  for (const source of KEYS_ROUTE_SOURCES) staticClosure(manifest, keyOf(source), keysRouteKeys)
  const lazyChunks = await Promise.all(
    Object.entries(manifest)
      .filter(([key, chunk]) => chunk.file.endsWith('.js') && !entryKeys.has(key))
      .map(async ([, chunk]) => ({ name: chunk.file, kb: await kbOf([chunk.file], bytesOf) })),
  )
  lazyChunks.sort((a, b) => b.kb - a.kb)
  const entryFiles = [...entryKeys].map(fileOf).filter((file) => file.endsWith('.js'))
  return {
    entryKb: await kbOf(entryFiles, bytesOf),
    entryFiles: entryFiles.length,
    entryPlusKeysKb: await kbOf(
      [...keysRouteKeys].map(fileOf).filter((f) => f.endsWith('.js')),
      bytesOf,
    ),
    lazyChunks,
  }
}

/** Figure by figure, the larger of two reports: what the weaker of two servers sends. */
export function weakerOf(a: BundleReport, b: BundleReport): BundleReport {
  const lazy = new Map(a.lazyChunks.map((chunk) => [chunk.name, chunk.kb]))
  for (const chunk of b.lazyChunks)
    lazy.set(chunk.name, Math.max(chunk.kb, lazy.get(chunk.name) ?? 0))
  return {
    entryKb: Math.max(a.entryKb, b.entryKb),
    entryFiles: Math.max(a.entryFiles, b.entryFiles),
    entryPlusKeysKb: Math.max(a.entryPlusKeysKb, b.entryPlusKeysKb),
    lazyChunks: [...lazy].map(([name, kb]) => ({ name, kb })).sort((x, y) => y.kb - x.kb),
  }
}

export function budgetFailures(report: BundleReport): string[] {
  const failures: string[] = []
  if (report.entryKb > BUDGETS_KB.entry) {
    failures.push(`entry JS is ${report.entryKb} KB as served (budget ${BUDGETS_KB.entry} KB)`)
  }
  if (report.entryFiles > 1) {
    failures.push(
      `the entry is split into ${report.entryFiles} files, which every page waits for (scripts/start-chunk.ts)`,
    )
  }
  if (report.entryPlusKeysKb > BUDGETS_KB.entryPlusKeys) {
    failures.push(
      `entry + /keys is ${report.entryPlusKeysKb} KB as served (budget ${BUDGETS_KB.entryPlusKeys} KB)`,
    )
  }
  for (const chunk of report.lazyChunks.filter((c) => c.kb > BUDGETS_KB.lazyChunk)) {
    failures.push(
      `lazy chunk ${chunk.name} is ${chunk.kb} KB as served (budget ${BUDGETS_KB.lazyChunk} KB)`,
    )
  }
  return failures
}
