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
const id = 'io.pocketenv.sandbox.createBackup'

export type QueryParams = {
  /** The sandbox to act on: its id (`sbx_…`), its name, or its at:// URI. */
  id: string
}

export interface InputSchema {
  /** Absolute path of the directory to save. */
  directory: string
  /** A note to recognise the backup by. */
  description?: string
  /** How long to keep the backup, in seconds. */
  ttl?: number
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
}

export function toKnownErr(e: any) {
  return e
}
