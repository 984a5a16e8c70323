import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((candidate) => existsSync(candidate))
/** Debian's libnginx-mod-http-brotli-static: deploy/ serves the build's brotli files with it. */
const BROTLI_STATIC = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so'

export interface RunningNginx {
  url: string
  stop: () => Promise<void>
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()))
    })
  })
}

/**
 * Runs Debian's nginx with the documented deploy/ files, changed only where a test must: the
 * port, the build directory, and the IONOS upstreams, which point at a local emulator (the
 * size check, which asks only for files, passes none).
 */
export async function startNginx(
  emulatorUrl = 'http://127.0.0.1:9',
  dist = path.join(root, 'dist'),
): Promise<RunningNginx> {
  if (!NGINX) throw new Error('nginx is not installed (Debian: apt-get install nginx-light)')
  if (!existsSync(BROTLI_STATIC)) {
    throw new Error(
      'nginx has no brotli_static module (Debian: apt-get install libnginx-mod-http-brotli-static)',
    )
  }
  const work = mkdtempSync(path.join(tmpdir(), 'console-nginx-'))
  const port = await freePort()
  const read = (file: string) => readFileSync(path.join(root, 'deploy', file), 'utf8')
  const server = read('nginx-console.conf')
    .replaceAll('/etc/nginx/snippets/', `${work}/`)
    .replace('listen 8080;', `listen 127.0.0.1:${port};`)
    .replace('root /srv/object-storage-key-console;', `root ${dist};`)
    .replaceAll('https://api.ionos.com/', `${emulatorUrl}/`)
    .replaceAll('https://s3.ionos.com/', `${emulatorUrl}/s3-management/`)
  writeFileSync(path.join(work, 'console-headers.conf'), read('console-headers.conf'))
  writeFileSync(path.join(work, 'ionos-proxy.conf'), read('ionos-proxy.conf'))
  writeFileSync(path.join(work, 'server.conf'), server)
  writeFileSync(
    path.join(work, 'nginx.conf'),
    `load_module ${BROTLI_STATIC};
daemon off;
pid ${work}/nginx.pid;
error_log ${work}/error.log warn;
${process.getuid?.() === 0 ? 'user root;' : ''}
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${work}/body; proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi; uwsgi_temp_path ${work}/uwsgi; scgi_temp_path ${work}/scgi;
  include ${work}/server.conf;
}
`,
  )
  const child = spawn(NGINX, ['-p', work, '-c', path.join(work, 'nginx.conf')], {
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const url = `http://127.0.0.1:${port}`
  await waitUntilServing(url, child)
  return {
    url,
    stop: async () => {
      await stopProcess(child)
      rmSync(work, { recursive: true, force: true })
    },
  }
}

async function waitUntilServing(url: string, child: ChildProcess) {
  for (let attempt = 0; attempt < 50; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with code ${child.exitCode}`)
    try {
      await fetch(url)
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  throw new Error('nginx did not start within 5 s')
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGQUIT')
  })
}
