/**
 * A Pocketenv sandbox: its data, and everything that can be done with it.
 */
import type { Pocketenv } from './pocketenv.js'
import { callSettings, definedFields } from './call-settings.js'
import { commandLine } from './command-line.js'
import type { CallOptions } from './config.js'
import { NotFoundError, ValidationError, WaitTimeoutError } from './errors.js'
import { execResultFromOutput, type ExecResult } from './exec-result.js'
import { portFromView, type Port } from './port.js'
import type { Profile } from './profile.js'
import { sandboxDataFromView, type SandboxData, type SandboxStatus, type SandboxView } from './sandbox-data.js'
import { SandboxPromise } from './sandbox-promise.js'
import { sleep } from './sleep.js'
import { throwIfAborted } from './transport.js'
import { nonEmptyStringOrNull } from './wire-values.js'

/** Options of {@link Sandbox.start}. */
export interface StartOptions extends CallOptions {
  /** Git repository to clone before the sandbox starts. */
  repo?: string
  /** Keep the sandbox running when it is idle. */
  keepAlive?: boolean
}

/** Options of {@link Sandbox.expose}. */
export interface ExposeOptions extends CallOptions {
  /** A note to remember the port by. */
  description?: string
}

/** Options of {@link Sandbox.waitUntilRunning}. */
export interface WaitOptions extends Omit<CallOptions, 'timeoutMs'> {
  /**
   * How long to wait in total, in milliseconds.
   * @default 60000
   */
  timeoutMs?: number
  /**
   * Pause between two checks, in milliseconds. Checks are never closer together.
   * @default 2000
   */
  intervalMs?: number
}

/** A sandbox, or a promise of one: what the functional form of each method takes first. */
export type SandboxLike = Sandbox | PromiseLike<Sandbox>

/** The port the server reserves for VS Code. */
export const VSCODE_PORT = 1024

/**
 * A Pocketenv sandbox. Its fields are a snapshot taken when it was fetched;
 * lifecycle methods return a new snapshot.
 *
 * Every method exists in three forms: on a `Sandbox`, on the promise of one
 * (so calls chain: `sandbox.stop().delete()`), and as a static function that
 * takes a sandbox or a promise of one first (`Sandbox.exec(promise, "ls")`).
 *
 * @example
 * ```ts
 * const sandbox = await Pocketenv.createSandbox('demo').start().waitUntilRunning()
 * const { stdout } = await sandbox.exec('echo', ['hello'])
 * await sandbox.stop().delete()
 * ```
 */
export class Sandbox implements SandboxData {
  /** {@inheritDoc SandboxData.id} */
  readonly id: string
  /** {@inheritDoc SandboxData.name} */
  readonly name: string | null
  /** {@inheritDoc SandboxData.provider} */
  readonly provider: string | null
  /** {@inheritDoc SandboxData.baseSandbox} */
  readonly baseSandbox: string | null
  /** {@inheritDoc SandboxData.displayName} */
  readonly displayName: string | null
  /** {@inheritDoc SandboxData.uri} */
  readonly uri: string | null
  /** {@inheritDoc SandboxData.description} */
  readonly description: string | null
  /** {@inheritDoc SandboxData.topics} */
  readonly topics: string[] | null
  /** {@inheritDoc SandboxData.logo} */
  readonly logo: string | null
  /** {@inheritDoc SandboxData.readme} */
  readonly readme: string | null
  /** {@inheritDoc SandboxData.repo} */
  readonly repo: string | null
  /** {@inheritDoc SandboxData.vcpus} */
  readonly vcpus: number | null
  /** {@inheritDoc SandboxData.memory} */
  readonly memory: number | null
  /** {@inheritDoc SandboxData.disk} */
  readonly disk: number | null
  /** {@inheritDoc SandboxData.installs} */
  readonly installs: number
  /** {@inheritDoc SandboxData.status} */
  readonly status: SandboxStatus
  /** {@inheritDoc SandboxData.startedAt} */
  readonly startedAt: Date | null
  /** {@inheritDoc SandboxData.createdAt} */
  readonly createdAt: Date | null
  /** {@inheritDoc SandboxData.owner} */
  readonly owner: Profile | null

  readonly #client: Pocketenv

  /** Wraps sandbox data; {@link Pocketenv} creates sandboxes, there is no need to call this. */
  constructor(data: SandboxData, client: Pocketenv) {
    this.id = data.id
    this.name = data.name
    this.provider = data.provider
    this.baseSandbox = data.baseSandbox
    this.displayName = data.displayName
    this.uri = data.uri
    this.description = data.description
    this.topics = data.topics
    this.logo = data.logo
    this.readme = data.readme
    this.repo = data.repo
    this.vcpus = data.vcpus
    this.memory = data.memory
    this.disk = data.disk
    this.installs = data.installs
    this.status = data.status
    this.startedAt = data.startedAt
    this.createdAt = data.createdAt
    this.owner = data.owner
    this.#client = client
  }

