/**
 * One case per Lexicon construct: a small document goes in (`given`), and
 * the part of the OpenAPI document it must produce comes out (`want`).
 */
import { describe, expect, test } from 'vitest'
import type { LexiconDoc } from '@atproto/lexicon'
import {
  lexiconsToOpenApi,
  UnsupportedLexiconError,
  type OpenApiDocument,
} from '../../codegen/lexicon-to-openapi.js'
import { STRING_FORMATS } from '../../codegen/string-formats.js'

const defs: LexiconDoc = {
  lexicon: 1,
  id: 'test.ns.defs',
  defs: {
    thing: { type: 'object', properties: { name: { type: 'string' } } },
    other: { type: 'object', required: ['size'], properties: { size: { type: 'integer' } } },
    marker: { type: 'token', description: 'A marker value.' },
  },
}

function query(id: string, main: Record<string, unknown>): LexiconDoc {
  return { lexicon: 1, id, defs: { main: { type: 'query', ...main } } } as LexiconDoc
}

function procedure(id: string, main: Record<string, unknown>): LexiconDoc {
  return { lexicon: 1, id, defs: { main: { type: 'procedure', ...main } } } as LexiconDoc
}

function at(document: OpenApiDocument, path: (string | number)[]): unknown {
  let value: unknown = document
  for (const key of path) value = (value as Record<string | number, unknown>)[key]
  return value
}

const json = (schema: Record<string, unknown>) => ({ encoding: 'application/json', schema })

interface Case {
  name: string
  given: LexiconDoc[]
  path: (string | number)[]
  want: unknown
}

