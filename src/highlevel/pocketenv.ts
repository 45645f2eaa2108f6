/**
 * The entry point: configuration, and the calls that do not start from a
 * sandbox. Everything a sandbox can do lives on {@link Sandbox}.
 */
import type { CallOptions, PocketenvOptions } from './config.js'
import { createSandbox, type CreateSandboxOptions } from './create-sandbox.js'
import { ValidationError } from './errors.js'
import { Log } from './logger.js'
import { PathClient } from './path-client.js'
import { fetchProfile, type Profile } from './profile.js'
import { restoreBackup } from './backups.js'
import { callSettings } from './call-settings.js'
import { fetchSandbox, sandboxFromView, sandboxRef, type Sandbox } from './sandbox.js'
import type { IterateOptions } from './sandbox-collection.js'
import {
  iterateByActor,
  iterateCatalog,
  listByActor,
  listCatalog,
  type ActorListOptions,
  type ListOptions,
  type SandboxPage,
} from './sandbox-lists.js'
import { SandboxPromise } from './sandbox-promise.js'
import { Transport, type RateLimitState } from './transport.js'
import { PocketenvXrpcClient } from './xrpc-client.js'

let sharedOptions: PocketenvOptions = {}
let sharedClient: Pocketenv | undefined

/** What the SDK's own modules need from a client, kept off its public surface. */
export interface ClientInternals {
  /** The HTTP layer of the client. */
  transport: Transport
  /** The options the client was made with. */
  options: Readonly<PocketenvOptions>
}

const internals = new WeakMap<Pocketenv, ClientInternals>()

/** The internals of `client`, for the SDK's own modules. */
export function internalsOf(client: Pocketenv): ClientInternals {
  const found = internals.get(client)
  if (!found) throw new ValidationError('client', 'must be a Pocketenv client')
  return found
}

/**
 * A Pocketenv client. Use the static methods (`Pocketenv.createSandbox(...)`)
 * with the shared client, configured by `Pocketenv.configure` or the
 * environment, or create isolated clients with `new Pocketenv({ ... })`;
 * both have the same methods.
 *
 * @example
 * ```ts
 * import { Pocketenv } from 'pocketenv'
 *
 * const sandbox = await Pocketenv.createSandbox('my-sandbox').start().waitUntilRunning()
 * const result = await sandbox.exec('echo', ['hello'])
 * console.log(result.stdout) // "hello\n"
 * await sandbox.stop().delete()
 * ```
 */
export class Pocketenv {
  /**
   * The client generated from the lexicons, with this client's base URL,
   * token, timeouts and error handling: one method per API method, for
   * anything the high-level methods do not cover.
   */
  readonly xrpc: PocketenvXrpcClient
  readonly #paths: PathClient

  /**
   * Creates an isolated client.
   *
   * @throws {ValidationError} when an option has the wrong type
   */
  constructor(options: PocketenvOptions = {}) {
    checkOptions(options)
    const settings: PocketenvOptions = { ...options }
    const transport = new Transport(settings, Log.from(settings, () => (settings.token ? [settings.token] : [])))
    const responseValidation = settings.responseValidation ?? 'warn'
    this.xrpc = new PocketenvXrpcClient(transport, responseValidation)
    this.#paths = new PathClient(transport, responseValidation)
    internals.set(this, { transport, options: settings })
  }

  /**
   * The rate-limit headers of the last answer this client received: the
   * API allows 500 requests per 30 seconds per IP address. `undefined`
   * before the first answer.
   */
  get rateLimit(): RateLimitState | undefined {
    return internalsOf(this).transport.rateLimit
  }

  /** What `console.log` and `util.inspect` show: never the token. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `Pocketenv ${JSON.stringify(this.toJSON())}`
  }

  /** What `JSON.stringify` shows: the API URL and whether a token is set, never the token. */
  toJSON(): {
    /** The API base URL in use. */
    apiUrl: string
    /** `'[REDACTED]'` when a token was given, otherwise where it will come from. */
    token: string
  } {
    const { transport, options } = internalsOf(this)
    return { apiUrl: transport.apiUrl(), token: options.token ? '[REDACTED]' : '(from the environment or token file, when needed)' }
  }

  /**
   * Sets options of the shared client that the static methods use. Options
   * given in earlier calls are kept unless overridden (set one to `undefined`
   * to drop it). Optional: without it, the environment and the token file
   * are used.
   *
   * @example
   * ```ts
   * Pocketenv.configure({ token: process.env.MY_TOKEN, apiUrl: 'https://api.pocketenv.io' })
   * ```
   */
  static configure(options: PocketenvOptions): void {
    checkOptions(options)
    sharedOptions = { ...sharedOptions, ...options }
    sharedClient = undefined
  }

