import { Hono } from 'hono'
import { contractList } from '../cloud-lists.ts'
import type { EmulatorDeps, EmulatorEnv } from '../env.ts'
import { notFound } from '../errors.ts'
import { requestStatusView } from '../requests.ts'
import { isAdministrator } from '../rules.ts'
import { assertUuid, cloudViewOf, selectItems } from './cloud-common.ts'

/** `/contracts` and `/requests/{id}/status`. The unauthenticated `GET /` lives in app.ts. */

// The contract's limits, as the Cloud API's `ResourceLimits` requires them.
const resourceLimits = {
  coresPerServer: 62,
  coresPerContract: 500,
  coresProvisioned: 0,
  ramPerServer: 245760,
  ramPerContract: 1024000,
  ramProvisioned: 0,
  hddLimitPerVolume: 4096000,
  hddLimitPerContract: 10240000,
  hddVolumeProvisioned: 0,
  ssdLimitPerVolume: 4096000,
  ssdLimitPerContract: 10240000,
  ssdVolumeProvisioned: 0,
  dasVolumeProvisioned: 0,
  reservableIps: 50,
  reservedIpsOnContract: 0,
  reservedIpsInUse: 0,
  k8sClusterLimitTotal: 50,
  k8sClustersProvisioned: 0,
  nlbLimitTotal: 50,
  nlbProvisioned: 0,
  natGatewayLimitTotal: 50,
  natGatewayProvisioned: 0,
  securityGroupsPerVdc: 100,
  securityGroupsPerResource: 10,
  rulesPerSecurityGroup: 100,
}

export function cloudMiscRoutes({ store }: EmulatorDeps) {
  const routes = new Hono<EmulatorEnv>()

  routes.get('/contracts', (c) => {
    const { base } = cloudViewOf(c, store)
    const contract = {
      contractNumber: store.contract.contractNumber,
      owner: store.contract.ownerEmail,
      status: 'BILLABLE',
      regDomain: 'ionos.de',
    }
    const contracts = selectItems(c, [contract], contractList)
    return c.json({
      id: 'contracts',
      type: 'collection',
      href: `${base}/contracts`,
      items: contracts.map((properties) => ({
        type: 'contract',
        properties: { ...properties, resourceLimits },
      })),
    })
  })

  routes.get('/requests/:requestId/status', (c) => {
    const requestId = c.req.param('requestId')
    assertUuid(requestId, 'request id')
    const request = store.requests.get(requestId)
    const { user } = c.var.caller
    // Someone else's request is as unknown as no request: the answer gives no hint that it exists.
    const mayRead = request && (request.userId === user.id || isAdministrator(user))
    if (!mayRead) throw notFound(`The request ${requestId} does not exist.`)
    return c.json(requestStatusView(cloudViewOf(c, store).base, request))
  })

  return routes
}
