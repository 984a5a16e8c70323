import react from '@vitejs/plugin-react'
import path from 'node:path'
import { build, type InlineConfig, type Rolldown } from 'vite'
import { projectRoot } from '../scripts/build-state.ts'
import {
  BUDGETS_KB,
  measureBundle,
  type BundleReport,
  type BytesOf,
} from '../scripts/bundle-size.ts'
import { compileHints } from '../scripts/compile-hints.ts'
import { precompressBuild } from '../scripts/precompress.ts'
import { startChunkOutput } from '../scripts/start-chunk.ts'
import { analyse, type Composition } from './composition.ts'

const benchDirectory = import.meta.dirname
/*
 * The bench builds the console into a directory of its own and serves that (CONSOLE_DIST): dist/
 * is shared with everyone's `npm start` and e2e runs, and a rebuild there would swap the assets
 * out from under a running measurement.
 */
export const consoleDist = path.join(benchDirectory, 'tmp', 'console-dist')
export const floorDist = path.join(benchDirectory, 'tmp', 'floor-dist')
const floorRoot = path.join(benchDirectory, 'floor')

export interface SizeResults {
  budgetsKb: typeof BUDGETS_KB
  console: BundleReport
  floor: BundleReport
  /** console / floor, for the entry and for entry + /keys. */
  ratio: { entry: number; entryPlusKeys: number }
}

/** A production build written to disk; returns its chunks (with rolldown's per-module code). */
async function buildApp(config: InlineConfig): Promise<Rolldown.OutputChunk[]> {
  const result = await build({ ...config, logLevel: 'warn' })
  const outputs = Array.isArray(result) ? result : [result]
  return outputs.flatMap((output) =>
    'output' in output
      ? output.output.filter((item): item is Rolldown.OutputChunk => item.type === 'chunk')
      : [],
  )
}

/** The console with its own vite.config.ts (manifest on), into bench/tmp/console-dist. */
function buildConsole() {
  return buildApp({
    root: projectRoot,
    build: { outDir: consoleDist, emptyOutDir: true },
  })
}

/** The floor app (bench/floor) as the console is built, into bench/tmp/floor-dist. */
function buildFloor() {
  return buildApp({
    root: floorRoot,
    configFile: false,
    envDir: false,
    plugins: [react(), compileHints(), precompressBuild()],
    build: {
      outDir: floorDist,
      emptyOutDir: true,
      manifest: true,
      target: 'es2022',
      rolldownOptions: { output: startChunkOutput },
    },
  })
}

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100

/** Builds the console and the floor (each precompressed as `npm run build` does). */
export async function buildBoth() {
  return { consoleChunks: await buildConsole(), floorChunks: await buildFloor() }
}

/**
 * Measures both builds as their servers send them to a browser (`bytesOf` per app: the bytes on
 * the wire), and breaks entry + /keys down by module.
 */
export async function measureSizes(
  built: Awaited<ReturnType<typeof buildBoth>>,
  bytesOf: { console: BytesOf; floor: BytesOf },
): Promise<{
  sizes: SizeResults
  composition: { console: Composition; floor: Composition }
}> {
  const consoleReport = await measureBundle(consoleDist, bytesOf.console)
  const floor = await measureBundle(floorDist, bytesOf.floor)
  return {
    sizes: {
      budgetsKb: BUDGETS_KB,
      console: consoleReport,
      floor,
      ratio: {
        entry: ratio(consoleReport.entryKb, floor.entryKb),
        entryPlusKeys: ratio(consoleReport.entryPlusKeysKb, floor.entryPlusKeysKb),
      },
    },
    composition: {
      console: analyse(built.consoleChunks, projectRoot),
      floor: analyse(built.floorChunks, floorRoot),
    },
  }
}
