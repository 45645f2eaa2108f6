/**
 * fast-check arbitraries built from the lexicons: for each method, query
 * parameters and input bodies, about half of which follow the Lexicon and
 * half of which break it in exactly one place.
 *
 * "Follows the Lexicon" means what `@atproto/lexicon` accepts, edge cases
 * included: string lengths count UTF-8 bytes, `maxGraphemes` counts
 * graphemes, a `uri` is anything shaped `scheme:rest`, an integer may be any
 * safe integer within its bounds. Those edges are where the Lexicon and the
 * OpenAPI document the mock serves are most likely to disagree.
 */
import fc from 'fast-check'
import type {
  LexArray,
  LexBoolean,
  LexInteger,
  LexObject,
  LexRefUnion,
  LexRefVariant,
  LexString,
  LexStringFormat,
  LexUserType,
  LexXrpcParameters,
  LexXrpcProcedure,
  LexXrpcQuery,
  LexiconDoc,
} from '@atproto/lexicon'
import { STRING_FORMATS } from '../../codegen/string-formats.js'
import { lexicons, schemas } from '../../src/generated/xrpc/lexicons.js'

/** Whether a value was built to follow its Lexicon or to break it. */
export type Conformance = 'valid' | 'invalid'

/** A generated value and how it was built. */
export interface Generated<T = unknown> {
  conformance: Conformance
  /** For an invalid value, where and how it breaks the Lexicon: `body.file.path: wrong type (number)`. */
  breach?: string
  value: T
}

/** One query or procedure of the API. */
export interface LexiconMethod {
  nsid: string
  type: 'query' | 'procedure'
  def: LexXrpcQuery | LexXrpcProcedure
}

/** A whole call: the query parameters and, for a procedure, the body. */
export interface GeneratedRequest {
  conformance: Conformance
  breach?: string
  /** The query parameters, or `undefined` to leave them out. */
  params: unknown
  /** The body of a procedure, or `undefined` to leave it out. Always `undefined` for a query. */
  input: unknown
}

/** Every query and procedure the lexicons define, sorted by NSID. */
export function lexiconMethods(): LexiconMethod[] {
  return (schemas as LexiconDoc[])
    .flatMap((doc) => {
      const main = doc.defs.main
      return main?.type === 'query' || main?.type === 'procedure' ? [{ nsid: doc.id, type: main.type, def: main }] : []
    })
    .sort((a, b) => a.nsid.localeCompare(b.nsid))
}

/** Query parameters of `nsid`: half valid, half broken in one place. */
export function paramsArbitrary(nsid: string): fc.Arbitrary<Generated> {
  return halfAndHalf(paramsParts(methodDef(nsid)))
}

/** The body of procedure `nsid`: half valid, half broken in one place (a body at all, when it takes none). */
export function inputArbitrary(nsid: string): fc.Arbitrary<Generated> {
  const def = methodDef(nsid)
  if (def.type !== 'procedure') throw new Error(`${nsid} is a query: it has no body`)
  return halfAndHalf(inputParts(def))
}

/**
 * A whole call to `nsid`: half of the calls are valid throughout, the other
 * half break the parameters or the body (never both, so every rejection has
 * one cause).
 */
export function requestArbitrary(nsid: string): fc.Arbitrary<GeneratedRequest> {
  const def = methodDef(nsid)
  const params = paramsParts(def)
  if (def.type === 'query') {
    return fc.oneof(
      params.valid.map((value) => ({ conformance: 'valid' as const, params: value, input: undefined })),
      params.invalid.map(({ value, breach }) => ({ conformance: 'invalid' as const, breach: `params${breach}`, params: value, input: undefined })),
    )
  }
  const input = inputParts(def)
  return fc.oneof(
    { weight: 2, arbitrary: fc.record({ params: params.valid, input: input.valid }).map((parts) => ({ conformance: 'valid' as const, ...parts })) },
    fc
      .tuple(params.invalid, input.valid)
      .map(([{ value, breach }, body]) => ({ conformance: 'invalid' as const, breach: `params${breach}`, params: value, input: body })),
    fc
      .tuple(params.valid, input.invalid)
      .map(([value, { value: body, breach }]) => ({ conformance: 'invalid' as const, breach: `body${breach}`, params: value, input: body })),
  )
}

/** A broken value and the place it breaks, relative to the value's root (`.file.path: …`, or `: …` for the root). */
interface Breach {
  value: unknown
  breach: string
}

