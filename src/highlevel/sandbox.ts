/**
 * A Pocketenv sandbox: its data, and everything that can be done with it.
 */
import type { Pocketenv } from './pocketenv.js'
import { callSettings, definedFields } from './call-settings.js'
import { commandLine } from './command-line.js'
import type { CallOptions } from './config.js'
import { NotFoundError, ValidationError, WaitTimeoutError } from './errors.js'
import { nullWhenNotFound } from './not-found.js'
import { execResultFromOutput, type ExecResult } from './exec-result.js'
import { portFromView, type Port } from './port.js'
import type { Profile } from './profile.js'
import { sandboxDataFromView, type SandboxData, type SandboxStatus, type SandboxView } from './sandbox-data.js'
import { SandboxBackups } from './backups.js'
import { SandboxFiles } from './files.js'
import { SandboxPreferences } from './preferences.js'
import { SandboxPromise } from './sandbox-promise.js'
import { copyBetweenSandboxes, prepareTransfer, requirePath, type TransferOptions } from './sandbox-transfer.js'
import { Secrets } from './secrets.js'
import { Services } from './services.js'
import { shellCommand, type ShellScript } from './shell-command.js'
import { sleep } from './sleep.js'
import { SandboxSshKeys } from './ssh-keys.js'
import { SandboxTailscale } from './tailscale.js'
import { throwIfAborted } from './transport.js'
import { Variables } from './variables.js'
import { Volumes } from './volumes.js'
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
  #secrets?: Secrets
  #variables?: Variables
  #files?: SandboxFiles
  #volumes?: Volumes
  #services?: Services
  #sshKeys?: SandboxSshKeys
  #tailscale?: SandboxTailscale
  #backups?: SandboxBackups
  #preferences?: SandboxPreferences

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

  /** The secrets of the sandbox: values sealed before they leave the process. */
  get secrets(): Secrets {
    return (this.#secrets ??= new Secrets(this.id, this.#client))
  }

  /** The environment variables of the sandbox, stored in clear. */
  get variables(): Variables {
    return (this.#variables ??= new Variables(this.id, this.#client))
  }

  /** The files written into the sandbox when it starts; contents are sealed. */
  get files(): SandboxFiles {
    return (this.#files ??= new SandboxFiles(this.id, this.#client))
  }

  /** The persistent volumes mounted in the sandbox. */
  get volumes(): Volumes {
    return (this.#volumes ??= new Volumes(this.id, this.#client))
  }

  /** The long-running services of the sandbox. */
  get services(): Services {
    return (this.#services ??= new Services(this.id, this.#client))
  }

  /** The SSH key pair of the sandbox. */
  get sshKeys(): SandboxSshKeys {
    return (this.#sshKeys ??= new SandboxSshKeys(this.id, this.#client))
  }

  /** The Tailscale auth key of the sandbox. */
  get tailscale(): SandboxTailscale {
    return (this.#tailscale ??= new SandboxTailscale(this.id, this.#client))
  }

  /** Backups of the sandbox's directories (Cloudflare sandboxes only). */
  get backups(): SandboxBackups {
    return (this.#backups ??= new SandboxBackups(this.id, this.#client))
  }

  /** Details and provider settings of the sandbox. */
  get preferences(): SandboxPreferences {
    return (this.#preferences ??= new SandboxPreferences(this.id, this.#client))
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

  /**
   * Runs a shell script with `/bin/sh -c`. As a tagged template, every
   * interpolated value is quoted, so it stays data: with
   * `dir = "a b; rm -rf /"`, `` sandbox.sh`ls ${dir}` `` lists one oddly
   * named folder and runs nothing else. A plain string is run unchanged
   * (and may be followed by the call options).
   *
   * @example
   * ```ts
   * const { stdout } = await sandbox.sh`cd ${project} && git log -1 --format=%H`
   * ```
   * @throws {ValidationError} for an empty script or a value that is not a string, number, boolean or array
   */
  async sh(script: string, options?: CallOptions): Promise<ExecResult>
  async sh(strings: TemplateStringsArray, ...values: unknown[]): Promise<ExecResult>
  async sh(script: ShellScript, ...rest: unknown[]): Promise<ExecResult> {
    const plain = typeof script === 'string'
    const command = shellCommand(script, plain ? [] : rest)
    const options = plain ? ((rest[0] as CallOptions | undefined) ?? {}) : {}
    const { data } = await this.#sandboxApi.exec({ command }, { qp: { id: this.id }, ...callSettings(options, 'required') })
    return execResultFromOutput(data)
  }

  /**
   * Copies a local file or directory into the sandbox at `remotePath`: a
   * directory's contents land in `remotePath`, a file lands in it under its
   * own name. Files matched by `.pocketenvignore`, `.gitignore`,
   * `.npmignore` or `.dockerignore` (each applying to its folder and below)
   * are left out. Node.js only.
   *
   * @throws {SandboxNotRunningError} before anything is sent, unless the sandbox is running
   */
  async upload(localPath: string, remotePath: string, options: TransferOptions = {}): Promise<void> {
    requirePath('localPath', localPath)
    requirePath('remotePath', remotePath)
    const { uploadToSandbox } = await import('./copy/local-transfer.js')
    await uploadToSandbox(await prepareTransfer(this.#client, this.id, options), localPath, remotePath, options)
  }

  /**
   * Copies a directory of the sandbox to `localPath`. The result keeps the
   * directory's own name: downloading `/app/dist` into `./out` gives
   * `./out/dist/…`. Entries that would land outside `localPath` are refused.
   * Node.js only.
   *
   * @throws {SandboxNotRunningError} before anything is sent, unless the sandbox is running
   * @throws {ArchiveError} when the archive holds an entry that escapes `localPath`
   */
  async download(remotePath: string, localPath: string, options: TransferOptions = {}): Promise<void> {
    requirePath('remotePath', remotePath)
    requirePath('localPath', localPath)
    const { downloadFromSandbox } = await import('./copy/local-transfer.js')
    await downloadFromSandbox(await prepareTransfer(this.#client, this.id, options), remotePath, localPath, options)
  }

  /**
   * Copies `remotePath` of this sandbox to `targetPath` of another sandbox
   * (a `Sandbox` or its id), without going through the local disk. Both must be running.
   *
   * @throws {SandboxNotRunningError} before anything is sent, unless both are running
   */
  copyTo(target: Sandbox | string, remotePath: string, targetPath: string, options: TransferOptions = {}): Promise<void> {
    return copyBetweenSandboxes(this, this.#client, target, remotePath, targetPath, options)
  }

  /**
   * Deletes the sandbox when the scope of an `await using` declaration ends,
   * even when it ends with an error. A sandbox that is already gone is fine.
   *
   * Only for short-lived sandboxes: one you mean to keep, or to hand on to
   * other code, must not be declared with `await using`, or it is deleted as
   * soon as the block is left.
   *
   * @example
   * ```ts
   * {
   *   await using sandbox = await Pocketenv.createSandbox('scratch')
   *   await sandbox.start().waitUntilRunning()
   *   console.log((await sandbox.exec('uname', ['-a'])).stdout)
   * } // deleted here
   * ```
   */
  async [Symbol.asyncDispose](): Promise<void> {
    await nullWhenNotFound(this.delete())
  }

  /** {@inheritDoc Sandbox#start} */
  static start(sandbox: SandboxLike, options?: StartOptions): SandboxPromise {
    return SandboxPromise.of(sandbox).start(options)
  }

  /** {@inheritDoc Sandbox#stop} */
  static stop(sandbox: SandboxLike, options?: CallOptions): SandboxPromise {
    return SandboxPromise.of(sandbox).stop(options)
  }

  /** {@inheritDoc Sandbox#delete} */
  static delete(sandbox: SandboxLike, options?: CallOptions): SandboxPromise {
    return SandboxPromise.of(sandbox).delete(options)
  }

  /** {@inheritDoc Sandbox#refresh} */
  static refresh(sandbox: SandboxLike, options?: CallOptions): SandboxPromise {
    return SandboxPromise.of(sandbox).refresh(options)
  }

  /** {@inheritDoc Sandbox#waitUntilRunning} */
  static waitUntilRunning(sandbox: SandboxLike, options?: WaitOptions): SandboxPromise {
    return SandboxPromise.of(sandbox).waitUntilRunning(options)
  }

  /** {@inheritDoc Sandbox#unexpose} */
  static unexpose(sandbox: SandboxLike, port: number, options?: CallOptions): SandboxPromise {
    return SandboxPromise.of(sandbox).unexpose(port, options)
  }

  /** {@inheritDoc Sandbox#exec} */
  static exec(sandbox: SandboxLike, command: string, args?: readonly string[], options?: CallOptions): Promise<ExecResult> {
    return SandboxPromise.of(sandbox).exec(command, args, options)
  }

  /** {@inheritDoc Sandbox#expose} */
  static expose(sandbox: SandboxLike, port: number, options?: ExposeOptions): Promise<string | null> {
    return SandboxPromise.of(sandbox).expose(port, options)
  }

  /** {@inheritDoc Sandbox#listPorts} */
  static listPorts(sandbox: SandboxLike, options?: CallOptions): Promise<Port[]> {
    return SandboxPromise.of(sandbox).listPorts(options)
  }

  /** {@inheritDoc Sandbox#vscode} */
  static vscode(sandbox: SandboxLike, options?: CallOptions): Promise<string | null> {
    return SandboxPromise.of(sandbox).vscode(options)
  }

  /** {@inheritDoc Sandbox#sh} */
  static sh(sandbox: SandboxLike, script: string, options?: CallOptions): Promise<ExecResult> {
    return SandboxPromise.of(sandbox).sh(script, options)
  }

  /** {@inheritDoc Sandbox#upload} */
  static upload(sandbox: SandboxLike, localPath: string, remotePath: string, options?: TransferOptions): Promise<void> {
    return SandboxPromise.of(sandbox).upload(localPath, remotePath, options)
  }

  /** {@inheritDoc Sandbox#download} */
  static download(sandbox: SandboxLike, remotePath: string, localPath: string, options?: TransferOptions): Promise<void> {
    return SandboxPromise.of(sandbox).download(remotePath, localPath, options)
  }

  /** {@inheritDoc Sandbox#copyTo} */
  static copyTo(sandbox: SandboxLike, target: Sandbox | string, remotePath: string, targetPath: string, options?: TransferOptions): Promise<void> {
    return SandboxPromise.of(sandbox).copyTo(target, remotePath, targetPath, options)
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
  const answer = await nullWhenNotFound(client.xrpc.io.pocketenv.sandbox.getSandbox({ id }, callSettings(options, 'optional')))
  return answer?.data.sandbox ? sandboxFromView(answer.data.sandbox, client) : null
}

/**
 * A sandbox known only by its id, without fetching it (its status is
 * `"unknown"`): enough to reach its secrets, files or services, or to start it.
 */
export function sandboxRef(client: Pocketenv, id: string): Sandbox {
  if (typeof id !== 'string' || id.trim() === '') throw new ValidationError('id', 'must be a non-empty string')
  return new Sandbox(
    {
      id,
      name: null,
      provider: null,
      baseSandbox: null,
      displayName: null,
      uri: null,
      description: null,
      topics: null,
      logo: null,
      readme: null,
      repo: null,
      vcpus: null,
      memory: null,
      disk: null,
      installs: 0,
      status: 'unknown',
      startedAt: null,
      createdAt: null,
      owner: null,
    },
    client,
  )
}

/** Wraps a sandbox view from any method in a {@link Sandbox}. */
export function sandboxFromView(view: SandboxView, client: Pocketenv): Sandbox {
  return new Sandbox(sandboxDataFromView(view), client)
}

function positiveNumber(field: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) throw new ValidationError(field, 'must be a positive number of milliseconds')
  return value
}
