import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { Plugin, ResolvedConfig } from 'vite'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/** What a server compresses: text, never images or fonts that are compressed already. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|webmanifest|txt|xml|map)$/

/** The strongest settings: the files are compressed once, at build time, and served many times. */
export async function compressed(data: Buffer) {
  const [br, gz] = await Promise.all([
    brotli(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    }),
    gzipAsync(data, { level: constants.Z_BEST_COMPRESSION }),
  ])
  return { br, gz }
}

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
}

/** Writes `<file>.br` and `<file>.gz` beside every compressible file of a directory. */
export async function precompressDirectory(directory: string): Promise<number> {
  const files = (await filesUnder(directory)).filter((file) => COMPRESSIBLE.test(file))
  await Promise.all(
    files.map(async (file) => {
      const data = await readFile(file)
      const { br, gz } = await compressed(data)
      // A file too small to gain keeps only its plain form; servers then send it as it is.
      if (br.length < data.length) await writeFile(`${file}.br`, br)
      if (gz.length < data.length) await writeFile(`${file}.gz`, gz)
    }),
  )
  return files.length
}

/**
 * Precompresses the build (brotli 11 and gzip 9) so that `npm start` and nginx serve the smallest
 * bytes without compressing per request, and at levels no server would spend per request. Runs
 * after every other plugin has written its files (the pre-rendered pages among them).
 */
export function precompressBuild(): Plugin {
  let config: ResolvedConfig
  return {
    name: 'precompress-build',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    closeBundle: {
      order: 'post',
      async handler() {
        if (config.build.ssr || config.build.write === false) return
        await precompressDirectory(path.resolve(config.root, config.build.outDir))
      },
    },
  }
}
