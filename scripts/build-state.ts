import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
/** Everything that goes into the production bundle. */
const INPUTS = [
  'src',
  'public',
  'index.html',
  'vite.config.ts',
  // The build-time pre-rendering and the per-page HTML (vite.config.ts uses them).
  'scripts/prerender-plugin.ts',
  'scripts/bundle-size.ts',
  'scripts/precompress.ts',
  'package-lock.json',
  '.env',
  '.env.production',
]

function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0
  const stats = statSync(entry)
  if (!stats.isDirectory()) return stats.mtimeMs
  return readdirSync(entry).reduce(
    (newest, child) => Math.max(newest, newestChange(path.join(entry, child))),
    stats.mtimeMs,
  )
}

/** The build is stale when any input changed after dist/index.html was written. */
export function buildIsCurrent(): boolean {
  const builtIndex = path.join(root, 'dist', 'index.html')
  if (!existsSync(builtIndex)) return false
  const built = statSync(builtIndex).mtimeMs
  return INPUTS.every((input) => newestChange(path.join(root, input)) <= built)
}

export const distDirectory = path.join(root, 'dist')
export const projectRoot = root

/** Builds the SPA when dist/ is missing or older than its sources; otherwise does nothing. */
export function ensureBuild(): void {
  if (buildIsCurrent()) return
  console.log('Building the console (dist/ is missing or stale)…')
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`npm run build failed with exit code ${result.status}`)
}
