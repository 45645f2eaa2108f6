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
const id = 'io.pocketenv.sandbox.createSandbox'

export type QueryParams = {}

export interface InputSchema {
  /** The template to start from: an at:// URI, or the name or id of a sandbox. */
  base: string
  /** Requested name. The server ignores it and chooses the name itself. */
  name?: string
  /** Echoed back in the answer but not stored. */
  description?: string
  /** The platform to run on. The server uses `cloudflare` when it is left out; `blaxel` is restricted (403). */
  provider?:
    | 'daytona'
    | 'vercel'
    | 'cloudflare'
    | 'deno'
    | 'sprites'
    | 'modal'
    | 'e2b'
    | 'blaxel'
    | 'hopx'
    | 'runloop'
  /** Echoed back in the answer but not stored. */
  topics?: string[]
  /** Git repository to clone when the sandbox starts. When the caller already has a sandbox with the same repository and base, the server starts and returns that one instead. */
  repo?: string
  /** Echoed back in the answer but not applied. */
  vcpus?: number
  /** Echoed back in the answer but not applied (GB). */
  memory?: number
  /** Echoed back in the answer but not applied (GB). */
  disk?: number
  /** Echoed back in the answer but not stored. */
  readme?: string
  /** Keep the sandbox running when it is idle. */
  keepAlive?: boolean
  /** Daytona organization, in clear. */
  daytonaOrganizationId?: string
  /** Vercel project, in clear. */
  vercelProjectId?: string
  /** Vercel team, in clear. */
  vercelTeamId?: string
  /** Sprites token to create the sandbox with, sealed with the server public key. */
  spriteToken?: string
  /** Masked Sprites token, kept for display. */
  redactedSpriteToken?: string
  /** Deno Deploy token to create the sandbox with, sealed with the server public key. */
  denoDeployToken?: string
  /** Masked Deno Deploy token, kept for display. */
  redactedDenoDeployToken?: string
  /** Daytona API key to create the sandbox with, sealed with the server public key. */
  daytonaApiKey?: string
  /** Masked Daytona API key, kept for display. */
  redactedDaytonaApiKey?: string
  /** Vercel API token to create the sandbox with, sealed with the server public key. */
  vercelApiToken?: string
  /** Masked Vercel API token, kept for display. */
  redactedVercelApiToken?: string
  /** Modal token id to create the sandbox with, sealed with the server public key. */
  modalTokenId?: string
  /** Masked Modal token id, kept for display. */
  redactedModalTokenId?: string
  /** Modal token secret to create the sandbox with, sealed with the server public key. */
  modalTokenSecret?: string
  /** Masked Modal token secret, kept for display. */
  redactedModalTokenSecret?: string
  /** E2B API key to create the sandbox with, sealed with the server public key. */
  e2bApiKey?: string
  /** Masked E2B API key, kept for display. */
  redactedE2bApiKey?: string
  /** Hopx API key to create the sandbox with, sealed with the server public key. */
  hopxApiKey?: string
  /** Masked Hopx API key, kept for display. */
  redactedHopxApiKey?: string
  /** Runloop API key to create the sandbox with, sealed with the server public key. */
  runloopApiKey?: string
  /** Masked Runloop API key, kept for display. */
  redactedRunloopApiKey?: string
}

export type OutputSchema = IoPocketenvSandboxDefs.SandboxViewBasic

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

export class AuthenticationError extends XRPCError {
  constructor(src: XRPCError) {
    super(src.status, src.error, src.message, src.headers, { cause: src })
  }
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
    if (e.error === 'AuthenticationError') return new AuthenticationError(e)
    if (e.error === 'SandboxProviderError') return new SandboxProviderError(e)
    if (e.error === 'AgentCreationError') return new AgentCreationError(e)
    if (e.error === 'RecordCreationError') return new RecordCreationError(e)
  }

  return e
}
