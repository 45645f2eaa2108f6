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
import type * as IoPocketenvSecretDefs from './defs.js'

const is$typed = _is$typed,
  validate = _validate
const id = 'io.pocketenv.secret.getSecrets'

export type QueryParams = {
  /** Only secrets of this sandbox; internal id (`sbx_…`) only. */
  sandboxId?: string
  /** How many items to return at most. The server applies 20 when it is left out and has no upper bound. */
  limit?: number
  /** How many items to skip before the first one returned. */
  offset?: number
}
export type InputSchema = undefined

export interface OutputSchema {
  secrets?: IoPocketenvSecretDefs.SecretView[]
  /** How many secrets match, across all pages. Missing when the server failed to count them. */
  total?: number
}

export interface CallOptions {
  signal?: AbortSignal
  headers?: HeadersMap
}

export interface Response {
  success: boolean
  headers: HeadersMap
  data: OutputSchema
}

export function toKnownErr(e: any) {
  return e
}
