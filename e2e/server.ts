import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

export interface RunningServer {
  url: string
  /** Everything the server wrote so far (stdout, and stderr when `keepLog`). */
  log: () => string
  stop: () => Promise<void>
}

const root = path.resolve(import.meta.dirname, '..')

/**
 * Starts `npm start`'s server (already built) on a free port, as its own process: with a fresh
 * emulator, or in live mode when `env` says `IONOS: 'live'` (its environment, NODE_EXTRA_CA_CERTS
 * too, then counts from the start, as for a user). `keepLog` keeps stderr too, for tests that read
 * the whole log; otherwise it goes to the test's output.
 */
export async function startServer(
  env: Record<string, string> = {},
  { keepLog = false } = {},
): Promise<RunningServer> {
  const child = spawn(process.execPath, [path.join(root, 'scripts/serve.ts')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      EMULATOR_PROVISIONING_MS: '800',
      EMULATOR_PRIVILEGE_MS: '0',
      EMULATOR_DESTROYING_MS: '300',
      ...env,
    },
    stdio: ['ignore', 'pipe', keepLog ? 'pipe' : 'inherit'],
  })
  let output = ''
  const keep = (chunk: Buffer) => (output += chunk.toString())
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', () => {
      const match = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(output)
      if (match?.[1]) resolve(match[1])
    })
    child.once('exit', (code) => reject(new Error(`server exited early (${code}): ${output}`)))
  })
  return { url, log: () => output, stop: () => stop(child) }
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}