  /**
   * The shared client the static methods use. `Pocketenv.Client.get(...)` and
   * `Pocketenv.Client.post(...)` are the Elixir SDK's `Pocketenv.Client` functions.
   */
  static get Client(): Pocketenv {
    sharedClient ??= new Pocketenv(sharedOptions)
    return sharedClient
  }

  /**
   * Creates a sandbox from a template. The server chooses the sandbox's name;
   * `name` is sent but not used. Chain `.start()` and `.waitUntilRunning()`
   * directly on the result.
   *
   * @example
   * ```ts
   * const sandbox = await client.createSandbox('demo', { provider: 'daytona' }).start().waitUntilRunning()
   * ```
   * @throws {AuthenticationError} when no token is found
   */
  createSandbox(name: string, options?: CreateSandboxOptions): SandboxPromise {
    return createSandbox(this, name, options)
  }

  /**
   * Fetches a sandbox of any account by id, name or at:// URI. No token is needed.
   *
   * @returns the sandbox, or `null` when there is none
   */
  getSandbox(id: string, options?: CallOptions): Promise<Sandbox | null> {
    return fetchSandbox(this, id, options)
  }

  /** Lists the public template catalogue, most used first. No token is needed. */
  listSandboxes(options?: ListOptions): Promise<SandboxPage> {
    return listCatalog(this, options)
  }

  /** Lists the sandboxes of an account, given as a DID or a handle, newest first. No token is needed. */
  listSandboxesByActor(did: string, options?: ActorListOptions): Promise<SandboxPage> {
    return listByActor(this, did, options)
  }

  /**
   * Walks the whole template catalogue, page after page.
   *
   * @example
   * ```ts
   * for await (const template of Pocketenv.sandboxes()) console.log(template.name)
   * ```
   */
  sandboxes(options?: IterateOptions): AsyncGenerator<Sandbox, void, undefined> {
    return iterateCatalog(this, options)
  }

  /** Walks every sandbox of an account (a DID or a handle), page after page. */
  sandboxesByActor(did: string, options?: IterateOptions & { isRunning?: boolean }): AsyncGenerator<Sandbox, void, undefined> {
    return iterateByActor(this, did, options)
  }

  /**
   * A sandbox known only by its id, without fetching it (its status is
   * `"unknown"` until you `refresh()` it): enough to reach its secrets, files
   * or services, or to start it. Use the id (`sbx_…`): secrets, variables,
   * SSH and Tailscale keys only accept it, not the name.
   */
  sandboxRef(id: string): Sandbox {
    return sandboxRef(this, id)
  }

  /**
   * Takes ownership of a sandbox created without an account, by its id.
   *
   * @throws {NotFoundError} when there is no unowned sandbox with this id
   */
  claimSandbox(id: string, options?: CallOptions): SandboxPromise {
    return SandboxPromise.of(
      (async () => {
        const { data } = await this.xrpc.io.pocketenv.sandbox.claimSandbox(undefined, { qp: { id }, ...callSettings(options, 'required') })
        return sandboxFromView(data, this)
      })(),
    )
  }

  /**
   * A token for the interactive terminal of your sandboxes (it is not an
   * API token: the API refuses it as a bearer).
   */
  async terminalToken(options?: CallOptions): Promise<string> {
    const { data } = await this.xrpc.io.pocketenv.actor.getTerminalToken({}, callSettings(options, 'required'))
    return data.token
  }

  /** Restores a backup by id, into the sandbox it was made from. */
  restoreBackup(backupId: string, options?: CallOptions): Promise<void> {
    return restoreBackup(this, backupId, options)
  }

  /**
   * Fetches the profile of the account the token belongs to.
   *
   * @throws {AuthenticationError} when no token is found
   * @throws {NotFoundError} when the server cannot load the profile
   */
  me(options?: CallOptions): Promise<Profile> {
    return fetchProfile(this, undefined, options)
  }

  /**
   * Fetches the profile of any account, given as a DID or a handle.
   *
   * @throws {NotFoundError} when the server cannot load the profile
   */
  getProfile(did: string, options?: CallOptions): Promise<Profile> {
    return fetchProfile(this, did, options)
  }

  /** {@inheritDoc PathClient#get} */
  get: PathClient['get'] = (path, ...options) => this.#paths.get(path, ...options)