interface Parts {
  valid: fc.Arbitrary<unknown>
  invalid: fc.Arbitrary<Breach>
}

/** Any node that describes a value: a definition, a field, or a reference to one. */
type Node = LexUserType | LexRefVariant | LexXrpcParameters

/** The JSON body the API accepts at most; the SDK refuses larger ones before sending. */
const MAX_BODY_BYTES = 100 * 1024

/** A string that alone makes any body too large. Built once: every oversized sample shares it. */
const OVERSIZED_TEXT = 'x'.repeat(MAX_BODY_BYTES + 1024)

/** Values of every JSON type, for "wrong type" breaches. */
const ANY_JSON: Record<string, unknown> = {
  string: 'sbx_4Fq9ZkT2mN8pXw',
  number: 42,
  fraction: 1.5,
  boolean: true,
  null: null,
  array: ['a'],
  object: { nested: 'value' },
}

function halfAndHalf(parts: Parts): fc.Arbitrary<Generated> {
  return fc.oneof(
    parts.valid.map((value) => ({ conformance: 'valid' as const, value })),
    parts.invalid.map(({ value, breach }) => ({ conformance: 'invalid' as const, breach: breach.replace(/^\./, ''), value })),
  )
}

function methodDef(nsid: string): LexXrpcQuery | LexXrpcProcedure {
  return lexicons.getDefOrThrow(nsid, ['query', 'procedure']) as LexXrpcQuery | LexXrpcProcedure
}

function paramsParts(def: LexXrpcQuery | LexXrpcProcedure): Parts {
  const params = def.parameters
  if (!params || Object.keys(params.properties).length === 0) {
    return {
      valid: fc.constantFrom(undefined, {}),
      invalid: fc.oneof(extraField(fc.constant({})), wrongType(['object'])),
    }
  }
  const required = params.required ?? []
  const object = objectParts({ type: 'object', properties: params.properties, required }, nsidOf(def))
  return {
    // Parameters that are all optional may be left out altogether.
    valid: required.length === 0 ? fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 5, arbitrary: object.valid }) : object.valid,
    invalid: object.invalid,
  }
}

function inputParts(def: LexXrpcProcedure): Parts {
  const nsid = nsidOf(def)
  const schema = def.input?.schema
  if (!schema) {
    return {
      valid: fc.constant(undefined),
      invalid: fc.oneof(
        ...Object.entries(ANY_JSON).map(([kind, value]) => fc.constant({ value, breach: `: a body (${kind}) for a method that takes none` })),
        fc.constant({ value: {}, breach: ': a body ({}) for a method that takes none' }),
      ),
    }
  }
  const body = parts(schema, nsid)
  return {
    valid: body.valid,
    invalid: fc.oneof(
      { weight: 8, arbitrary: body.invalid },
      { weight: 1, arbitrary: fc.constant({ value: undefined, breach: ': no body' }) },
      {
        weight: 1,
        arbitrary: body.valid
          .filter((value) => typeof value === 'object' && value !== null && !Array.isArray(value))
          .map((value) => ({ value: { ...(value as object), padding: OVERSIZED_TEXT }, breach: `: over ${MAX_BODY_BYTES / 1024} KiB` })),
      },
    ),
  }
}

/** The NSID of the document that holds a method definition. */
function nsidOf(def: LexXrpcQuery | LexXrpcProcedure): string {
  const doc = (schemas as LexiconDoc[]).find((candidate) => candidate.defs.main === def)
  if (!doc) throw new Error('a method definition outside the generated lexicons')
  return doc.id
}

/** Valid and invalid values of `node`, whose references resolve against document `nsid`. */
function parts(node: Node, nsid: string): Parts {
  switch (node.type) {
    case 'string':
      return stringParts(node)
    case 'integer':
      return integerParts(node)
    case 'boolean':
      return booleanParts(node)
    case 'array':
      return arrayParts(node, nsid)
    case 'object':
      return objectParts(node, nsid)
    case 'ref': {
      const target = resolve(node.ref, nsid)
      return parts(target.def, target.nsid)
    }
    case 'union':
      return unionParts(node, nsid)
    default:
      // The lexicons use none of the others in a request; a new one should fail loudly here, not be fuzzed wrongly.
      throw new Error(`no arbitrary for Lexicon "${node.type}" yet`)
  }
}

