import { createHash, randomBytes, randomUUID } from 'node:crypto'

/**
 * Key material in the shapes IONOS uses. Every generator takes a source of bytes, so the seed can
 * derive stable values from a label (a reset gives the same keys) while new keys are random.
 */
export type ByteSource = (length: number) => Buffer

export const randomSource: ByteSource = (length) => randomBytes(length)

/** Stable bytes derived from a label: the same label always gives the same bytes. */
export function labelSource(label: string): ByteSource {
  return (length) => {
    const chunks: Buffer[] = []
    for (let round = 0; chunks.length * 64 < length; round++) {
      chunks.push(createHash('sha512').update(`${label}#${round}`).digest())
    }
    return Buffer.concat(chunks).subarray(0, length)
  }
}

/**
 * Fast stable bytes (splitmix32) for bulk generated data, where hashing every value would make
 * seeding 10,000 users take seconds. Not for secrets that matter: these are demo values.
 */
export function seededSource(seed: number): ByteSource {
  let state = seed >>> 0
  return (length) => {
    const bytes = Buffer.allocUnsafe(length)
    for (let offset = 0; offset < length; offset += 4) {
      state = (state + 0x9e3779b9) >>> 0
      let mixed = Math.imul(state ^ (state >>> 16), 0x85ebca6b) >>> 0
      mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35) >>> 0
      mixed = (mixed ^ (mixed >>> 16)) >>> 0
      for (let index = 0; index < 4 && offset + index < length; index++) {
        bytes[offset + index] = (mixed >>> (index * 8)) & 0xff
      }
    }
    return bytes
  }
}

/** The management API's access key: "a string of 92 characters", e.g. `00000Du4KiV8…Pouw`. */
export function newAccessKey(bytes: ByteSource = randomSource): string {
  return `00000${bytes(66).toString('base64url').slice(0, 87)}`
}

/** Keys made before 2024-04-25 have the old 20-character hex access key, e.g. `00ca413c94eecc56857d`. */
export function newLegacyAccessKey(bytes: ByteSource = randomSource): string {
  return bytes(10).toString('hex')
}

/** A 40-character secret like `tFVkUARsoeCdntQs2jVSyGG6TMPfPZ+ghnsWj/gG`. */
export function newSecretKey(bytes: ByteSource = randomSource): string {
  return bytes(30).toString('base64')
}

/** A 32-character hex canonical user id like `a73e086eeaaa03e21e4e932ac8a2ed7a`. */
export function newCanonicalUserId(bytes: ByteSource = randomSource): string {
  return bytes(16).toString('hex')
}

export function newUuid(): string {
  return randomUUID()
}

export function etagOf(...parts: (string | number | boolean | null)[]): string {
  return createHash('md5').update(parts.join('|')).digest('hex')
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function isUuid(value: string): boolean {
  return uuidPattern.test(value)
}
