/**
 * The generated XRPC client, wired to the SDK's transport: calls are checked
 * against the lexicons before they are sent, carry the configured token,
 * honour timeouts and signals, fail with typed errors, and have their answers
 * checked as `responseValidation` asks.
 *
 * Every generated method (`client.xrpc.io.pocketenv.sandbox.getSandbox(...)`)
 * goes through {@link PocketenvXrpcClient.call}.
 */
import {
  XrpcClient,
  XRPCResponse,
  constructMethodCallUrl,
  getMethodSchemaHTTPMethod,
  type CallOptions as GeneratedCallOptions,
  type QueryParams,
} from '@atproto/xrpc'
import type { LexXrpcProcedure, LexXrpcQuery } from '@atproto/lexicon'
import { IoNS } from '../generated/xrpc/index.js'
import { lexicons } from '../generated/xrpc/lexicons.js'
import type { ResponseValidation } from './config.js'
import { encodeJsonBody, validateRequest } from './request-validation.js'
import { parseResponseBody } from './response-body.js'
import { checkResponse } from './response-validation.js'
import type { Transport, TransportCallSettings } from './transport.js'

/** Options of one generated call: the generated ones plus the SDK's per-call settings. */
export interface XrpcCallOptions extends GeneratedCallOptions, TransportCallSettings {}

/**
 * The typed client generated from the lexicons, with the SDK's behaviour.
 * Reach it as `pocketenv.xrpc`; its methods mirror the API one to one.
 *
 * @example
 * ```ts
 * const { data } = await pocketenv.xrpc.io.pocketenv.sandbox.getSandbox({ id: 'sbx_…' })
 * ```
 */
export class PocketenvXrpcClient extends XrpcClient {
  /** The generated methods, by NSID: `io.pocketenv.<namespace>.<method>`. */
  readonly io: IoNS

  constructor(
    private readonly transport: Transport,
    private readonly responseValidation: ResponseValidation,
  ) {
    super({ service: () => transport.apiUrl() }, lexicons)
    this.io = new IoNS(this)
  }

  /** What `console.log` and `util.inspect` show: the API URL only, never headers or the token. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `PocketenvXrpcClient { apiUrl: ${JSON.stringify(this.transport.apiUrl())} }`
  }

  /**
   * Calls a method by NSID. The generated methods use this; call it directly
   * only for methods the lexicons do not describe yet.
   *
   * @throws {ValidationError} before sending, when the parameters or the body break the lexicon
   * @throws {PocketenvError} subclasses for every other failure
   */
  override async call(nsid: string, params?: QueryParams, data?: unknown, opts?: XrpcCallOptions): Promise<XRPCResponse> {
    const def = validateRequest(this.lex, nsid, params, data)
    const headers: Record<string, string> = {}
    for (const [name, value] of Object.entries(opts?.headers ?? {})) {
      if (value != null) headers[name.toLowerCase()] = value
    }
    for (const [name, value] of this.headers) {
      if (headers[name] === undefined && value != null) headers[name] = typeof value === 'function' ? String(value()) : value
    }
    if (data !== undefined) headers['content-type'] ??= opts?.encoding ?? (def.type === 'procedure' ? def.input?.encoding : undefined) ?? 'application/json'
    const body = data === undefined ? undefined : encodeJsonBody(data)
    const response = await this.transport.send(
      {
        method: getMethodSchemaHTTPMethod(def) === 'get' ? 'GET' : 'POST',
        path: methodPath(def, nsid, params),
        headers,
        body,
        operation: nsid,
      },
      opts,
    )
    const value = parseResponseBody(nsid, def.output !== undefined, response.body)
    if (def.output?.schema) checkResponse(this.lex, nsid, value, this.responseValidation, this.transport.log)
    return new XRPCResponse(value, response.headers)
  }
}

/**
 * The method's path with its query. The query is encoded here rather than by
 * `@atproto/xrpc`, whose encoder truncates integers to 32 bits
 * (`offset: 2 ** 32 + 5` would be sent as `5`). The parameters were validated before.
 */
function methodPath(def: LexXrpcQuery | LexXrpcProcedure, nsid: string, params: QueryParams | undefined): string {
  const query = new URLSearchParams()
  for (const [name, value] of Object.entries(params ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined) query.append(name, item instanceof Date ? item.toISOString() : String(item))
    }
  }
  const text = query.toString()
  return constructMethodCallUrl(nsid, def) + (text ? `?${text}` : '')
}
