/**
 * How each Lexicon string format is written in JSON Schema, with a value that
 * is valid for both JSON Schema and the Lexicon validator.
 *
 * `datetime` keeps the JSON Schema `date-time` format. The others have no
 * JSON Schema counterpart (or, for `uri`, a much stricter one), so they become a `pattern`
 * (loose enough never to reject a value the Lexicon validator accepts) and
 * keep their name in `x-lexicon-format` for readers and tools.
 */
import type { LexStringFormat } from '@atproto/lexicon'

/** The JSON Schema keywords that stand for one Lexicon string format. */
export interface FormatMapping {
  /** A JSON Schema `format` understood by OpenAPI tools. */
  format?: string
  /** A regular expression (ECMAScript, `u` flag) every valid value matches. */
  pattern?: string
  /** A value that passes both this mapping and the Lexicon validator. */
  example: string
}

const DID_PATTERN = 'did:[a-z]+:[a-zA-Z0-9._:%-]*[a-zA-Z0-9._-]'
const HANDLE_PATTERN =
  '([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?'

/** Every Lexicon string format and its JSON Schema form. */
export const STRING_FORMATS: Record<LexStringFormat, FormatMapping> = {
  datetime: { format: 'date-time', example: '2026-04-15T09:30:00.000Z' },
  // The Lexicon rule for URIs is far looser than JSON Schema's `uri` format.
  uri: { pattern: '^\\w+:(?:\\/\\/)?[^\\s/][^\\s]*$', example: 'https://pocketenv.io' },
  'at-uri': {
    pattern: '^at://[^\\s/?#]+(/[^\\s?#]*)?(\\?[^\\s#]*)?(#\\S*)?$',
    example: 'at://did:plc:7vdlgi2bflelz7mmuxoqjfcr/io.pocketenv.sandbox/3lzmyqbwi2k2a',
  },
  did: { pattern: `^${DID_PATTERN}$`, example: 'did:plc:7vdlgi2bflelz7mmuxoqjfcr' },
  handle: { pattern: `^${HANDLE_PATTERN}$`, example: 'alice.bsky.social' },
  'at-identifier': {
    pattern: `^(${DID_PATTERN}|${HANDLE_PATTERN})$`,
    example: 'alice.bsky.social',
  },
  nsid: {
    pattern: '^[a-zA-Z]([a-zA-Z0-9-]{0,62})?(\\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,62})?)+$',
    example: 'io.pocketenv.sandbox.getSandbox',
  },
  cid: {
    pattern: '^[a-zA-Z0-9+=]{8,256}$',
    example: 'bafyreidfayvfuwqa7qlnopdjiqrxzs6blmoeu4rujcjtnci5beludirz2a',
  },
  language: { pattern: '^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$', example: 'en' },
  tid: { pattern: '^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$', example: '3lzmyqbwi2k2a' },
  'record-key': { pattern: '^[a-zA-Z0-9_~.:-]{1,512}$', example: 'self' },
}
