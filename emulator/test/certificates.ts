import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import tls from 'node:tls'
import { generate } from 'selfsigned'

/**
 * Throw-away certificates for tests of live mode against an HTTPS stand-in for IONOS: a CA, and a
 * server certificate it signs for 127.0.0.1 and localhost. Made at test time (EC keys: fast),
 * valid for a day, written only to a temporary directory; never committed.
 */

export interface PemPair {
  cert: string
  key: string
}

const validity = () => {
  const notBeforeDate = new Date(Date.now() - 60 * 60 * 1000)
  return { notBeforeDate, notAfterDate: new Date(Date.now() + 24 * 60 * 60 * 1000) }
}

export async function makeCertificateAuthority(name: string): Promise<PemPair> {
  const pems = await generate([{ name: 'commonName', value: name }], {
    keyType: 'ec',
    algorithm: 'sha256',
    ...validity(),
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    ],
  })
  return { cert: pems.cert, key: pems.private }
}

export async function issueServerCertificate(ca: PemPair): Promise<PemPair> {
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    ...validity(),
    ca: { cert: ca.cert, key: ca.key },
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  })
  return { cert: pems.cert, key: pems.private }
}

/** The CA's certificate in a file of a fresh temporary directory, as NODE_EXTRA_CA_CERTS wants. */
export async function writeCaFile(ca: PemPair): Promise<{ file: string; remove(): Promise<void> }> {
  const directory = await mkdtemp(path.join(tmpdir(), 'console-test-ca-'))
  const file = path.join(directory, 'ca.pem')
  await writeFile(file, ca.cert)
  return { file, remove: () => rm(directory, { recursive: true, force: true }) }
}

/**
 * Makes this test process trust `ca` as well, for its own calls to an HTTPS stand-in (what
 * NODE_EXTRA_CA_CERTS does for a process at its start).
 */
export function trustInThisProcess(ca: PemPair): void {
  tls.setDefaultCACertificates([...tls.getCACertificates('default'), ca.cert])
}
