/**
 * The outcome of a command run in a sandbox.
 */
import type { IoPocketenvSandboxExec } from '../generated/xrpc/index.js'

/** What a finished command printed, and how it exited. */
export interface ExecResult {
  /** Standard output. */
  stdout: string
  /** Standard error. */
  stderr: string
  /** Exit status: 0 for success; -1 when the platform reported none. */
  exitCode: number
}

/** Maps the answer of `exec`, keeping the three documented fields only. */
export function execResultFromOutput(output: Partial<IoPocketenvSandboxExec.OutputSchema>): ExecResult {
  return {
    stdout: typeof output.stdout === 'string' ? output.stdout : '',
    stderr: typeof output.stderr === 'string' ? output.stderr : '',
    exitCode: typeof output.exitCode === 'number' ? output.exitCode : -1,
  }
}