  /** {@inheritDoc PathClient#post} */
  post: PathClient['post'] = (path, body, ...options) => this.#paths.post(path, body, ...options)

  /** {@inheritDoc Pocketenv#createSandbox} */
  static createSandbox(name: string, options?: CreateSandboxOptions): SandboxPromise {
    return Pocketenv.Client.createSandbox(name, options)
  }

  /** {@inheritDoc Pocketenv#getSandbox} */
  static getSandbox(id: string, options?: CallOptions): Promise<Sandbox | null> {
    return Pocketenv.Client.getSandbox(id, options)
  }

  /** {@inheritDoc Pocketenv#listSandboxes} */
  static listSandboxes(options?: ListOptions): Promise<SandboxPage> {
    return Pocketenv.Client.listSandboxes(options)
  }

  /** {@inheritDoc Pocketenv#listSandboxesByActor} */
  static listSandboxesByActor(did: string, options?: ActorListOptions): Promise<SandboxPage> {
    return Pocketenv.Client.listSandboxesByActor(did, options)
  }

  /** {@inheritDoc Pocketenv#sandboxes} */
  static sandboxes(options?: IterateOptions): AsyncGenerator<Sandbox, void, undefined> {
    return Pocketenv.Client.sandboxes(options)
  }

  /** {@inheritDoc Pocketenv#sandboxesByActor} */
  static sandboxesByActor(did: string, options?: IterateOptions & { isRunning?: boolean }): AsyncGenerator<Sandbox, void, undefined> {
    return Pocketenv.Client.sandboxesByActor(did, options)
  }

  /** {@inheritDoc Pocketenv#sandboxRef} */
  static sandboxRef(id: string): Sandbox {
    return Pocketenv.Client.sandboxRef(id)
  }

  /** {@inheritDoc Pocketenv#claimSandbox} */
  static claimSandbox(id: string, options?: CallOptions): SandboxPromise {
    return Pocketenv.Client.claimSandbox(id, options)
  }

  /** {@inheritDoc Pocketenv#terminalToken} */
  static terminalToken(options?: CallOptions): Promise<string> {
    return Pocketenv.Client.terminalToken(options)
  }

  /** {@inheritDoc Pocketenv#restoreBackup} */
  static restoreBackup(backupId: string, options?: CallOptions): Promise<void> {
    return Pocketenv.Client.restoreBackup(backupId, options)
  }

  /** {@inheritDoc Pocketenv#me} */
  static me(options?: CallOptions): Promise<Profile> {
    return Pocketenv.Client.me(options)
  }

  /** {@inheritDoc Pocketenv#getProfile} */
  static getProfile(did: string, options?: CallOptions): Promise<Profile> {
    return Pocketenv.Client.getProfile(did, options)
  }
}

function checkOptions(options: PocketenvOptions): void {
  if (options === null || typeof options !== 'object') throw new ValidationError('options', 'must be an object')
  for (const field of ['token', 'apiUrl'] as const) {
    const value = options[field]
    if (value !== undefined && typeof value !== 'string') throw new ValidationError(field, 'must be a string')
  }
  if (options.apiUrl !== undefined && !/^https?:\/\/[^\s]+$/i.test(options.apiUrl.trim())) {
    throw new ValidationError('apiUrl', 'must be an http(s) URL such as https://api.pocketenv.io')
  }
  if (options.fetch !== undefined && typeof options.fetch !== 'function') throw new ValidationError('fetch', 'must be a function')
  if (options.timeoutMs !== undefined && !(typeof options.timeoutMs === 'number' && options.timeoutMs > 0)) {
    throw new ValidationError('timeoutMs', 'must be a positive number of milliseconds')
  }
  if (options.maxRetries !== undefined && !(Number.isInteger(options.maxRetries) && options.maxRetries >= 0)) {
    throw new ValidationError('maxRetries', 'must be a whole number, 0 or more')
  }
  for (const field of ['baseDelayMs', 'maxDelayMs', 'maxRetryAfterMs'] as const) {
    const value = options.retry?.[field]
    if (value !== undefined && !(typeof value === 'number' && value >= 0)) throw new ValidationError(`retry.${field}`, 'must be a number of milliseconds, 0 or more')
  }
  if (options.onRetry !== undefined && typeof options.onRetry !== 'function') throw new ValidationError('onRetry', 'must be a function')
  if (options.responseValidation !== undefined && !['warn', 'strict', 'off'].includes(options.responseValidation)) {
    throw new ValidationError('responseValidation', 'must be "warn", "strict" or "off"')
  }
}
