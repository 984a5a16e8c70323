/** Settings of one emulator instance. Everything else about its state comes from the seed. */
export interface EmulatorOptions {
  /** Extra generated users (with keys) on top of the demo data, for performance work. */
  extraUsers: number
  /** How long a new management-API key stays PROVISIONING before it becomes AVAILABLE. */
  provisioningDelayMs: number
  /** Refuse requests beyond IONOS's rate limit with 429 and `Retry-After` (else only count them). */
  rateLimit?: boolean
  /**
   * How long after a group change the old Object Storage privilege still applies to key
   * creation (IONOS applies privileges with a delay: terraform-provider-ionoscloud #881).
   */
  privilegeDelayMs: number
  /** How long a deleted key shows DESTROYING before it is gone. */
  destroyingDelayMs: number
}

export const defaultEmulatorOptions: EmulatorOptions = {
  extraUsers: 0,
  provisioningDelayMs: 1500,
  privilegeDelayMs: 5000,
  destroyingDelayMs: 2000,
}

function nonNegativeInteger(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value === '') return fallback
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed < 0) {
    throw new Error(`${name} must be a whole number of 0 or more, got "${value}"`)
  }
  return parsed
}

function onOff(value: string | undefined, name: string): boolean {
  if (value === undefined || value === '' || value === 'off') return false
  if (value === 'on') return true
  throw new Error(`${name} must be "on" or "off", got "${value}"`)
}

export function emulatorOptionsFromEnv(env: NodeJS.ProcessEnv): EmulatorOptions {
  const ms = (name: string, fallback: number) => nonNegativeInteger(env[name], name, fallback)
  return {
    rateLimit: onOff(env.EMULATOR_RATE_LIMIT, 'EMULATOR_RATE_LIMIT'),
    extraUsers: nonNegativeInteger(env.EMULATOR_USERS, 'EMULATOR_USERS', 0),
    provisioningDelayMs: ms('EMULATOR_PROVISIONING_MS', defaultEmulatorOptions.provisioningDelayMs),
    privilegeDelayMs: ms('EMULATOR_PRIVILEGE_MS', defaultEmulatorOptions.privilegeDelayMs),
    destroyingDelayMs: ms('EMULATOR_DESTROYING_MS', defaultEmulatorOptions.destroyingDelayMs),
  }
}
