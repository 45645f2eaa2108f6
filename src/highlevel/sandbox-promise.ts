/**
 * A promise of a {@link Sandbox} that already has the sandbox's methods, so
 * steps chain without an `await` in between:
 *
 * ```ts
 * const sandbox = await Pocketenv.createSandbox('demo').start().waitUntilRunning()
 * ```
 */
import type { CallOptions } from './config.js'
import type { ExecResult } from './exec-result.js'
import type { Port } from './port.js'
import type { ExposeOptions, Sandbox, StartOptions, WaitOptions } from './sandbox.js'
import type { TransferOptions } from './sandbox-transfer.js'
import type { ShellScript } from './shell-command.js'

/**
 * A `Promise<Sandbox>` with the methods of {@link Sandbox}. Each method waits
 * for the sandbox, then calls the same method on it; lifecycle methods return
 * another `SandboxPromise`, the others a plain promise of their result.
 * A rejection anywhere in a chain rejects the whole chain.
 */
export class SandboxPromise extends Promise<Sandbox> {
  /** `then`, `catch` and `finally` return plain promises, not `SandboxPromise`s. */
  static override get [Symbol.species](): PromiseConstructor {
    return Promise
  }

  /** Wraps a promise (or a sandbox) of a sandbox. */
  static of(sandbox: Sandbox | PromiseLike<Sandbox>): SandboxPromise {
    return new SandboxPromise((resolve, reject) => {
      Promise.resolve(sandbox).then(resolve, reject)
    })
  }

  private next(step: (sandbox: Sandbox) => PromiseLike<Sandbox>): SandboxPromise {
    return SandboxPromise.of(this.then(step))
  }

  /** {@inheritDoc Sandbox#start} */
  start(options?: StartOptions): SandboxPromise {
    return this.next((sandbox) => sandbox.start(options))
  }

  /** {@inheritDoc Sandbox#stop} */
  stop(options?: CallOptions): SandboxPromise {
    return this.next((sandbox) => sandbox.stop(options))
  }

  /** {@inheritDoc Sandbox#delete} */
  delete(options?: CallOptions): SandboxPromise {
    return this.next((sandbox) => sandbox.delete(options))
  }

  /** {@inheritDoc Sandbox#refresh} */
  refresh(options?: CallOptions): SandboxPromise {
    return this.next((sandbox) => sandbox.refresh(options))
  }

  /** {@inheritDoc Sandbox#waitUntilRunning} */
  waitUntilRunning(options?: WaitOptions): SandboxPromise {
    return this.next((sandbox) => sandbox.waitUntilRunning(options))
  }

  /** {@inheritDoc Sandbox#unexpose} */
  unexpose(port: number, options?: CallOptions): SandboxPromise {
    return this.next((sandbox) => sandbox.unexpose(port, options))
  }

  /** {@inheritDoc Sandbox#exec} */
  exec(command: string, args?: readonly string[], options?: CallOptions): Promise<ExecResult> {
    return this.then((sandbox) => sandbox.exec(command, args, options))
  }

  /** {@inheritDoc Sandbox#expose} */
  expose(port: number, options?: ExposeOptions): Promise<string | null> {
    return this.then((sandbox) => sandbox.expose(port, options))
  }

  /** {@inheritDoc Sandbox#listPorts} */
  listPorts(options?: CallOptions): Promise<Port[]> {
    return this.then((sandbox) => sandbox.listPorts(options))
  }

  /** {@inheritDoc Sandbox#vscode} */
  vscode(options?: CallOptions): Promise<string | null> {
    return this.then((sandbox) => sandbox.vscode(options))
  }

  /** {@inheritDoc Sandbox#sh} */
  sh(script: string, options?: CallOptions): Promise<ExecResult>
  sh(strings: TemplateStringsArray, ...values: unknown[]): Promise<ExecResult>
  sh(script: ShellScript, ...rest: unknown[]): Promise<ExecResult> {
    return this.then((sandbox) =>
      typeof script === 'string' ? sandbox.sh(script, rest[0] as CallOptions | undefined) : sandbox.sh(script, ...rest),
    )
  }

  /** {@inheritDoc Sandbox#upload} */
  upload(localPath: string, remotePath: string, options?: TransferOptions): Promise<void> {
    return this.then((sandbox) => sandbox.upload(localPath, remotePath, options))
  }

  /** {@inheritDoc Sandbox#download} */
  download(remotePath: string, localPath: string, options?: TransferOptions): Promise<void> {
    return this.then((sandbox) => sandbox.download(remotePath, localPath, options))
  }

  /** {@inheritDoc Sandbox#copyTo} */
  copyTo(target: Sandbox | string, remotePath: string, targetPath: string, options?: TransferOptions): Promise<void> {
    return this.then((sandbox) => sandbox.copyTo(target, remotePath, targetPath, options))
  }
}