function resolve(ref: string, fromNsid: string): { nsid: string; def: Node; typeName: string } {
  const uri = ref.startsWith('#') ? `${fromNsid}${ref}` : ref
  const [nsid = uri, defName = 'main'] = uri.split('#')
  return { nsid, def: lexicons.getDefOrThrow(uri) as Node, typeName: defName === 'main' ? nsid : `${nsid}#${defName}` }
}

function wrongType(except: string[]): fc.Arbitrary<Breach> {
  return fc.constantFrom(...Object.entries(ANY_JSON).filter(([kind]) => !except.includes(kind))).map(([kind, value]) => ({
    value,
    breach: `: wrong type (${kind})`,
  }))
}

// Strings ---------------------------------------------------------------------

const segmenter = new Intl.Segmenter()
const encoder = new TextEncoder()
const utf8Bytes = (text: string) => encoder.encode(text).byteLength
const graphemes = (text: string) => [...segmenter.segment(text)].length

/** Everyday and awkward text: identifiers, paths, commands, any Unicode, control characters. */
const freeText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('', 'sbx_4Fq9ZkT2mN8pXw', '/app', 'echo hello && ls -la', 'API_KEY', 'héllo wörld', '日本語', '👩‍💻 dev', 'a\u0000b', ' '),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
)

/** Trims `text` to the length limits of `def`, grapheme by grapheme, then pads it to the minimums. */
function fitLength(text: string, def: LexString): string {
  let fitted = ''
  let count = 0
  for (const { segment } of segmenter.segment(text)) {
    if (def.maxLength !== undefined && utf8Bytes(fitted + segment) > def.maxLength) break
    if (def.maxGraphemes !== undefined && count + 1 > def.maxGraphemes) break
    fitted += segment
    count++
  }
  while ((def.minLength !== undefined && utf8Bytes(fitted) < def.minLength) || (def.minGraphemes !== undefined && graphemes(fitted) < def.minGraphemes)) {
    fitted += 'x'
  }
  return fitted
}

function fitsLength(text: string, def: LexString): boolean {
  const bytes = utf8Bytes(text)
  return (
    (def.maxLength === undefined || bytes <= def.maxLength) &&
    (def.minLength === undefined || bytes >= def.minLength) &&
    (def.maxGraphemes === undefined || graphemes(text) <= def.maxGraphemes) &&
    (def.minGraphemes === undefined || graphemes(text) >= def.minGraphemes)
  )
}

function stringParts(def: LexString): Parts {
  const valid = validString(def)
  const breaches: fc.Arbitrary<Breach>[] = [wrongType(['string'])]
  if (def.const !== undefined) breaches.push(fc.constant({ value: `${def.const}-other`, breach: `: not ${def.const}` }))
  if (def.enum) breaches.push(fc.constantFrom('', 'aws', def.enum[0]?.toUpperCase() ?? 'X').filter((value) => !def.enum?.includes(value)).map((value) => ({ value, breach: ': not in the enum' })))
  if (def.maxLength !== undefined) {
    const max = def.maxLength
    breaches.push(
      fc.integer({ min: 1, max: 20 }).map((over) => ({ value: 'x'.repeat(max + over), breach: `: longer than ${max} bytes` })),
      // Few enough characters, too many bytes: the Lexicon counts UTF-8 bytes, not characters.
      fc.constantFrom('é', '日', '😀').map((char) => ({ value: char.repeat(Math.floor(max / utf8Bytes(char)) + 1), breach: `: more than ${max} UTF-8 bytes` })),
    )
  }
  if (def.minLength !== undefined && def.minLength > 0) {
    breaches.push(fc.constant({ value: 'x'.repeat(def.minLength - 1), breach: `: shorter than ${def.minLength} bytes` }))
  }
  if (def.maxGraphemes !== undefined) {
    breaches.push(fc.constant({ value: 'a'.repeat(def.maxGraphemes + 1), breach: `: more than ${def.maxGraphemes} graphemes` }))
  }
  if (def.minGraphemes !== undefined && def.minGraphemes > 0) {
    breaches.push(fc.constant({ value: '👩‍💻'.repeat(def.minGraphemes - 1), breach: `: fewer than ${def.minGraphemes} graphemes` }))
  }
  if (def.format) {
    const format = def.format
    breaches.push(fc.constantFrom(...malformed(format)).map((value) => ({ value, breach: `: not a valid ${format}` })))
  }
  return { valid, invalid: fc.oneof(...breaches) }
}

