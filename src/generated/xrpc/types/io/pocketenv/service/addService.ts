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
import type * as IoPocketenvServiceDefs from './defs.js'

const is$typed = _is$typed,
  validate = _validate
const id = 'io.pocketenv.service.addService'

export type QueryParams = {
  /** The sandbox to act on: its id (`sbx_…`), its name, or its at:// URI. */
  sandboxId: string
}

export interface InputSchema {
  service: IoPocketenvServiceDefs.Service
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