  /**
   * Starts the sandbox, then fetches it again so the result has the latest status.
   * Sends `{}` when no option is given (the server requires a body).
   *
   * @throws {NotFoundError} when the sandbox does not exist (or is not yours)
   * @throws {AuthenticationError} when no token is found
   */
  start(options: StartOptions = {}): SandboxPromise {
    return SandboxPromise.of(
      (async () => {
        const input = definedFields({ repo: options.repo, keepAlive: options.keepAlive })
        await this.#sandboxApi.startSandbox(input, { qp: { id: this.id }, ...callSettings(options, 'required') })
        return this.#refetch(options)
      })(),
    )
  }

  /**
   * Stops the sandbox, then fetches it again so the result has the latest status.
   *
   * @throws {NotFoundError} when the sandbox does not exist (or is not yours)
   */
  stop(options: CallOptions = {}): SandboxPromise {
    return SandboxPromise.of(
      (async () => {
        await this.#sandboxApi.stopSandbox(undefined, { qp: { id: this.id }, ...callSettings(options, 'required') })
        return this.#refetch(options)
      })(),
    )
  }

  /**
   * Deletes the sandbox for good. Resolves with its last known state.
   *
   * @throws {NotFoundError} when the sandbox does not exist (or is already deleted)
   */
  delete(options: CallOptions = {}): SandboxPromise {
    return SandboxPromise.of(
      (async () => {
        await this.#sandboxApi.deleteSandbox(undefined, { qp: { id: this.id }, ...callSettings(options, 'required') })
        return this
      })(),
    )
  }

