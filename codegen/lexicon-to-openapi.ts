/**
 * Converts Lexicon documents into one OpenAPI 3.1 document.
 *
 * The document drives two things: `openapi-typescript` turns it into path
 * types for the low-level `get`/`post` client, and the Prism mock answers
 * from it in tests. Both need it to describe the wire exactly as the
 * lexicons do, so every Lexicon construct has one rule here:
 *
 * - a query is `GET /xrpc/<nsid>`, a procedure `POST /xrpc/<nsid>`, and the
 *   Lexicon `parameters` are query parameters for both;
 * - a request body exists exactly when the Lexicon declares an `input`, and
 *   is then required (the server rejects a missing body, and any body sent
 *   to a procedure without input);
 * - definitions become `components/schemas`, references stay references;
 * - `nullable` becomes `anyOf [schema, null]`, `knownValues` an open
 *   `anyOf [enum, string]`, string formats a `format` or `pattern`;
 * - every operation answers 400, 401, 404, 429 and 500 with the XRPC error
 *   body, the method's declared error names listed in its `error` enum.
 */
import type {
  LexArray,
  LexiconDoc,
  LexObject,
  LexRefUnion,
  LexRefVariant,
  LexString,
  LexUserType,
  LexXrpcBody,
  LexXrpcParameters,
  LexXrpcProcedure,
  LexXrpcQuery,
} from '@atproto/lexicon'
import { CURATED_EXAMPLES } from './curated-examples.js'
import { STRING_FORMATS } from './string-formats.js'

/** A JSON Schema (OpenAPI 3.1 dialect) object. */
export type JsonSchema = { [keyword: string]: unknown }

/** The parts of an OpenAPI 3.1 document this converter writes. */
export interface OpenApiDocument {
  openapi: '3.1.0'
  info: { title: string; version: string; description: string }
  servers: { url: string; description: string }[]
  security: Record<string, string[]>[]
  tags: { name: string; description: string }[]
  paths: Record<string, Record<string, JsonSchema>>
  components: {
    schemas: Record<string, JsonSchema>
    securitySchemes: Record<string, JsonSchema>
    headers: Record<string, JsonSchema>
  }
}

/** Settings of the produced document. */
export interface OpenApiOptions {
  /** `info.title`. */
  title: string
  /** `info.version`: the version of the API description, not of a package. */
  version: string
  /** The production server, listed in `servers`. */
  serverUrl: string
}

/** The defaults used for the Pocketenv API. */
export const POCKETENV_OPENAPI_OPTIONS: OpenApiOptions = {
  title: 'Pocketenv XRPC API',
  version: '1.0.0',
  serverUrl: 'https://api.pocketenv.io',
}

/** Thrown when a document uses a construct that has no place in an RPC API. */
export class UnsupportedLexiconError extends Error {
  override name = 'UnsupportedLexiconError'
}

type Method = LexXrpcQuery | LexXrpcProcedure

/** Anything that can describe a value: a definition, or a reference or union to one. */
type LexNode = LexUserType | LexRefVariant

/** Error names the XRPC framework itself answers with, by HTTP status. */
const FRAMEWORK_ERRORS: Record<number, { names: string[]; description: string; message: string }> = {
  400: {
    names: ['InvalidRequest', 'SyntaxError'],
    description: 'The parameters or the body do not match the Lexicon.',
    message: 'Error: Params must have the property "id"',
  },
  401: {
    names: ['AuthenticationRequired'],
    description: 'The method needs a token and none was sent.',
    message: 'Unauthorized',
  },
  404: {
    names: ['XRPCNotSupported'],
    description: 'The thing asked for does not exist, or is not the caller’s.',
    message: 'Sandbox not found',
  },
  500: {
    names: ['InternalServerError'],
    description: 'The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden.',
    message: 'Internal Server Error',
  },
}

const RATE_LIMIT_ERROR = 'Too many requests, please try again later.'

/** The component name of a definition: `nsid.defName`, or the NSID for `main`. */
export function componentName(nsid: string, defName: string): string {
  return defName === 'main' ? nsid : `${nsid}.${defName}`
}

/** Resolves a Lexicon reference (`#def`, `nsid`, `nsid#def`) against the document that holds it. */
export function resolveRef(ref: string, fromNsid: string): { nsid: string; defName: string } {
  const [nsid, defName] = ref.startsWith('#')
    ? [fromNsid, ref.slice(1)]
    : ref.includes('#')
      ? (ref.split('#', 2) as [string, string])
      : [ref, 'main']
  return { nsid, defName }
}

/**
 * Converts a set of Lexicon documents into an OpenAPI 3.1 document.
 *
 * @throws {UnsupportedLexiconError} for records, subscriptions and other
 *   definitions that are not part of an XRPC request/response API.
 */