const cases: Case[] = [
  {
    name: 'a query is a GET under /xrpc/<nsid>',
    given: [query('test.ns.getThing', { description: 'Get a thing. More text.' })],
    path: ['paths', '/xrpc/test.ns.getThing', 'get', 'operationId'],
    want: 'test.ns.getThing',
  },
  {
    name: 'the summary is the first sentence of the description',
    given: [query('test.ns.getThing', { description: 'Get a thing. More text.' })],
    path: ['paths', '/xrpc/test.ns.getThing', 'get', 'summary'],
    want: 'Get a thing.',
  },
  {
    name: 'a procedure is a POST under /xrpc/<nsid>',
    given: [procedure('test.ns.doThing', {})],
    path: ['paths', '/xrpc/test.ns.doThing', 'post', 'operationId'],
    want: 'test.ns.doThing',
  },
  {
    name: 'query params become query parameters, required ones marked',
    given: [
      query('test.ns.getThing', {
        parameters: {
          type: 'params',
          required: ['id'],
          properties: { id: { type: 'string', description: 'Which thing.' }, verbose: { type: 'boolean' } },
        },
      }),
    ],
    path: ['paths', '/xrpc/test.ns.getThing', 'get', 'parameters'],
    want: [
      { name: 'id', in: 'query', required: true, description: 'Which thing.', schema: { type: 'string' } },
      { name: 'verbose', in: 'query', required: false, schema: { type: 'boolean' } },
    ],
  },
  {
    name: 'procedures keep their query parameters too',
    given: [
      procedure('test.ns.stopThing', {
        parameters: { type: 'params', required: ['id'], properties: { id: { type: 'string' } } },
      }),
    ],
    path: ['paths', '/xrpc/test.ns.stopThing', 'post', 'parameters'],
    want: [{ name: 'id', in: 'query', required: true, schema: { type: 'string' } }],
  },
  {
    name: 'array params are repeated query parameters',
    given: [
      query('test.ns.getThings', {
        parameters: { type: 'params', properties: { tag: { type: 'array', items: { type: 'string' } } } },
      }),
    ],
    path: ['paths', '/xrpc/test.ns.getThings', 'get', 'parameters', 0],
    want: {
      name: 'tag',
      in: 'query',
      required: false,
      style: 'form',
      explode: true,
      schema: { type: 'array', items: { type: 'string' } },
    },
  },
  {
    name: 'an input becomes a required JSON request body',
    given: [procedure('test.ns.doThing', { input: json({ type: 'object', required: ['a'], properties: { a: { type: 'string' } } }) })],
    path: ['paths', '/xrpc/test.ns.doThing', 'post', 'requestBody'],
    want: {
      required: true,
      content: {
        'application/json': {
          schema: { type: 'object', required: ['a'], properties: { a: { type: 'string' } } },
        },
      },
    },
  },
  {
    name: 'a procedure without input has no request body',
    given: [procedure('test.ns.doThing', {})],
    path: ['paths', '/xrpc/test.ns.doThing', 'post', 'requestBody'],
    want: undefined,
  },
  {
    name: 'an output becomes the 200 response schema with an example',
    given: [query('test.ns.getThing', { output: json({ type: 'object', required: ['n'], properties: { n: { type: 'integer', minimum: 3 } } }) })],
    path: ['paths', '/xrpc/test.ns.getThing', 'get', 'responses', '200', 'content'],
    want: {
      'application/json': {
        schema: { type: 'object', required: ['n'], properties: { n: { type: 'integer', minimum: 3 } } },
        example: { n: 3 },
      },
    },
  },
  {
    name: 'no output means an empty 200 without content',
    given: [procedure('test.ns.doThing', {})],
    path: ['paths', '/xrpc/test.ns.doThing', 'post', 'responses', '200'],
    want: { description: 'Success, with an empty body and no Content-Type.' },
  },
  {
    name: 'an output declared as an empty object stays an empty object',
    given: [procedure('test.ns.doThing', { output: json({ type: 'object', properties: {} }) })],
    path: ['paths', '/xrpc/test.ns.doThing', 'post', 'responses', '200', 'content', 'application/json'],
    want: { schema: { type: 'object', properties: {} }, example: {} },
  },
  {
    name: 'an output without schema accepts any JSON',
    given: [query('test.ns.getRaw', { output: { encoding: 'application/json' } })],
    path: ['paths', '/xrpc/test.ns.getRaw', 'get', 'responses', '200', 'content', 'application/json', 'schema'],
    want: {},
  },
  {
    name: 'definitions become components named nsid.def',
    given: [defs],
    path: ['components', 'schemas', 'test.ns.defs.other'],
    want: {
      type: 'object',
      required: ['size'],
      properties: { size: { type: 'integer' } },
      examples: [{ size: 1 }],
    },
  },
  {
    name: 'a token definition is a string constant',
    given: [defs],
    path: ['components', 'schemas', 'test.ns.defs.marker'],
    want: { type: 'string', const: 'test.ns.defs#marker', description: 'A marker value.' },
  },
  {
    name: 'a reference to another document stays a $ref',
    given: [defs, query('test.ns.getThing', { output: json({ type: 'ref', ref: 'test.ns.defs#thing' }) })],
    path: ['paths', '/xrpc/test.ns.getThing', 'get', 'responses', '200', 'content', 'application/json', 'schema'],
    want: { $ref: '#/components/schemas/test.ns.defs.thing' },
  },
  {
    name: 'a local #ref resolves against its own document',
    given: [
      {
        lexicon: 1,
        id: 'test.ns.local',
        defs: {
          main: { type: 'query', output: json({ type: 'ref', ref: '#view' }) },
          view: { type: 'object', properties: {} },
        },
      } as unknown as LexiconDoc,
    ],
    path: ['paths', '/xrpc/test.ns.local', 'get', 'responses', '200', 'content', 'application/json', 'schema'],
    want: { $ref: '#/components/schemas/test.ns.local.view' },
  },
  {
    name: 'a reference to a bare NSID means its main definition',
    given: [
      { lexicon: 1, id: 'test.ns.shape', defs: { main: { type: 'object', properties: {} } } } as LexiconDoc,
      query('test.ns.getShape', { output: json({ type: 'ref', ref: 'test.ns.shape' }) }),
    ],
    path: ['paths', '/xrpc/test.ns.getShape', 'get', 'responses', '200', 'content', 'application/json', 'schema'],
    want: { $ref: '#/components/schemas/test.ns.shape' },
  },
  {
    name: 'an open union admits its members, each tagged by $type, and unknown kinds',
    given: [
      defs,
      query('test.ns.getAny', {
        output: json({
          type: 'object',
          properties: { item: { type: 'union', refs: ['test.ns.defs#thing', 'test.ns.defs#other'] } },
        }),
      }),
    ],
    path: ['paths', '/xrpc/test.ns.getAny', 'get', 'responses', '200', 'content', 'application/json', 'schema', 'properties', 'item'],
    want: {
      anyOf: [
        {
          allOf: [
            { $ref: '#/components/schemas/test.ns.defs.thing' },
            { type: 'object', required: ['$type'], properties: { $type: { type: 'string', const: 'test.ns.defs#thing' } } },
          ],
        },
        {
          allOf: [
            { $ref: '#/components/schemas/test.ns.defs.other' },
            { type: 'object', required: ['$type'], properties: { $type: { type: 'string', const: 'test.ns.defs#other' } } },
          ],
        },
        { type: 'object', required: ['$type'], properties: { $type: { type: 'string' } } },
      ],
    },
  },
  {
    name: 'a closed union admits only its members',
    given: [
      defs,
      query('test.ns.getOne', {
        output: json({
          type: 'object',
          properties: { item: { type: 'union', closed: true, refs: ['test.ns.defs#thing'] } },
        }),
      }),
    ],
    path: ['paths', '/xrpc/test.ns.getOne', 'get', 'responses', '200', 'content', 'application/json', 'schema', 'properties', 'item'],
    want: {
      oneOf: [
        {
          allOf: [
            { $ref: '#/components/schemas/test.ns.defs.thing' },
            { type: 'object', required: ['$type'], properties: { $type: { type: 'string', const: 'test.ns.defs#thing' } } },
          ],
        },
      ],
    },
  },
  {
    name: 'a union example carries the $type of its first member',
    given: [
      defs,
      query('test.ns.getAny', {
        output: json({ type: 'object', properties: { item: { type: 'union', refs: ['test.ns.defs#other'] } } }),
      }),
    ],
    path: ['paths', '/xrpc/test.ns.getAny', 'get', 'responses', '200', 'content', 'application/json', 'example'],
    want: { item: { size: 1, $type: 'test.ns.defs#other' } },
  },
  {
    name: 'nullable properties also accept null',
    given: [
      query('test.ns.getThing', {
        output: json({
          type: 'object',
          nullable: ['note'],
          properties: { note: { type: 'string' }, count: { type: 'integer' } },
        }),
      }),
    ],
    path: ['paths', '/xrpc/test.ns.getThing', 'get', 'responses', '200', 'content', 'application/json', 'schema', 'properties'],
    want: { note: { anyOf: [{ type: 'string' }, { type: 'null' }] }, count: { type: 'integer' } },
  },
  {
    name: 'a closed enum stays an enum',
    given: [query('test.ns.getThing', { parameters: { type: 'params', properties: { kind: { type: 'string', enum: ['a', 'b'] } } } })],
    path: ['paths', '/xrpc/test.ns.getThing', 'get', 'parameters', 0, 'schema'],
    want: { type: 'string', enum: ['a', 'b'] },
  },
  {
    name: 'known values document the usual strings and still admit others',
    given: [query('test.ns.getThing', { parameters: { type: 'params', properties: { state: { type: 'string', knownValues: ['ON', 'OFF'] } } } })],
    path: ['paths', '/xrpc/test.ns.getThing', 'get', 'parameters', 0, 'schema'],
    want: { anyOf: [{ type: 'string', enum: ['ON', 'OFF'] }, { type: 'string' }] },
  },
  {
    name: 'integer limits and defaults carry over',
    given: [query('test.ns.getThing', { parameters: { type: 'params', properties: { limit: { type: 'integer', minimum: 1, maximum: 100, default: 30 } } } })],
    path: ['paths', '/xrpc/test.ns.getThing', 'get', 'parameters', 0, 'schema'],
    want: { type: 'integer', minimum: 1, maximum: 100, default: 30 },
  },
  {
    name: 'string limits carry over; graphemes, which JSON Schema cannot count, become an extension',
    given: [query('test.ns.getThing', { parameters: { type: 'params', properties: { text: { type: 'string', minLength: 1, maxLength: 3000, maxGraphemes: 300 } } } })],
    path: ['paths', '/xrpc/test.ns.getThing', 'get', 'parameters', 0, 'schema'],
    want: { type: 'string', minLength: 1, maxLength: 3000, 'x-lexicon-max-graphemes': 300 },
  },
  {
    name: 'every operation declares the XRPC error answers',
    given: [query('test.ns.getThing', {})],
    path: ['paths', '/xrpc/test.ns.getThing', 'get', 'responses'],
    want: expect.objectContaining({ 400: expect.anything(), 401: expect.anything(), 404: expect.anything(), 429: expect.anything(), 500: expect.anything() }),
  },
  {
    name: 'declared error names join the error enum',
    given: [query('test.ns.getThing', { errors: [{ name: 'ThingMissing' }] })],
    path: ['paths', '/xrpc/test.ns.getThing', 'get', 'responses', '404', 'content', 'application/json', 'schema'],
    want: {
      type: 'object',
      required: ['error', 'message'],
      properties: {
        error: { type: 'string', enum: ['XRPCNotSupported', 'ThingMissing'], description: 'Machine-readable error name.' },
        message: { type: 'string', description: 'Human-readable explanation.' },
      },
    },
  },
  {
    name: '429 carries Retry-After and a body without message',
    given: [query('test.ns.getThing', {})],
    path: ['paths', '/xrpc/test.ns.getThing', 'get', 'responses', '429'],
    want: expect.objectContaining({
      headers: expect.objectContaining({ 'Retry-After': { $ref: '#/components/headers/Retry-After' } }),
      content: {
        'application/json': expect.objectContaining({ example: { error: 'Too many requests, please try again later.' } }),
      },
    }),
  },
  {
    name: 'the document has a bearer scheme and the production server',
    given: [],
    path: ['components', 'securitySchemes', 'bearerAuth', 'scheme'],
    want: 'bearer',
  },
  {
    name: 'arrays keep their items and length limits',
    given: [
      {
        lexicon: 1,
        id: 'test.ns.lists',
        defs: { tags: { type: 'array', items: { type: 'string', maxLength: 50 }, minLength: 1, maxLength: 10 } },
      } as LexiconDoc,
    ],
    path: ['components', 'schemas', 'test.ns.lists.tags'],
    want: { type: 'array', items: { type: 'string', maxLength: 50 }, minItems: 1, maxItems: 10, examples: [['example']] },
  },
]

