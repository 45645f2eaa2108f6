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
import type * as IoPocketenvSandboxDefs from './defs.js'

const is$typed = _is$typed,
  validate = _validate
const id = 'io.pocketenv.sandbox.claimSandbox'

export type QueryParams = {
  /** Id of the unowned sandbox, or its id at the provider. */
  id: string
}
export type InputSchema = undefined
export type OutputSchema = IoPocketenvSandboxDefs.SandboxViewBasic

export interface CallOptions {
  signal?: AbortSignal
  headers?: HeadersMap
  qp?: QueryParams
}

export interface Response {
  success: boolean
  headers: HeadersMap
  data: OutputSchema
}

export class SandboxProviderError extends XRPCError {
  constructor(src: XRPCError) {
    super(src.status, src.error, src.message, src.headers, { cause: src })
  }
}

export class AgentCreationError extends XRPCError {
  constructor(src: XRPCError) {
    super(src.status, src.error, src.message, src.headers, { cause: src })
  }
}

export class RecordCreationError extends XRPCError {
  constructor(src: XRPCError) {
    super(src.status, src.error, src.message, src.headers, { cause: src })
  }
}

export function toKnownErr(e: any) {
  if (e instanceof XRPCError) {
    if (e.error === 'SandboxProviderError') return new SandboxProviderError(e)
    if (e.error === 'AgentCreationError') return new AgentCreationError(e)
    if (e.error === 'RecordCreationError') return new RecordCreationError(e)
  }

  return e
}
