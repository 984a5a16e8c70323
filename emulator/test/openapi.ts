import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import SwaggerParser from '@apidevtools/swagger-parser'
import { openapiSchemaToJsonSchema } from '@openapi-contrib/openapi-schema-to-json-schema'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'

/**
 * Validates the emulator's answers against the OpenAPI files in emulator/contracts with ajv. The
 * schemas are converted to JSON Schema once and cached in the temp directory, because parsing
 * the 1.4 MB Cloud API file takes most of a second and every test file needs it.
 */

export const specsDirectory = path.resolve(import.meta.dirname, '../contracts')

const apis = [
  { name: 'cloud', prefix: '/cloudapi/v6', file: 'cloud-api-v6.yaml' },
  { name: 'auth', prefix: '/auth/v1', file: 'auth-api-v1.yaml' },
  {
    name: 'management',
    prefix: '/s3-management',
    file: 'object-storage-management-v1.reconstructed.yaml',
  },
] as const

/**
 * THE ONE PLACE where the specs are corrected, for what the real Cloud API is documented to do
 * (IONOS's API documentation) and its spec does not allow. Nothing else is loosened.
 * - `null` where the spec says string (§3.1): `s3CanonicalUserId` is null until the user's
 *   first key; `lastLogin` is null for a user who never signed in. A management API key's
 *   `canonicalUserId` and `contractUserId` can be null (terraform-provider-ionoscloud 6.7.2
 *   fixed a crash on a null `canonicalUserId`).
 * - Bare references (`id`, `type`, `href` only) where the spec requires `properties` (§1.1):
 *   at `depth=0` a collection lists its items as references, and children are references one
 *   level further down. A resource must be either a bare reference or complete.
 */
const realWorldNulls: Record<string, string[]> = {
  'cloud:UserProperties': ['s3CanonicalUserId'],
  'cloud:UserMetadata': ['lastLogin'],
  'management:AccessKey': ['canonicalUserId', 'contractUserId'],
}
const bareReferencesAllowed = ['cloud:User', 'cloud:Group', 'cloud:S3Key']
const bareReference = {
  type: 'object',
  required: ['id', 'type', 'href'],
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    type: { type: 'string' },
    href: { type: 'string', format: 'uri' },
  },
}

type Json = Record<string, unknown>
const asRecord = (value: unknown): Json =>
  typeof value === 'object' && value !== null ? (value as Json) : {}

interface Operation {
  template: string
  /** A RegExp source matching the path template. */
  pattern: string
  method: string
  /** Status (or `default`) → JSON Schema of the body, or null when no body is documented. */
  responses: Record<string, unknown>
}

interface ConvertedApi {
  name: string
  prefix: string
  schemas: Record<string, unknown>
  operations: Operation[]
}

const schemaBase = 'https://specs.emulator.invalid'

function toJsonSchema(apiName: string, schema: unknown): unknown {
  const converted = asRecord(openapiSchemaToJsonSchema(asRecord(schema)))
  delete converted.$schema
  // Refs point into the api's own document, which ajv knows under its own id.
  return JSON.parse(
    JSON.stringify(converted).replaceAll('"$ref":"#/', `"$ref":"${schemaBase}/${apiName}.json#/`),
  )
}

function convertSchemas(document: Json, apiName: string): Record<string, unknown> {
  const schemas = asRecord(asRecord(document.components).schemas)
  const converted: Record<string, unknown> = {}
  for (const [name, schema] of Object.entries(schemas)) {
    for (const property of realWorldNulls[`${apiName}:${name}`] ?? []) {
      asRecord(asRecord(asRecord(schema).properties)[property]).nullable = true
    }
    const json = toJsonSchema(apiName, schema)
    const allowReference = bareReferencesAllowed.includes(`${apiName}:${name}`)
    converted[name] = allowReference ? { anyOf: [json, bareReference] } : json
  }
  return converted
}

