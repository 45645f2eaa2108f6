/**
 * GENERATED CODE - DO NOT MODIFY
 */
import { type ValidationResult, BlobRef } from '@atproto/lexicon'
import { CID } from 'multiformats/cid'
import { validate as _validate } from '../../../../lexicons'
import {
  type $Typed,
  is$typed as _is$typed,
  type OmitKey,
} from '../../../../util'
import type * as IoPocketenvActorDefs from '../actor/defs.js'

const is$typed = _is$typed,
  validate = _validate
const id = 'io.pocketenv.sandbox.defs'

/** A sandbox as the catalogue, creation and claim methods describe it. Which fields appear depends on the method. */
export interface SandboxViewBasic {
  $type?: 'io.pocketenv.sandbox.defs#sandboxViewBasic'
  /** Identifier of the sandbox (`sbx_…`). Every other method accepts it. */
  id?: string
  /** The at:// URI of the sandbox record. Absent or null for sandboxes created without an account. */
  uri?: string | null
  /** Name of the sandbox. The server picks it when the sandbox is created. */
  name?: string
  /** Human-friendly title of the sandbox. */
  displayName?: string | null
  /** The platform the sandbox runs on. */
  provider?:
    | 'cloudflare'
    | 'daytona'
    | 'deno'
    | 'vercel'
    | 'sprites'
    | 'modal'
    | 'e2b'
    | 'blaxel'
    | 'hopx'
    | 'runloop'
    | (string & {})
  /** Free text about the sandbox. */
  description?: string | null
  /** Tags attached to the sandbox. */
  topics?: (string | null)[]
  /** Git repository cloned into the sandbox. */
  repo?: string | null
  /** Address of a logo image. */
  logo?: string | null
  /** Address of a README for the sandbox. */
  readme?: string | null
  /** Virtual CPUs given to the sandbox. */
  vcpus?: number | null
  /** Memory given to the sandbox, in GB. */
  memory?: number | null
  /** Disk given to the sandbox, in GB. */
  disk?: number | null
  /** How many times the sandbox has been used as a base. */
  installs?: number
  /** When the sandbox was created. */
  createdAt?: string
}

const hashSandboxViewBasic = 'sandboxViewBasic'

export function isSandboxViewBasic<V>(v: V) {
  return is$typed(v, id, hashSandboxViewBasic)
}

export function validateSandboxViewBasic<V>(v: V) {
  return validate<SandboxViewBasic & V>(v, id, hashSandboxViewBasic)
}

/** A sandbox with its lifecycle state, as `getSandbox` and `getActorSandboxes` describe it. */
export interface SandboxViewDetailed {
  $type?: 'io.pocketenv.sandbox.defs#sandboxViewDetailed'
  /** Identifier of the sandbox (`sbx_…`). Every other method accepts it. */
  id?: string
  /** The at:// URI of the sandbox record. Absent or null for sandboxes created without an account. */
  uri?: string | null
  /** Name of the sandbox. The server picks it when the sandbox is created. */
  name?: string
  /** Human-friendly title of the sandbox. */
  displayName?: string | null
  /** The platform the sandbox runs on. */
  provider?:
    | 'cloudflare'
    | 'daytona'
    | 'deno'
    | 'vercel'
    | 'sprites'
    | 'modal'
    | 'e2b'
    | 'blaxel'
    | 'hopx'
    | 'runloop'
    | (string & {})
  /** Free text about the sandbox. */
  description?: string | null
  /** Tags attached to the sandbox. */
  topics?: (string | null)[]
  /** Git repository cloned into the sandbox. */
  repo?: string | null
  /** Address of a logo image. */
  logo?: string | null
  /** Address of a README for the sandbox. */
  readme?: string | null
  /** Virtual CPUs given to the sandbox. */
  vcpus?: number | null
  /** Memory given to the sandbox, in GB. */
  memory?: number | null
  /** Disk given to the sandbox, in GB. */
  disk?: number | null
  /** How many times the sandbox has been used as a base. */
  installs?: number
  /** When the sandbox was created. */
  createdAt?: string
  /** The template or sandbox this one was made from. */
  baseSandbox?: string | null
  /** Lifecycle state. Treat values you do not know as "unknown". */
  status?: 'INITIALIZING' | 'RUNNING' | 'STOPPED' | (string & {})
  /** When the sandbox last started. Absent when it never has. */
  startedAt?: string | null
  owner?: IoPocketenvActorDefs.ProfileViewDetailed | null
}

