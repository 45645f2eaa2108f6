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
const id = 'io.pocketenv.sandbox.exposePort'

export type QueryParams = {
  /** The sandbox to act on: its id (`sbx_…`), its name, or its at:// URI. */
  id: string
}

export interface InputSchema {
  /** The port to expose. */
  port: number
  /** A note to remember the port by. */
  description?: string
}

export interface OutputSchema {
  /** Public address of the port; absent or null when the platform gives none. */
  previewUrl?: string | null
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

export class AgentCreationError extends XRPCError {
  constructor(src: XRPCError) {
    super(src.status, src.error, src.message, src.headers, { cause: src })
  }
}

export function toKnownErr(e: any) {
  if (e instanceof XRPCError) {
    if (e.error === 'AgentCreationError') return new AgentCreationError(e)
  }

  return e
}