export function lexiconsToOpenApi(
  docs: readonly LexiconDoc[],
  options: OpenApiOptions = POCKETENV_OPENAPI_OPTIONS,
): OpenApiDocument {
  const converter = new Converter(docs)
  const document: OpenApiDocument = {
    openapi: '3.1.0',
    info: {
      title: options.title,
      version: options.version,
      description:
        'Generated from the Lexicon documents in `lexicons/`: do not edit, run `npm run generate`. ' +
        'Queries are GET and procedures POST under `/xrpc/<nsid>`.',
    },
    servers: [{ url: options.serverUrl, description: 'Production' }],
    // Every method accepts a bearer token; some work without one.
    security: [{ bearerAuth: [] }, {}],
    tags: [],
    paths: {},
    components: {
      schemas: {},
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description: 'The token `pocketenv login` stores in `~/.pocketenv/token.json`.',
        },
      },
      headers: RATE_LIMIT_HEADERS,
    },
  }
  const tags = new Set<string>()
  for (const doc of [...docs].sort((a, b) => a.id.localeCompare(b.id))) {
    for (const [defName, def] of Object.entries(doc.defs)) {
      if (def.type === 'query' || def.type === 'procedure') {
        if (defName !== 'main') {
          throw new UnsupportedLexiconError(`${doc.id}#${defName}: a method must be the "main" definition`)
        }
        const tag = namespaceOf(doc.id)
        tags.add(tag)
        document.paths[`/xrpc/${doc.id}`] = {
          [def.type === 'query' ? 'get' : 'post']: converter.operation(doc.id, def, tag),
        }
      } else {
        document.components.schemas[componentName(doc.id, defName)] = converter.definition(doc.id, defName, def)
      }
    }
  }
  document.tags = [...tags].sort().map((name) => ({ name, description: `Methods under \`io.pocketenv.${name}\`.` }))
  return document
}

/** `io.pocketenv.sandbox.getSandbox` → `sandbox`. */
function namespaceOf(nsid: string): string {
  const parts = nsid.split('.')
  return parts[parts.length - 2] ?? nsid
}

const RATE_LIMIT_HEADERS: Record<string, JsonSchema> = {
  'Retry-After': {
    description: 'Seconds to wait before trying again (the server sends 30).',
    schema: { type: 'integer', minimum: 0, examples: [30] },
  },
  'X-RateLimit-Limit': {
    description: 'Requests allowed per window (500 per 30 seconds per IP address).',
    schema: { type: 'integer', examples: [500] },
  },
  'X-RateLimit-Remaining': {
    description: 'Requests left in the current window.',
    schema: { type: 'integer', examples: [499] },
  },
  'X-RateLimit-Reset': {
    description: 'Epoch seconds 30 seconds after this request.',
    schema: { type: 'integer', examples: [1776245430] },
  },
}

class Converter {
  private readonly docs = new Map<string, LexiconDoc>()

  constructor(docs: readonly LexiconDoc[]) {
    for (const doc of docs) this.docs.set(doc.id, doc)
  }

  /** A shared definition as a component schema. */
  definition(nsid: string, defName: string, def: LexUserType): JsonSchema {
    switch (def.type) {
      case 'object':
      case 'array':
      case 'string':
      case 'integer':
      case 'boolean':
      case 'bytes':
      case 'cid-link':
      case 'blob':
      case 'unknown': {
        const schema = this.schema(def, nsid)
        const example = this.example(def, nsid, `${nsid}#${defName}`)
        return example === undefined ? schema : { ...schema, examples: [example] }
      }
      case 'token':
        return { type: 'string', const: `${nsid}#${defName}`, ...describe(def.description) }
      default:
        throw new UnsupportedLexiconError(
          `${nsid}#${defName}: "${def.type}" definitions are not part of an XRPC API and cannot be converted`,
        )
    }
  }

  /** One path operation for a query or procedure. */
  operation(nsid: string, def: Method, tag: string): JsonSchema {
    const parameters = this.parameters(def.parameters, nsid)
    const operation: JsonSchema = {
      operationId: nsid,
      tags: [tag],
      summary: firstSentence(def.description ?? nsid),
      ...describe(def.description),
    }
    if (parameters.length > 0) operation.parameters = parameters
    if (def.type === 'procedure' && def.input) {
      operation.requestBody = { required: true, content: this.content(def.input, nsid) }
    }
    operation.responses = {
      200: this.success(def.output, nsid),
      ...this.errors(def),
    }
    return operation
  }

  private parameters(params: LexXrpcParameters | undefined, nsid: string): JsonSchema[] {
    if (!params) return []
    const required = new Set(params.required ?? [])
    return Object.entries(params.properties).map(([name, property]) => {
      const { description, ...schema } = this.schema(property, nsid)
      const parameter: JsonSchema = { name, in: 'query', required: required.has(name), schema }
      if (typeof description === 'string') parameter.description = description
      if (property.type === 'array') {
        parameter.style = 'form'
        parameter.explode = true
      }
      return parameter
    })
  }