const hashSandboxViewDetailed = 'sandboxViewDetailed'

export function isSandboxViewDetailed<V>(v: V) {
  return is$typed(v, id, hashSandboxViewDetailed)
}

export function validateSandboxViewDetailed<V>(v: V) {
  return validate<SandboxViewDetailed & V>(v, id, hashSandboxViewDetailed)
}

/** Changes to the name, description, tags or repository of a sandbox. The server applies this kind. */
export interface SandboxDetailsPref {
  $type?: 'io.pocketenv.sandbox.defs#sandboxDetailsPref'
  /** New name for the sandbox. */
  name?: string
  /** New description. */
  description?: string | null
  /** New list of tags. */
  topics?: (string | null)[]
  /** New git repository. */
  repo?: string | null
  /** Ignored by the server. */
  vcpus?: number
  /** Ignored by the server. */
  memory?: number
  /** Ignored by the server. */
  disk?: number
  /** Ignored by the server. */
  readme?: string
}

const hashSandboxDetailsPref = 'sandboxDetailsPref'

export function isSandboxDetailsPref<V>(v: V) {
  return is$typed(v, id, hashSandboxDetailsPref)
}

export function validateSandboxDetailsPref<V>(v: V) {
  return validate<SandboxDetailsPref & V>(v, id, hashSandboxDetailsPref)
}

/** Accepted by the server and ignored. */
export interface SecretPref {
  $type?: 'io.pocketenv.sandbox.defs#secretPref'
  /** Name of the secret. */
  name?: string
  /** Value of the secret. */
  value?: string
}

const hashSecretPref = 'secretPref'

export function isSecretPref<V>(v: V) {
  return is$typed(v, id, hashSecretPref)
}

export function validateSecretPref<V>(v: V) {
  return validate<SecretPref & V>(v, id, hashSecretPref)
}

/** Accepted by the server and ignored. */
export interface VariablePref {
  $type?: 'io.pocketenv.sandbox.defs#variablePref'
  /** Name of the variable. */
  name?: string
  /** Value of the variable. */
  value?: string
}

const hashVariablePref = 'variablePref'

export function isVariablePref<V>(v: V) {
  return is$typed(v, id, hashVariablePref)
}

export function validateVariablePref<V>(v: V) {
  return validate<VariablePref & V>(v, id, hashVariablePref)
}

/** Accepted by the server and ignored. */
export interface FilePref {
  $type?: 'io.pocketenv.sandbox.defs#filePref'
  /** Name of the file. */
  name?: string
  /** Content of the file. */
  content?: string
  /** Whether the content is sealed. */
  encrypt?: boolean
  /** Where the file goes in the sandbox. */
  path?: string
}

const hashFilePref = 'filePref'

export function isFilePref<V>(v: V) {
  return is$typed(v, id, hashFilePref)
}

export function validateFilePref<V>(v: V) {
  return validate<FilePref & V>(v, id, hashFilePref)
}

/** Accepted by the server and ignored. */
export interface VolumePref {
  $type?: 'io.pocketenv.sandbox.defs#volumePref'
  /** Name of the volume. */
  name?: string
  /** Mount point in the sandbox. */
  path?: string
  /** Whether the volume is mounted read-only. */
  readOnly?: boolean
}

const hashVolumePref = 'volumePref'

export function isVolumePref<V>(v: V) {
  return is$typed(v, id, hashVolumePref)
}

export function validateVolumePref<V>(v: V) {
  return validate<VolumePref & V>(v, id, hashVolumePref)
}

