/**
 * The whole OpenAPI document made from `lexicons/`: it matches the committed
 * file, it is valid OpenAPI 3.1, and the examples the mock serves pass the
 * same Lexicon validation the client runs on real answers.
 */
import { describe, expect, test } from 'vitest'
import { Lexicons } from '@atproto/lexicon'
import { Validator } from '@seriousme/openapi-schema-validator'
import { loadLexicons } from '../../codegen/load-lexicons.js'
import { lexiconsToOpenApi } from '../../codegen/lexicon-to-openapi.js'
import { CURATED_EXAMPLES } from '../../codegen/curated-examples.js'
import { STRING_FORMATS } from '../../codegen/string-formats.js'
import { stableJson } from '../../codegen/stable-json.js'

const docs = loadLexicons('lexicons').map((file) => file.doc)
const document = lexiconsToOpenApi(docs)
const lexicons = new Lexicons(docs)

describe('the Pocketenv OpenAPI document', () => {
  test('matches the committed openapi/pocketenv.json', async () => {
    await expect(stableJson(document)).toMatchFileSnapshot('../../openapi/pocketenv.json')
  })

  test('is valid OpenAPI 3.1', async () => {
    const result = await new Validator().validate(structuredClone(document) as unknown as Record<string, unknown>)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
  })

  test('has one operation per method, with the right verb', () => {
    const methods = docs.filter((doc) => doc.defs.main?.type === 'query' || doc.defs.main?.type === 'procedure')
    expect(Object.keys(document.paths)).toHaveLength(methods.length)
    for (const doc of methods) {
      const verb = doc.defs.main?.type === 'query' ? 'get' : 'post'
      expect(Object.keys(document.paths[`/xrpc/${doc.id}`] ?? {}), doc.id).toEqual([verb])
    }
  })

  const outputs = docs.filter((doc) => {
    const main = doc.defs.main
    return (main?.type === 'query' || main?.type === 'procedure') && main.output?.schema !== undefined
  })
  test.each(outputs.map((doc) => doc.id))('the 200 example of %s passes the Lexicon output validation', (nsid) => {
    const media = (document.paths[`/xrpc/${nsid}`] as Record<string, any>)
    const operation = media.get ?? media.post
    const example = operation.responses['200'].content['application/json'].example
    expect(example).toBeDefined()
    expect(() => lexicons.assertValidXrpcOutput(nsid, example)).not.toThrow()
  })

  test.each(Object.entries(CURATED_EXAMPLES))('the curated example %s is valid', (key, example) => {
    if (key.includes('#')) {
      expect(lexicons.validate(key, example)).toMatchObject({ success: true })
    } else {
      expect(() => lexicons.assertValidXrpcOutput(key, example)).not.toThrow()
    }
  })

  test('the sandbox the mock serves is running', () => {
    const operation = document.paths['/xrpc/io.pocketenv.sandbox.getSandbox']?.get as Record<string, any>
    expect(operation.responses['200'].content['application/json'].example.sandbox.status).toBe('RUNNING')
  })
})

describe('string format patterns', () => {
  // Values the Lexicon validator accepts; no pattern may reject one of them.
  const valid: Record<string, string[]> = {
    did: ['did:plc:7vdlgi2bflelz7mmuxoqjfcr', 'did:web:example.com', 'did:web:localhost%3A8080'],
    handle: ['alice.bsky.social', 'a.co', 'xn--ls8h.test', 'pocketenv.io'],
    'at-identifier': ['did:plc:7vdlgi2bflelz7mmuxoqjfcr', 'alice.bsky.social'],
    'at-uri': ['at://did:plc:abc/io.pocketenv.sandbox/3lzmyqbwi2k2a', 'at://alice.bsky.social', 'at://did:plc:abc/io.pocketenv.sandbox/rk#/frag'],
    nsid: ['io.pocketenv.sandbox.getSandbox', 'com.example.fooBar'],
    tid: ['3lzmyqbwi2k2a', '2222222222222'],
    'record-key': ['self', '3lzmyqbwi2k2a', 'a:b~c.d_e-f'],
    language: ['en', 'pt-BR', 'zh-Hant-TW', 'i-klingon'],
    cid: ['bafyreidfayvfuwqa7qlnopdjiqrxzs6blmoeu4rujcjtnci5beludirz2a'],
  }
  const lexiconsFor = (format: string) =>
    new Lexicons([
      {
        lexicon: 1,
        id: 'test.format.value',
        defs: { main: { type: 'object', required: ['v'], properties: { v: { type: 'string', format } } } },
      } as never,
    ])

  test.each(Object.entries(valid))('%s accepts what the Lexicon validator accepts', (format, values) => {
    const mapping = STRING_FORMATS[format as keyof typeof STRING_FORMATS]
    const pattern = new RegExp(mapping.pattern ?? '', 'u')
    const lex = lexiconsFor(format)
    for (const value of [...values, mapping.example]) {
      expect(lex.validate('test.format.value', { v: value }), value).toMatchObject({ success: true })
      expect(pattern.test(value), value).toBe(true)
    }
  })

  test.each(Object.entries(STRING_FORMATS))('the example for %s is valid', (format, mapping) => {
    expect(lexiconsFor(format).validate('test.format.value', { v: mapping.example })).toMatchObject({ success: true })
  })
})