  private content(body: LexXrpcBody, nsid: string, example?: unknown): JsonSchema {
    const media: JsonSchema = { schema: body.schema ? this.schema(body.schema, nsid) : {} }
    if (example !== undefined) media.example = example
    return { [body.encoding]: media }
  }

  private success(output: LexXrpcBody | undefined, nsid: string): JsonSchema {
    if (!output) {
      return { description: 'Success, with an empty body and no Content-Type.' }
    }
    const example = output.schema ? this.example(output.schema, nsid, nsid) : undefined
    return {
      description: output.description ?? 'Success.',
      headers: rateLimitHeaderRefs(['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset']),
      content: this.content(output, nsid, example),
    }
  }

  private errors(def: Method): Record<string, JsonSchema> {
    const declared = (def.errors ?? []).map((error) => error.name)
    const responses: Record<string, JsonSchema> = {}
    for (const [status, framework] of Object.entries(FRAMEWORK_ERRORS)) {
      const names = [...new Set([...framework.names, ...declared])]
      responses[status] = {
        description: framework.description,
        content: {
          'application/json': {
            schema: errorBodySchema(names),
            example: { error: names[0], message: framework.message },
          },
        },
      }
    }
    responses[429] = {
      description: 'Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`.',
      headers: rateLimitHeaderRefs(['Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset']),
      content: {
        'application/json': {
          schema: {
            type: 'object',
            required: ['error'],
            properties: { error: { type: 'string', const: RATE_LIMIT_ERROR }, message: { type: 'string' } },
          },
          example: { error: RATE_LIMIT_ERROR },
        },
      },
    }
    return responses
  }

  /** A Lexicon field as JSON Schema. */
  schema(def: LexNode, nsid: string): JsonSchema {
    const doc = describe(def.description)
    switch (def.type) {
      case 'string':
        return { ...this.stringSchema(def), ...doc }
      case 'integer':
        return pick({ type: 'integer', ...doc }, def, ['minimum', 'maximum', 'enum', 'const', 'default'])
      case 'boolean':
        return pick({ type: 'boolean', ...doc }, def, ['const', 'default'])
      case 'unknown':
        return { type: 'object', ...doc }
      case 'bytes':
        return {
          type: 'object',
          required: ['$bytes'],
          properties: { $bytes: { type: 'string', contentEncoding: 'base64' } },
          ...doc,
        }
      case 'cid-link':
        return { type: 'object', required: ['$link'], properties: { $link: { type: 'string' } }, ...doc }
      case 'blob':
        return {
          type: 'object',
          required: ['$type', 'ref', 'mimeType', 'size'],
          properties: {
            $type: { type: 'string', const: 'blob' },
            ref: { type: 'object', required: ['$link'], properties: { $link: { type: 'string' } } },
            mimeType: { type: 'string' },
            size: { type: 'integer', minimum: 0 },
          },
          ...doc,
        }
      case 'array':
        return this.arraySchema(def, nsid)
      case 'object':
        return this.objectSchema(def, nsid)
      case 'ref': {
        const target = resolveRef(def.ref, nsid)
        return { $ref: `#/components/schemas/${componentName(target.nsid, target.defName)}`, ...doc }
      }
      case 'union':
        return this.unionSchema(def, nsid)
      case 'token':
        return { type: 'string', ...doc }
      default:
        throw new UnsupportedLexiconError(`a "${def.type}" cannot appear inside a request or a response`)
    }
  }

  private stringSchema(def: LexString): JsonSchema {
    const schema: JsonSchema = { type: 'string' }
    if (def.format) {
      const mapping = STRING_FORMATS[def.format]
      if (mapping.format) schema.format = mapping.format
      if (mapping.pattern) {
        schema.pattern = mapping.pattern
        schema['x-lexicon-format'] = def.format
      }
      schema.examples = [mapping.example]
    }
    pick(schema, def, ['minLength', 'maxLength', 'enum', 'const', 'default'])
    if (def.maxGraphemes !== undefined) schema['x-lexicon-max-graphemes'] = def.maxGraphemes
    if (def.minGraphemes !== undefined) schema['x-lexicon-min-graphemes'] = def.minGraphemes
    if (def.knownValues && def.knownValues.length > 0) {
      // Known values document the usual answers without closing the set:
      // a server may add a status tomorrow.
      const { type: _type, ...rest } = schema
      return { ...rest, anyOf: [{ type: 'string', enum: def.knownValues }, { type: 'string' }] }
    }
    return schema
  }