/** Credentials for a sandbox provider. The server stores them and returns only the masked fields. */
export interface SandboxProviderPref {
  $type?: 'io.pocketenv.sandbox.defs#sandboxProviderPref'
  /** Which provider these credentials are for. */
  name:
    | 'daytona'
    | 'deno'
    | 'sprites'
    | 'vercel'
    | 'modal'
    | 'e2b'
    | 'hopx'
    | 'runloop'
    | (string & {})
  /** API key of the provider, sealed with the server public key. Only sent, never returned. */
  apiKey?: string
  /** Masked form of the API key, safe to display. */
  redactedApiKey?: string
  /** Organization at the provider (Daytona). */
  organizationId?: string
  /** Vercel project to create sandboxes in. */
  vercelProjectId?: string
  /** Vercel team that owns the project. */
  vercelTeamId?: string
  /** Modal token id, sealed with the server public key. */
  modalTokenId?: string
  /** Modal token secret, sealed with the server public key. */
  modalTokenSecret?: string
  /** Masked Modal token id. */
  redactedModalTokenId?: string
  /** Masked Modal token secret. */
  redactedModalTokenSecret?: string
  /** E2B API key, sealed with the server public key. */
  e2bApiKey?: string
  /** Masked E2B API key. */
  redactedE2bApiKey?: string
  /** Hopx API key, sealed with the server public key. */
  hopxApiKey?: string
  /** Masked Hopx API key. */
  redactedHopxApiKey?: string
  /** Runloop API key, sealed with the server public key. */
  runloopApiKey?: string
  /** Masked Runloop API key. */
  redactedRunloopApiKey?: string
}

const hashSandboxProviderPref = 'sandboxProviderPref'

export function isSandboxProviderPref<V>(v: V) {
  return is$typed(v, id, hashSandboxProviderPref)
}

export function validateSandboxProviderPref<V>(v: V) {
  return validate<SandboxProviderPref & V>(v, id, hashSandboxProviderPref)
}

export type Preferences = (
  | $Typed<SandboxDetailsPref>
  | $Typed<SecretPref>
  | $Typed<VariablePref>
  | $Typed<FilePref>
  | $Typed<VolumePref>
  | $Typed<SandboxProviderPref>
  | { $type: string }
)[]

/** The SSH key pair stored for a sandbox. */
export interface SshKeysView {
  $type?: 'io.pocketenv.sandbox.defs#sshKeysView'
  /** Identifier of the key pair. */
  id?: string
  /** The masked private key that was sent with it (an empty string when none was), never the key itself. */
  privateKey?: string
  /** The OpenSSH public key. */
  publicKey?: string
  /** When the key pair was stored. */
  createdAt?: string
}

const hashSshKeysView = 'sshKeysView'

export function isSshKeysView<V>(v: V) {
  return is$typed(v, id, hashSshKeysView)
}

export function validateSshKeysView<V>(v: V) {
  return validate<SshKeysView & V>(v, id, hashSshKeysView)
}

/** The Tailscale auth key stored for a sandbox. */
export interface TailscaleAuthKeyView {
  $type?: 'io.pocketenv.sandbox.defs#tailscaleAuthKeyView'
  /** Identifier of the stored key. */
  id?: string
  /** The masked auth key, never the key itself. */
  authKey?: string
  /** When the key was stored. */
  createdAt?: string
}

const hashTailscaleAuthKeyView = 'tailscaleAuthKeyView'

export function isTailscaleAuthKeyView<V>(v: V) {
  return is$typed(v, id, hashTailscaleAuthKeyView)
}

export function validateTailscaleAuthKeyView<V>(v: V) {
  return validate<TailscaleAuthKeyView & V>(v, id, hashTailscaleAuthKeyView)
}

/** A saved copy of a directory of a sandbox. */
export interface BackupViewBasic {
  $type?: 'io.pocketenv.sandbox.defs#backupViewBasic'
  /** Identifier of the backup, used to restore it. */
  id?: string
  /** The directory that was saved. */
  directory?: string
  /** The note given when the backup was made. */
  description?: string | null
  /** When the backup will be removed. Absent when it does not expire. */
  expiresAt?: string
  /** When the backup was made. */
  createdAt?: string
}

const hashBackupViewBasic = 'backupViewBasic'

export function isBackupViewBasic<V>(v: V) {
  return is$typed(v, id, hashBackupViewBasic)
}

export function validateBackupViewBasic<V>(v: V) {
  return validate<BackupViewBasic & V>(v, id, hashBackupViewBasic)
}
