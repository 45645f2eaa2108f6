/**
 * Checks parameters and bodies against the lexicons before anything is sent.
 * The generated client does not; without this, a bad argument would cost a
 * round trip and come back as a terse 400.
 */
import { ValidationError as LexiconValidationError, type LexXrpcProcedure, type LexXrpcQuery, type Lexicons } from '@atproto/lexicon'
import { ValidationError } from './errors.js'

/**
 * Validates the query parameters and the body of a call to `nsid`.
 *
 * @returns the method's definition
 * @throws {ValidationError} naming the field and the rule it breaks.
 */
export function validateRequest(lexicons: Lexicons, nsid: string, params: unknown, body: unknown): LexXrpcQuery | LexXrpcProcedure {
  let def: LexXrpcQuery | LexXrpcProcedure
  try {
    def = lexicons.getDefOrThrow(nsid, ['query', 'procedure'])
  } catch (cause) {
    throw new ValidationError('method', `is not a method of the Pocketenv API this SDK knows (${nsid})`, { cause })
  }
  checkParameterNames(nsid, params, def.parameters?.properties ?? {})
  if (def.type === 'procedure' && def.input?.schema?.type === 'object' && Array.isArray(body)) {
    throw new ValidationError('body', 'must be an object, not an array')
  }
  try {
    lexicons.assertValidXrpcParams(nsid, params ?? {})
    if (def.type === 'procedure') {
      if (def.input) lexicons.assertValidXrpcInput(nsid, body)
      else if (body !== undefined) throw new ValidationError('body', 'must be left out: this method takes no input')
    }
  } catch (error) {
    if (error instanceof LexiconValidationError) throw fromLexiconError(error)
    throw error
  }
  return def
}

/** Parameters must be a plain object naming only parameters the method has. */
function checkParameterNames(nsid: string, params: unknown, declared: Record<string, unknown>): void {
  if (params === undefined || params === null) return
  if (typeof params !== 'object' || Array.isArray(params)) throw new ValidationError('parameters', 'must be an object')
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && !Object.hasOwn(declared, name)) throw new ValidationError(name, `is not a parameter of ${nsid}`)
  }
}

/**
 * The JSON text of a request body, checked to fit what the server accepts.
 *
 * @throws {ValidationError} when the body is not JSON or is larger than {@link MAX_BODY_BYTES}
 */
export function encodeJsonBody(body: unknown): string {
  let json: string
  try {
    json = JSON.stringify(body)
  } catch (cause) {
    throw new ValidationError('body', 'must be JSON (it holds a value JSON cannot carry)', { cause })
  }
  // A character takes at most 3 UTF-8 bytes: only long texts need counting.
  const bytes = json.length * 3 <= MAX_BODY_BYTES ? json.length : utf8.encode(json).byteLength
  if (bytes > MAX_BODY_BYTES) {
    throw new ValidationError('body', `is ${Math.ceil(bytes / 1024)} KiB, over the ${MAX_BODY_BYTES / 1024} KiB the API accepts (for large files, use sandbox.upload)`)
  }
  return json
}

const utf8 = new TextEncoder()

/** The largest JSON body the server accepts (it answers 413 beyond). */
export const MAX_BODY_BYTES = 100 * 1024

/**
 * Turns a Lexicon validator message (`Input/port can not be less than 1025`,
 * `Params must have the property "id"`) into a {@link ValidationError}.
 */
export function fromLexiconError(error: Error): ValidationError {
  const message = error.message
  const space = message.indexOf(' ')
  const location = space < 0 ? message : message.slice(0, space)
  let rule = space < 0 ? 'is invalid' : message.slice(space + 1)
  const segments = location.split('/').filter((segment, index) => !(index === 0 && (segment === 'Input' || segment === 'Params')))
  const missing = /^must have the property "([^"]+)"$/.exec(rule)
  if (missing) {
    segments.push(missing[1] as string)
    rule = 'is required'
  }
  const field = segments.length > 0 ? segments.join('.') : location === 'Input' ? 'body' : 'parameters'
  return new ValidationError(field, rule, { cause: error })
}