  /**
   * Fetches the sandbox again.
   *
   * @throws {NotFoundError} when it no longer exists
   */
  refresh(options: CallOptions = {}): SandboxPromise {
    return SandboxPromise.of(this.#refetch(options))
  }

  /**
   * Checks the sandbox every `intervalMs` until its status is `"running"`,
   * and resolves with it. The first check is immediate.
   *
   * @throws {WaitTimeoutError} after `timeoutMs`, with the last status seen
   * @throws {AbortError} as soon as `signal` aborts
   */
  waitUntilRunning(options: WaitOptions = {}): SandboxPromise {
    return SandboxPromise.of(this.#waitUntilRunning(options))
  }

  /**
   * Runs a command in the sandbox and waits for it to finish. `command` is a
   * shell command line, sent as written; each of `args` is quoted so that it
   * reaches the program as one argument, whatever characters it holds.
   *
   * @example
   * ```ts
   * await sandbox.exec('echo', ['a b', '$HOME']) // prints "a b $HOME"
   * ```
   * @throws {ValidationError} when `command` is empty or an argument is not a string
   * @throws {BadRequestError} when the sandbox is not running
   */
  async exec(command: string, args: readonly string[] = [], options: CallOptions = {}): Promise<ExecResult> {
    const line = commandLine(command, args)
    const { data } = await this.#sandboxApi.exec({ command: line }, { qp: { id: this.id }, ...callSettings(options, 'required') })
    return execResultFromOutput(data)
  }

  /**
   * Makes a port (1025–65535) reachable from the internet.
   *
   * @returns the public address, or `null` when the platform gives none
   * @throws {ValidationError} when the port is out of range
   */
  async expose(port: number, options: ExposeOptions = {}): Promise<string | null> {
    const input = definedFields({ port, description: options.description })
    const { data } = await this.#sandboxApi.exposePort(input as { port: number }, { qp: { id: this.id }, ...callSettings(options, 'required') })
    return nonEmptyStringOrNull(data.previewUrl)
  }

  /** Stops exposing a port. Resolves with the sandbox, as it was. */
  unexpose(port: number, options: CallOptions = {}): SandboxPromise {
    return SandboxPromise.of(
      (async () => {
        await this.#sandboxApi.unexposePort({ port }, { qp: { id: this.id }, ...callSettings(options, 'required') })
        return this
      })(),
    )
  }

  /** Lists the exposed ports, VS Code (port 1024) included. */
  async listPorts(options: CallOptions = {}): Promise<Port[]> {
    const { data } = await this.#sandboxApi.getExposedPorts({ id: this.id }, callSettings(options, 'required'))
    return (data.ports ?? []).map(portFromView)
  }

  /**
   * Exposes VS Code Server and returns its address. When it is already
   * exposed, the server returns the address it gave the first time.
   *
   * @returns the address, or `null` when the platform gives none
   */
  async vscode(options: CallOptions = {}): Promise<string | null> {
    const { data } = await this.#sandboxApi.exposeVscode(undefined, { qp: { id: this.id }, ...callSettings(options, 'required') })
    return nonEmptyStringOrNull(data.previewUrl)
  }

  /** {@inheritDoc Sandbox.start} */
  static start(sandbox: SandboxLike, options?: StartOptions): SandboxPromise {
    return SandboxPromise.of(sandbox).start(options)
  }

  /** {@inheritDoc Sandbox.stop} */
  static stop(sandbox: SandboxLike, options?: CallOptions): SandboxPromise {
    return SandboxPromise.of(sandbox).stop(options)
  }

  /** {@inheritDoc Sandbox.delete} */
  static delete(sandbox: SandboxLike, options?: CallOptions): SandboxPromise {
    return SandboxPromise.of(sandbox).delete(options)
  }

  /** {@inheritDoc Sandbox.refresh} */
  static refresh(sandbox: SandboxLike, options?: CallOptions): SandboxPromise {
    return SandboxPromise.of(sandbox).refresh(options)
  }

  /** {@inheritDoc Sandbox.waitUntilRunning} */
  static waitUntilRunning(sandbox: SandboxLike, options?: WaitOptions): SandboxPromise {
    return SandboxPromise.of(sandbox).waitUntilRunning(options)
  }

  /** {@inheritDoc Sandbox.unexpose} */
  static unexpose(sandbox: SandboxLike, port: number, options?: CallOptions): SandboxPromise {
    return SandboxPromise.of(sandbox).unexpose(port, options)
  }

  /** {@inheritDoc Sandbox.exec} */
  static exec(sandbox: SandboxLike, command: string, args?: readonly string[], options?: CallOptions): Promise<ExecResult> {
    return SandboxPromise.of(sandbox).exec(command, args, options)
  }

  /** {@inheritDoc Sandbox.expose} */
  static expose(sandbox: SandboxLike, port: number, options?: ExposeOptions): Promise<string | null> {
    return SandboxPromise.of(sandbox).expose(port, options)
  }

  /** {@inheritDoc Sandbox.listPorts} */
  static listPorts(sandbox: SandboxLike, options?: CallOptions): Promise<Port[]> {
    return SandboxPromise.of(sandbox).listPorts(options)
  }

  /** {@inheritDoc Sandbox.vscode} */
  static vscode(sandbox: SandboxLike, options?: CallOptions): Promise<string | null> {
    return SandboxPromise.of(sandbox).vscode(options)
  }

  get #sandboxApi() {
    return this.#client.xrpc.io.pocketenv.sandbox
  }

  async #refetch(options: CallOptions): Promise<Sandbox> {
    const latest = await fetchSandbox(this.#client, this.id, options)
    if (latest) return latest
    throw new NotFoundError(
      { status: 200, error: undefined, message: `Sandbox ${this.id} no longer exists`, headers: {} },
      `Sandbox ${this.id} no longer exists: the server answered that it has no such sandbox.`,
    )
  }

  async #waitUntilRunning(options: WaitOptions): Promise<Sandbox> {
    const timeoutMs = positiveNumber('timeoutMs', options.timeoutMs ?? 60_000)
    const intervalMs = positiveNumber('intervalMs', options.intervalMs ?? 2_000)
    throwIfAborted(options.signal)
    // One signal for the whole wait: the caller's abort, or the end of the wait,
    // stops a check in flight as well as a pause between checks.
    const expired = Symbol('wait expired')
    const wait = new AbortController()
    const onAbort = () => wait.abort(options.signal?.reason)
    options.signal?.addEventListener('abort', onAbort, { once: true })
    const timer = setTimeout(() => wait.abort(expired), timeoutMs)
    let lastStatus: SandboxStatus = this.status
    try {
      for (;;) {
        const latest = await fetchSandbox(this.#client, this.id, { token: options.token, signal: wait.signal })
        lastStatus = latest?.status ?? 'unknown'
        if (latest?.status === 'running') return latest
        await sleep(intervalMs, wait.signal)
      }
    } catch (error) {
      if (wait.signal.reason === expired) throw new WaitTimeoutError(this.id, timeoutMs, lastStatus)
      throw error
    } finally {
      clearTimeout(timer)
      options.signal?.removeEventListener('abort', onAbort)
    }
  }
}

/**
 * Fetches a sandbox by id, name or at:// URI.
 *
 * @returns the sandbox, or `null` when there is none, whichever way the server
 *   says so (`{}`, `{ "sandbox": null }` or a 404)
 */
export async function fetchSandbox(client: Pocketenv, id: string, options: CallOptions = {}): Promise<Sandbox | null> {
  if (typeof id !== 'string' || id.trim() === '') throw new ValidationError('id', 'must be a non-empty string')
  try {
    const { data } = await client.xrpc.io.pocketenv.sandbox.getSandbox({ id }, callSettings(options, 'optional'))
    return data.sandbox ? sandboxFromView(data.sandbox, client) : null
  } catch (error) {
    if (error instanceof NotFoundError) return null
    throw error
  }
}

/** Wraps a sandbox view from any method in a {@link Sandbox}. */
export function sandboxFromView(view: SandboxView, client: Pocketenv): Sandbox {
  return new Sandbox(sandboxDataFromView(view), client)
}

function positiveNumber(field: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) throw new ValidationError(field, 'must be a positive number of milliseconds')
  return value
}