  private arraySchema(def: LexArray, nsid: string): JsonSchema {
    const schema: JsonSchema = { type: 'array', items: this.schema(def.items, nsid), ...describe(def.description) }
    if (def.minLength !== undefined) schema.minItems = def.minLength
    if (def.maxLength !== undefined) schema.maxItems = def.maxLength
    return schema
  }

  private objectSchema(def: LexObject, nsid: string): JsonSchema {
    const nullable = new Set(def.nullable ?? [])
    const properties: Record<string, JsonSchema> = {}
    for (const [name, property] of Object.entries(def.properties)) {
      const schema = this.schema(property, nsid)
      properties[name] = nullable.has(name) ? { anyOf: [schema, { type: 'null' }] } : schema
    }
    const schema: JsonSchema = { type: 'object', ...describe(def.description), properties }
    if (def.required && def.required.length > 0) schema.required = def.required
    return schema
  }

  private unionSchema(def: LexRefUnion, nsid: string): JsonSchema {
    const variants: JsonSchema[] = def.refs.map((ref) => {
      const target = resolveRef(ref, nsid)
      return {
        allOf: [
          { $ref: `#/components/schemas/${componentName(target.nsid, target.defName)}` },
          {
            type: 'object',
            required: ['$type'],
            properties: { $type: { type: 'string', const: typeName(target) } },
          },
        ],
      }
    })
    if (def.closed) return { oneOf: variants, ...describe(def.description) }
    // An open union also admits kinds this Lexicon does not know yet.
    variants.push({ type: 'object', required: ['$type'], properties: { $type: { type: 'string' } } })
    return { anyOf: variants, ...describe(def.description) }
  }

  /**
   * An example for a Lexicon field: the curated one for `key` when there is
   * one, otherwise one built from the schema so that it passes validation.
   */
  example(def: LexNode, nsid: string, key?: string): unknown {
    if (key !== undefined && key in CURATED_EXAMPLES) return CURATED_EXAMPLES[key]
    switch (def.type) {
      case 'string':
        return stringExample(def)
      case 'integer':
        return def.const ?? def.default ?? def.enum?.[0] ?? Math.min(Math.max(def.minimum ?? 1, 1), def.maximum ?? Infinity)
      case 'boolean':
        return def.const ?? def.default ?? false
      case 'array': {
        const item = this.example(def.items, nsid)
        return item === undefined ? [] : [item]
      }
      case 'object': {
        const value: Record<string, unknown> = {}
        for (const [name, property] of Object.entries(def.properties)) {
          const example = this.example(property, nsid)
          if (example !== undefined) value[name] = example
        }
        return value
      }
      case 'ref': {
        const target = resolveRef(def.ref, nsid)
        return this.example(this.lookup(target), target.nsid, typeName(target))
      }
      case 'union': {
        const first = def.refs[0]
        if (first === undefined) return undefined
        const target = resolveRef(first, nsid)
        const value = this.example(this.lookup(target), target.nsid, typeName(target))
        return { ...(value as object), $type: typeName(target) }
      }
      case 'unknown':
        return {}
      default:
        return undefined
    }
  }

  private lookup(target: { nsid: string; defName: string }): LexUserType {
    const def = this.docs.get(target.nsid)?.defs[target.defName]
    if (!def) throw new UnsupportedLexiconError(`unresolved reference ${typeName(target)}`)
    return def
  }
}

function typeName(target: { nsid: string; defName: string }): string {
  return target.defName === 'main' ? target.nsid : `${target.nsid}#${target.defName}`
}

function stringExample(def: LexString): string {
  if (def.const !== undefined) return def.const
  if (def.default !== undefined) return def.default
  if (def.enum?.[0] !== undefined) return def.enum[0]
  if (def.knownValues?.[0] !== undefined) return def.knownValues[0]
  if (def.format) return STRING_FORMATS[def.format].example
  const text = 'example'
  return def.minLength !== undefined && def.minLength > text.length ? text.padEnd(def.minLength, 'x') : text
}

function errorBodySchema(names: string[]): JsonSchema {
  return {
    type: 'object',
    required: ['error', 'message'],
    properties: {
      error: { type: 'string', enum: names, description: 'Machine-readable error name.' },
      message: { type: 'string', description: 'Human-readable explanation.' },
    },
  }
}

function rateLimitHeaderRefs(names: string[]): Record<string, JsonSchema> {
  return Object.fromEntries(names.map((name) => [name, { $ref: `#/components/headers/${name}` }]))
}

function describe(description: string | undefined): JsonSchema {
  return description ? { description } : {}
}

function firstSentence(text: string): string {
  const match = /^(.*?[.!?])(\s|$)/.exec(text)
  return match?.[1] ?? text
}

function pick<T extends object>(target: JsonSchema, source: T, keys: (keyof T & string)[]): JsonSchema {
  for (const key of keys) {
    if (source[key] !== undefined) target[key] = source[key]
  }
  return target
}
