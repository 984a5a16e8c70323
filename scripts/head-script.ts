import { build, minify, type ResolvedConfig } from 'vite'

/** Where the head script of a pre-rendered page starts (typed, linted, tested like the app). */
const HEAD_SCRIPT_SOURCE = 'src/boot/head.ts'

/**
 * The head script of the pre-rendered pages: MUI's colour scheme script, then src/boot/head.ts,
 * minified together into one classic script (it runs in the head before the first paint).
 */
export async function headScript(
  config: ResolvedConfig,
  colorSchemeScript: string,
): Promise<string> {
  const script = `${colorSchemeScript};\n${await buildHeadScript(config)}`
  const { code, errors } = await minify('head.js', script)
  if (errors.length > 0) throw new Error(`The head script did not minify: ${errors[0]?.message}`)
  return code
}

/** src/boot/head.ts bundled on its own, for the browsers the app is built for. */
async function buildHeadScript(config: ResolvedConfig): Promise<string> {
  const output = await build({
    configFile: false,
    root: config.root,
    logLevel: 'warn',
    mode: 'production',
    publicDir: false,
    build: {
      write: false,
      target: config.build.target,
      minify: true,
      modulePreload: false,
      reportCompressedSize: false,
      rolldownOptions: { input: HEAD_SCRIPT_SOURCE, output: { format: 'iife' } },
    },
  })
  const [bundle] = Array.isArray(output) ? output : [output]
  const chunks = bundle && 'output' in bundle ? bundle.output.filter((f) => f.type === 'chunk') : []
  if (chunks.length !== 1 || !chunks[0]) {
    throw new Error(`${HEAD_SCRIPT_SOURCE} did not build into one script (${chunks.length} files)`)
  }
  return chunks[0].code.trim()
}