function validString(def: LexString): fc.Arbitrary<string> {
  if (def.const !== undefined) return fc.constant(def.const)
  if (def.enum) return fc.constantFrom(...def.enum)
  if (def.format) return formatted(def.format).filter((value) => fitsLength(value, def))
  const text = fc.oneof(
    { weight: 4, arbitrary: freeText.map((value) => fitLength(value, def)) },
    // Right at the limit, in multi-byte characters.
    { weight: def.maxLength === undefined ? 0 : 1, arbitrary: fc.constantFrom('é', '日', '😀', 'x').map((char) => fitLength(char.repeat(def.maxLength ?? 0), def)) },
  )
  const known = def.knownValues?.filter((value) => fitsLength(value, def)) ?? []
  // Known values are the usual answers; any other string is still valid.
  return known.length > 0 ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: text }) : text
}

const HANDLE_LABEL = '[a-zA-Z0-9]([a-zA-Z0-9-]{0,8}[a-zA-Z0-9])?'
const HANDLE_TLD = '[a-zA-Z]([a-zA-Z0-9-]{0,5}[a-zA-Z0-9])?'
const handle = fc.oneof(
  fc.constantFrom(STRING_FORMATS.handle.example, 'pocketenv.io', 'xn--ls8h.la', '4chan.org', 'A.B'),
  fc.stringMatching(new RegExp(`^(${HANDLE_LABEL}\\.){1,3}${HANDLE_TLD}$`)),
)
const did = fc.oneof(
  fc.constantFrom(STRING_FORMATS.did.example, 'did:web:pocketenv.io', 'did:web:localhost%3A3000', 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK'),
  fc.stringMatching(/^did:[a-z]{1,8}:[a-zA-Z0-9._:%-]{0,20}[a-zA-Z0-9._-]$/),
)
const nsidLike = fc.stringMatching(/^[a-z]{1,8}(\.[a-z][a-zA-Z0-9]{0,8}){2,3}$/)
const recordKey = fc.stringMatching(/^[a-zA-Z0-9_~:-]{1,15}$/)

/** A value of each string format that the Lexicon validator accepts. */
function formatted(format: LexStringFormat): fc.Arbitrary<string> {
  const example = fc.constant(STRING_FORMATS[format].example)
  switch (format) {
    case 'did':
      return did
    case 'handle':
      return handle
    case 'at-identifier':
      return fc.oneof(did, handle)
    case 'at-uri':
      return fc.oneof(
        example,
        fc
          .tuple(fc.oneof(did, handle), fc.option(fc.tuple(nsidLike, fc.option(recordKey, { nil: undefined })), { nil: undefined }))
          .map(([authority, path]) => `at://${authority}${path ? `/${path[0]}${path[1] ? `/${path[1]}` : ''}` : ''}`),
      )
    case 'datetime':
      return fc.oneof(
        example,
        fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).chain((date) =>
          fc.constantFrom(date.toISOString(), date.toISOString().replace(/\.\d{3}Z$/, 'Z'), date.toISOString().replace(/Z$/, '+00:00')),
        ),
      )
    case 'uri':
      return fc.oneof(
        example,
        fc.webUrl({ withQueryParameters: true, withFragments: true }),
        // Everything the Lexicon's `scheme:rest` rule admits, realistic or not.
        fc.constantFrom('mailto:dev@pocketenv.io', 'urn:isbn:0451450523', 'https://pocketenv.io/ä', 'http://例え.jp', 'x_y:z', 'git:github.com/a|b'),
        fc.stringMatching(/^\w+:(?:\/\/)?[^\s/][^\s]*$/, { size: 'small' }),
      )
    case 'nsid':
      return fc.oneof(example, nsidLike)
    case 'record-key':
      return fc.oneof(example, recordKey)
    case 'cid':
    case 'language':
    case 'tid':
      return example
  }
}

/** Values that break a string format (and only that: they are short strings). */
function malformed(format: LexStringFormat): string[] {
  const common = [`not a valid ${format}`, '']
  switch (format) {
    case 'did':
      return [...common, 'did:', 'did:plc:', 'DID:plc:abc', 'did:PLC:abc', 'did:plc:abc%', 'did:plc:abc:', 'plc:abc', 'did:plc:ab c']
    case 'handle':
      return [...common, 'alice', 'alice.', '.alice.com', 'al..ice.com', '-alice.com', 'alice-.com', 'alice.1com', 'alice_b.social', 'ålice.com', '@alice.bsky.social']
    case 'at-identifier':
      return [...common, 'alice', 'alice.1com', '@alice.bsky.social', 'did:plc:', 'DID:plc:abc', 'did:plc:abc:']
    case 'at-uri':
      return [...common, 'https://pocketenv.io', 'at://', 'at:/did:plc:abc', 'at://did:plc:abc//x']
    case 'datetime':
      return [...common, '2026-04-15', '2026-04-15T09:30:00', '2026-13-01T00:00:00Z', '2026-04-15 09:30:00Z', 'yesterday', '1776245430']
    case 'uri':
      return [...common, 'pocketenv.io', '/relative/path', 'https://', 'http:/', ':no-scheme']
    default:
      return common
  }
}

