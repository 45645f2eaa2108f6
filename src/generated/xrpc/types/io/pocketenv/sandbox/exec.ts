/**
 * GENERATED CODE - DO NOT MODIFY
 */
import { HeadersMap, XRPCError } from '@atproto/xrpc'
import { type ValidationResult, BlobRef } from '@atproto/lexicon'
import { CID } from 'multiformats/cid'
import { validate as _validate } from '../../../../lexicons'
import {
  type $Typed,
  is$typed as _is$typed,
  type OmitKey,
} from '../../../../util'

const is$typed = _is$typed,
  validate = _validate
const id = 'io.pocketenv.sandbox.exec'

export type QueryParams = {
  /** Id or name of the sandbox. */
  id: string
}

export interface InputSchema {
  /** The command line, run by a shell in the sandbox. */
  command: string
}

export interface OutputSchema {
  /** What the command wrote to standard output. */
  stdout: string
  /** What the command wrote to standard error. */
  stderr: string
  /** Exit status of the command. */
  exitCode: number
}

export interface CallOptions {
  signal?: AbortSignal
  headers?: HeadersMap
  qp?: QueryParams
  encoding?: 'application/json'
}

export interface Response {
  success: boolean
  headers: HeadersMap
  data: OutputSchema
}

export class SandboxNotFoundError extends XRPCError {
  constructor(src: XRPCError) {
    super(src.status, src.error, src.message, src.headers, { cause: src })
  }
}

export function toKnownErr(e: any) {
  if (e instanceof XRPCError) {
    if (e.error === 'SandboxNotFound') return new SandboxNotFoundError(e)
  }

  return e
}
