import { request as playwrightRequest, type APIRequestContext } from '@playwright/test'
import {
  issueServerCertificate,
  makeCertificateAuthority,
  trustInThisProcess,
  writeCaFile,
} from '../emulator/test/certificates.ts'
import { startTestEmulator, type TestEmulator } from '../emulator/testing.ts'
import { startServer, type RunningServer } from './server.ts'

/**
 * `IONOS=live npm start` against a stand-in for IONOS: the emulator alone, served over HTTPS by
 * this test process with a certificate from a CA made for the test. The console runs as its own
 * process, as a user starts it, with NODE_EXTRA_CA_CERTS naming that CA, or another one.
 */
export interface LiveSetup {
  /** The live-mode console. */
  console: RunningServer
  /** The HTTPS stand-in for IONOS, with its request count. */
  ionos: TestEmulator
  /** For the stand-in's test controls (its snapshot), over TLS this process trusts. */
  ionosRequest: APIRequestContext
  stop: () => Promise<void>
}

const apisAt = (origin: string) => ({
  IONOS_CLOUD_API_URL: `${origin}/cloudapi/v6`,
  IONOS_AUTH_API_URL: `${origin}/auth/v1`,
  IONOS_S3_MANAGEMENT_URL: `${origin}/s3-management`,
})

/**
 * `trusted: false` gives the stand-in a certificate from a second CA, which the console (told
 * about the first one only) must refuse.
 */
export async function startLiveSetup({ trusted = true } = {}): Promise<LiveSetup> {
  const consoleCa = await makeCertificateAuthority('Live mode e2e CA')
  const standInCa = trusted ? consoleCa : await makeCertificateAuthority('Untrusted e2e CA')
  const certificate = await issueServerCertificate(standInCa)
  trustInThisProcess(standInCa)
  const caFile = await writeCaFile(consoleCa)
  const ionos = await startTestEmulator({ provisioningDelayMs: 800 }, { tls: certificate })
  const liveConsole = await startServer(
    { IONOS: 'live', ...apisAt(ionos.url), NODE_EXTRA_CA_CERTS: caFile.file },
    { keepLog: true },
  )
  const ionosRequest = await playwrightRequest.newContext({ baseURL: ionos.url })
  return {
    console: liveConsole,
    ionos,
    ionosRequest,
    stop: async () => {
      await ionosRequest.dispose()
      await liveConsole.stop()
      await ionos.close()
      await caFile.remove()
    },
  }
}