// Numbers and booleans -------------------------------------------------------------

function integerParts(def: LexInteger): Parts {
  const low = def.minimum ?? Number.MIN_SAFE_INTEGER
  const high = def.maximum ?? Number.MAX_SAFE_INTEGER
  const valid: fc.Arbitrary<number> =
    def.const !== undefined
      ? fc.constant(def.const)
      : def.enum
        ? fc.constantFrom(...def.enum)
        : fc.oneof(
            { weight: 4, arbitrary: fc.integer({ min: Math.max(low, -1000), max: Math.min(high, Math.max(low, -1000) + 2000) }) },
            { weight: 1, arbitrary: fc.constantFrom(low, high) },
            // Anywhere in range, including far beyond 32 bits when the range allows.
            { weight: 2, arbitrary: fc.maxSafeInteger().map((value) => low + Math.abs(value % (high - low + 1 || 1))).filter((value) => value >= low && value <= high) },
          )
  const breaches: fc.Arbitrary<Breach>[] = [
    wrongType(['number']),
    fc.constantFrom<[string, unknown]>(['a numeric string', '30'], ['NaN', Number.NaN], ['Infinity', Number.POSITIVE_INFINITY], ['a fraction', 2.5]).map(([kind, value]) => ({ value, breach: `: not an integer (${kind})` })),
  ]
  if (def.minimum !== undefined) {
    const min = def.minimum
    breaches.push(fc.integer({ min: 1, max: 1_000_000 }).chain((under) => fc.constantFrom(min - 1, min - under)).map((value) => ({ value, breach: `: below the minimum ${min}` })))
  }
  if (def.maximum !== undefined) {
    const max = def.maximum
    breaches.push(fc.integer({ min: 1, max: 1_000_000 }).chain((over) => fc.constantFrom(max + 1, max + over)).map((value) => ({ value, breach: `: above the maximum ${max}` })))
  }
  if (def.enum) breaches.push(fc.integer().filter((value) => !def.enum?.includes(value)).map((value) => ({ value, breach: ': not in the enum' })))
  if (def.const !== undefined) breaches.push(fc.constant({ value: def.const + 1, breach: `: not ${def.const}` }))
  return { valid, invalid: fc.oneof(...breaches) }
}

function booleanParts(def: LexBoolean): Parts {
  const valid = def.const !== undefined ? fc.constant(def.const) : fc.boolean()
  const breaches: fc.Arbitrary<Breach>[] = [
    wrongType(['boolean']),
    fc.constantFrom<[string, unknown]>(['a string', 'true'], ['a number', 1]).map(([kind, value]) => ({ value, breach: `: not a boolean (${kind})` })),
  ]
  if (def.const !== undefined) breaches.push(fc.constant({ value: !def.const, breach: `: not ${def.const}` }))
  return { valid, invalid: fc.oneof(...breaches) }
}

// Arrays, objects, unions ----------------------------------------------------------

function arrayParts(def: LexArray, nsid: string): Parts {
  const item = parts(def.items, nsid)
  const minLength = def.minLength ?? 0
  const maxLength = Math.max(minLength, Math.min(def.maxLength ?? 4, 4))
  const breaches: fc.Arbitrary<Breach>[] = [
    wrongType(['array']),
    fc
      .tuple(fc.array(item.valid, { minLength: Math.max(minLength - 1, 0), maxLength: Math.max(minLength - 1, 0) }), item.invalid, fc.nat())
      .map(([items, { value, breach }, at]) => {
        const index = at % (items.length + 1)
        return { value: [...items.slice(0, index), value, ...items.slice(index)], breach: `[${index}]${breach}` }
      }),
  ]
  if (def.maxLength !== undefined) {
    const max = def.maxLength
    breaches.push(fc.array(item.valid, { minLength: max + 1, maxLength: max + 2 }).map((value) => ({ value, breach: `: more than ${max} items` })))
  }
  if (minLength > 0) {
    breaches.push(fc.array(item.valid, { minLength: minLength - 1, maxLength: minLength - 1 }).map((value) => ({ value, breach: `: fewer than ${minLength} items` })))
  }
  return { valid: fc.array(item.valid, { minLength, maxLength }), invalid: fc.oneof(...breaches) }
}

