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
import type * as IoPocketenvActorDefs from './defs.js'

const is$typed = _is$typed,
  validate = _validate
const id = 'io.pocketenv.actor.getProfile'

export type QueryParams = {
  /** The account, as a DID or a handle. Defaults to the account of the token. */
  did?: string
}
export type InputSchema = undefined
export type OutputSchema = IoPocketenvActorDefs.ProfileViewDetailed

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
