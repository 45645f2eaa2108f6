/**
 * The low-level client addressed by path, like the Elixir SDK's
 * `Pocketenv.Client.get/post`: `get(path, { params })` and
 * `post(path, body, { params })`, where `path` is a key of the `paths` type
 * that `openapi-typescript` generates from the API description. Requests are
 * built by `openapi-fetch` and sent through the same transport as everything
 * else (same token, timeouts, validation and typed errors).
 */
import { constructMethodCallUrl } from '@atproto/xrpc'
import type { paths } from '../generated/openapi.js'
import { lexicons } from '../generated/xrpc/lexicons.js'
import { callSettings } from './call-settings.js'
import type { CallOptions, ResponseValidation } from './config.js'
import { ValidationError } from './errors.js'
import { encodeJsonBody, validateRequest } from './request-validation.js'
import { parseResponseBody } from './response-body.js'
import { checkResponse } from './response-validation.js'
import type { Transport } from './transport.js'

/**
 * Every path of the API (`/xrpc/<nsid>`) with its parameters, body and
 * answer, as `openapi-typescript` generates them from `openapi/pocketenv.json`.
 */
export type PocketenvPaths = paths

type AnswersGet = { get: object }
type AnswersPost = { post: object }
type TakesJson<Body> = { requestBody: { content: { 'application/json': Body } } }
type AnswersJson<Result> = { responses: { 200: { content: { 'application/json': Result } } } }

/** Paths that answer `GET` (the queries). */
export type QueryPath = { [P in keyof paths]: paths[P] extends AnswersGet ? P : never }[keyof paths]

/** Paths that answer `POST` (the procedures). */
export type ProcedurePath = { [P in keyof paths]: paths[P] extends AnswersPost ? P : never }[keyof paths]

type QueryOf<Operation> = Operation extends { parameters: { query: infer Query } }
  ? Query
  : Operation extends { parameters: { query?: infer Query } }
    ? Query
    : never

/** The JSON body a path takes; `undefined` for procedures without input. */
export type BodyOf<Operation> = Operation extends TakesJson<infer Body> ? Body : undefined

/** What a path answers; `undefined` for methods that answer an empty body. */
export type ResultOf<Operation> = Operation extends AnswersJson<infer Result> ? Result : undefined

/** Options of a path call: its query parameters, and the options every call takes. */
export type PathCallOptions<Operation> = CallOptions &
  ([QueryOf<Operation>] extends [never] | [undefined]
    ? {
        /** None: this path takes no query parameters. */
        params?: undefined
      }
    : {
        /** The path's query parameters. */
        params: QueryOf<Operation>
      })

/** The options argument, optional when the path has no required parameter. */
type OptionsArgument<Operation> = object extends PathCallOptions<Operation>
  ? [options?: PathCallOptions<Operation>]
  : Partial<QueryOf<Operation>> extends QueryOf<Operation>
    ? [options?: PathCallOptions<Operation>]
    : [options: PathCallOptions<Operation>]

/**
 * Calls API methods by path. Reach it as `pocketenv.get` / `pocketenv.post`,
 * or `Pocketenv.Client.get` / `Pocketenv.Client.post` for the shared client.
 */
export class PathClient {
  constructor(
    private readonly transport: Transport,
    private readonly responseValidation: ResponseValidation,
  ) {}

  /**
   * Calls a query by its path, with its query parameters in `params`
   * (the README shows examples).
   *
   * @returns the parsed body
   * @throws {ValidationError} before sending, when a parameter breaks the API description
   */
  async get<P extends QueryPath>(path: P, ...[options]: OptionsArgument<paths[P]['get']>): Promise<ResultOf<paths[P]['get']>> {
    return (await this.request('GET', path, undefined, options ?? {})) as ResultOf<paths[P]['get']>
  }

  /**
   * Calls a procedure by its path. Pass `undefined` as the body of procedures
   * that take no input.
   *
   * @returns the parsed body, or `undefined` for procedures that answer an empty body
   * @throws {ValidationError} before sending, when the body or a parameter breaks the API description
   */
  async post<P extends ProcedurePath>(
    path: P,
    body: BodyOf<paths[P]['post']>,
    ...[options]: OptionsArgument<paths[P]['post']>
  ): Promise<ResultOf<paths[P]['post']>> {
    return (await this.request('POST', path, body, options ?? {})) as ResultOf<paths[P]['post']>
  }

  private async request(method: 'GET' | 'POST', path: string, body: unknown, options: CallOptions & { params?: object | undefined }): Promise<unknown> {
    const nsid = typeof path === 'string' ? (path.split('/').pop() ?? '') : ''
    const def = lexicons.getDef(nsid)
    if ((def?.type !== 'query' && def?.type !== 'procedure') || constructMethodCallUrl(nsid, def) !== path) {
      throw new ValidationError('path', 'must be the path of a Pocketenv API method, as listed in the generated `paths` type')
    }
    if ((def.type === 'query' ? 'GET' : 'POST') !== method) {
      throw new ValidationError('path', `is a ${def.type}: call it with ${def.type === 'query' ? 'get' : 'post'}()`)
    }
    validateRequest(lexicons, nsid, options.params, body)
    if (body !== undefined) encodeJsonBody(body)
    // Loaded on first use: most programs never call by path.
    const { default: createClient } = await import('openapi-fetch')
    const baseUrl = this.transport.apiUrl()
    const api = createClient<paths>({
      baseUrl,
      fetch: async (request) => {
        const requestBody = request.body ? new Uint8Array(await request.arrayBuffer()) : undefined
        const answer = await this.transport.send(
          { method, path: request.url.slice(baseUrl.length), headers: Object.fromEntries(request.headers), body: requestBody, operation: nsid },
          callSettings(options, 'optional'),
        )
        return new Response(answer.body === '' ? null : answer.body, { status: answer.status, headers: answer.headers })
      },
    })
    const init = { params: { query: options.params }, body, parseAs: 'text' as const }
    const { data } = method === 'GET' ? await api.GET(path as never, init as never) : await api.POST(path as never, init as never)
    const value = parseResponseBody(nsid, def.output !== undefined, (data as string | undefined) ?? '')
    if (def.output?.schema) checkResponse(lexicons, nsid, value, this.responseValidation, this.transport.log)
    return value
  }
}