function objectParts(def: LexObject, nsid: string): Parts {
  const required = new Set(def.required ?? [])
  const nullable = new Set(def.nullable ?? [])
  const properties = Object.entries(def.properties).map(([name, property]) => ({ name, parts: parts(property, nsid) }))

  const fields: Record<string, fc.Arbitrary<unknown>> = {}
  for (const { name, parts: property } of properties) {
    const alternatives = [{ weight: 6, arbitrary: property.valid }]
    if (nullable.has(name)) alternatives.push({ weight: 1, arbitrary: fc.constant(null) })
    // An optional field given as `undefined` is the same as leaving it out.
    if (!required.has(name)) alternatives.push({ weight: 1, arbitrary: fc.constant(undefined) })
    fields[name] = fc.oneof(...alternatives)
  }
  const valid = fc.record(fields, { requiredKeys: [...required] })

  const breaches: fc.Arbitrary<Breach>[] = [
    wrongType(['object', 'array']),
    // An array is an object to JavaScript, never to the Lexicon data model.
    fc.constant({ value: [], breach: ': an array instead of an object' }),
  ]
  for (const { name, parts: property } of properties) {
    breaches.push(valid.chain((value) => property.invalid.map(({ value: broken, breach }) => ({ value: { ...value, [name]: broken }, breach: `.${name}${breach}` }))))
    if (required.has(name)) {
      breaches.push(
        valid.chain((value) =>
          fc.constantFrom(
            { value: withoutKey(value, name), breach: `.${name}: missing` },
            { value: { ...value, [name]: undefined }, breach: `.${name}: undefined` },
          ),
        ),
      )
    }
    if (!nullable.has(name)) breaches.push(valid.map((value) => ({ value: { ...value, [name]: null }, breach: `.${name}: null, not nullable` })))
  }
  return { valid, invalid: fc.oneof(...breaches, extraField(valid)) }
}

/**
 * A valid object with a field its Lexicon does not declare. The Lexicon
 * lets objects carry unknown fields, but a method takes only the parameters
 * it declares, and the generated types allow neither.
 */
function extraField(valid: fc.Arbitrary<unknown>): fc.Arbitrary<Breach> {
  return fc
    .tuple(valid, fc.constantFrom('unexpected', 'sandbox_id', 'Id', 'constructor'), fc.oneof(fc.constant('value'), fc.integer(), fc.boolean()))
    .filter(([value, name]) => !Object.hasOwn(value as object, name))
    .map(([value, name, extra]) => ({ value: { ...(value as object), [name]: extra }, breach: `.${name}: unknown field` }))
}

function withoutKey(value: object, key: string): object {
  const { [key]: _removed, ...rest } = value as Record<string, unknown>
  return rest
}

function unionParts(def: LexRefUnion, nsid: string): Parts {
  const members = def.refs.map((ref) => {
    const target = resolve(ref, nsid)
    return { typeName: target.typeName, parts: parts(target.def, target.nsid) }
  })
  const typed = (value: unknown, typeName: string) => ({ ...(value as object), $type: typeName })
  const variants = members.map(({ typeName, parts: member }) => member.valid.map((value) => typed(value, typeName)))
  // An open union also admits kinds this Lexicon does not know yet.
  if (!def.closed) variants.push(fc.constant({ $type: 'com.example.pref#futureKind', anything: 'goes' }))

  const breaches: fc.Arbitrary<Breach>[] = [
    wrongType(['object']),
    fc.constant({ value: { name: 'no $type' }, breach: ': no $type' }),
    fc.constant({ value: { $type: 42 }, breach: ': $type not a string' }),
    ...members.map(({ typeName, parts: member }) =>
      member.invalid
        .filter(({ value }) => typeof value === 'object' && value !== null && !Array.isArray(value))
        .map(({ value, breach }) => ({ value: typed(value, typeName), breach: `<${typeName}>${breach}` })),
    ),
  ]
  if (def.closed) breaches.push(fc.constant({ value: { $type: 'com.example.pref#futureKind' }, breach: ': $type outside a closed union' }))
  return { valid: fc.oneof(...variants), invalid: fc.oneof(...breaches) }
}