describe('lexiconsToOpenApi', () => {
  test.each(cases)('$name', ({ given, path, want }) => {
    expect(at(lexiconsToOpenApi(given), path)).toEqual(want)
  })

  test('the server and version are set', () => {
    const document = lexiconsToOpenApi([])
    expect(document.openapi).toBe('3.1.0')
    expect(document.servers).toEqual([{ url: 'https://api.pocketenv.io', description: 'Production' }])
  })

  test.each(Object.entries(STRING_FORMATS))('format %s maps to JSON Schema with a valid example', (format, mapping) => {
    const document = lexiconsToOpenApi([
      query('test.ns.getThing', { parameters: { type: 'params', properties: { value: { type: 'string', format } } } }),
    ])
    const schema = at(document, ['paths', '/xrpc/test.ns.getThing', 'get', 'parameters', 0, 'schema']) as Record<string, unknown>
    expect(schema.type).toBe('string')
    expect(schema.examples).toEqual([mapping.example])
    if (mapping.format) expect(schema.format).toBe(mapping.format)
    if (mapping.pattern) {
      expect(schema.pattern).toBe(mapping.pattern)
      expect(schema['x-lexicon-format']).toBe(format)
    }
  })

  test.each([
    ['record', { type: 'record', key: 'tid', record: { type: 'object', properties: {} } }],
    ['subscription', { type: 'subscription' }],
  ])('a %s definition is refused', (_kind, def) => {
    const doc = { lexicon: 1, id: 'test.ns.thing', defs: { main: def } } as unknown as LexiconDoc
    expect(() => lexiconsToOpenApi([doc])).toThrow(UnsupportedLexiconError)
  })

  test('a reference to a missing definition is refused when building its example', () => {
    expect(() => lexiconsToOpenApi([query('test.ns.getThing', { output: json({ type: 'ref', ref: 'test.ns.nowhere#x' }) })])).toThrow(
      /unresolved reference test\.ns\.nowhere#x/,
    )
  })
})