function convertOperations(document: Json, apiName: string): Operation[] {
  const shared = asRecord(asRecord(document.components).responses)
  const resolve = (response: unknown): Json => {
    const ref = asRecord(response).$ref
    return typeof ref === 'string'
      ? asRecord(shared[ref.split('/').pop() ?? ''])
      : asRecord(response)
  }
  const operations: Operation[] = []
  for (const [template, item] of Object.entries(asRecord(document.paths))) {
    const pattern = `^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`
    for (const method of ['get', 'post', 'put', 'delete', 'patch']) {
      const responses = asRecord(asRecord(asRecord(item)[method]).responses)
      const bodies: Record<string, unknown> = {}
      for (const [status, response] of Object.entries(responses)) {
        const schema = asRecord(asRecord(resolve(response).content)['application/json']).schema
        bodies[status] = schema === undefined ? null : toJsonSchema(apiName, schema)
      }
      if (Object.keys(bodies).length > 0) {
        operations.push({ template, pattern, method: method.toUpperCase(), responses: bodies })
      }
    }
  }
  // Literal paths first, so that `/tokens/generate` wins over `/tokens/{tokenId}`.
  const parameters = (template: string) => (template.match(/\{/g) ?? []).length
  return operations.sort((a, b) => parameters(a.template) - parameters(b.template))
}

async function loadApi(api: (typeof apis)[number]): Promise<ConvertedApi> {
  const file = path.join(specsDirectory, api.file)
  const source = await readFile(file)
  const hash = createHash('sha256')
    .update(source)
    .update(JSON.stringify([realWorldNulls, bareReferencesAllowed, bareReference]))
    .digest('hex')
  const cacheFile = path.join(tmpdir(), 'emulator-openapi-cache', `${api.name}-${hash}.json`)
  try {
    return JSON.parse(await readFile(cacheFile, 'utf8')) as ConvertedApi
  } catch {
    const document = asRecord(await SwaggerParser.parse(file))
    const converted: ConvertedApi = {
      name: api.name,
      prefix: api.prefix,
      schemas: convertSchemas(document, api.name),
      operations: convertOperations(document, api.name),
    }
    await mkdir(path.dirname(cacheFile), { recursive: true })
    // Write then rename, so that parallel test files never read half a file.
    const partial = `${cacheFile}.${process.pid}.tmp`
    await writeFile(partial, JSON.stringify(converted))
    await rename(partial, cacheFile)
    return converted
  }
}

export interface AnswerToCheck {
  method: string
  /** The URL path, e.g. `/cloudapi/v6/um/users/5eed…/s3keys`. */
  path: string
  status: number
  /** The parsed JSON body, or undefined when the body was empty. */
  body: unknown
}

export class OpenApiValidator {
  private readonly ajv = new Ajv({ strict: false, allErrors: true })
  private readonly compiled = new Map<string, ValidateFunction>()
  private readonly apis: ConvertedApi[]

  private constructor(apis: ConvertedApi[]) {
    this.apis = apis
    addFormats(this.ajv)
    for (const api of apis) {
      this.ajv.addSchema({
        $id: `${schemaBase}/${api.name}.json`,
        components: { schemas: api.schemas },
      })
    }
  }

  static async load(): Promise<OpenApiValidator> {
    return new OpenApiValidator(await Promise.all(apis.map(loadApi)))
  }

  /** What is wrong with an answer according to its API's spec; empty when it conforms. */
  problems({ method, path: fullPath, status, body }: AnswerToCheck): string[] {
    const api = this.apis.find((candidate) => fullPath.startsWith(candidate.prefix))
    if (!api) return [`${fullPath} belongs to no API spec`]
    const apiPath = fullPath.slice(api.prefix.length) || '/'
    const operation = api.operations.find(
      (candidate) => candidate.method === method && new RegExp(candidate.pattern).test(apiPath),
    )
    const where = `${method} ${fullPath} → ${status}`
    let schema: unknown
    if (operation && String(status) in operation.responses)
      schema = operation.responses[String(status)]
    // `default` describes the errors in these specs, never an undocumented success.
    else if (operation && status >= 400 && 'default' in operation.responses) {
      schema = operation.responses.default
    }
    // Statuses a spec does not list (injected faults, 404 for unknown paths) must still be
    // the API's own `Error` body.
    else if (status >= 400)
      schema = { $ref: `${schemaBase}/${api.name}.json#/components/schemas/Error` }
    else return [`${where}: the spec documents no such operation or status`]
    if (schema === null) return body === undefined ? [] : [`${where}: the spec documents no body`]
    if (body === undefined) return [`${where}: the spec documents a body, the answer had none`]
    const validate = this.validatorFor(schema)
    if (validate(body)) return []
    return (validate.errors ?? []).map(
      (error) => `${where}: ${error.instancePath || '/'} ${error.message ?? ''}`,
    )
  }

  private validatorFor(schema: unknown): ValidateFunction {
    const key = JSON.stringify(schema)
    let validate = this.compiled.get(key)
    if (!validate) {
      validate = this.ajv.compile(asRecord(schema))
      this.compiled.set(key, validate)
    }
    return validate
  }
}
