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

const accessKeyAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_'

/** The management API's access key: "a string of 92 characters", e.g. `00000Du4KiV8…Pouw`. */
export function newAccessKey(bytes: ByteSource = randomSource): string {
  const body = [...bytes(87)].map((byte) => accessKeyAlphabet[byte % accessKeyAlphabet.length])
  return `00000${body.join('')}`
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
