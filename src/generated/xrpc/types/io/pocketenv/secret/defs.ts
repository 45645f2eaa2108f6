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

const is$typed = _is$typed,
  validate = _validate
const id = 'io.pocketenv.secret.defs'

/** A secret to store for a sandbox. */
export interface Secret {
  $type?: 'io.pocketenv.secret.defs#secret'
  /** Internal id (`sbx_…`) of the sandbox. A name does not work here, and a secret stored without it never shows up in a listing. */
  sandboxId?: string
  /** Name of the environment variable the secret becomes. */
  name: string
  /** The value, sealed with the server public key and encoded as unpadded base64url. */
  value: string
}

const hashSecret = 'secret'

export function isSecret<V>(v: V) {
  return is$typed(v, id, hashSecret)
}

export function validateSecret<V>(v: V) {
  return validate<Secret & V>(v, id, hashSecret)
}

/** A stored secret. Its value is never returned. */
export interface SecretView {
  $type?: 'io.pocketenv.secret.defs#secretView'
  /** Identifier of the secret. */
  id?: string
  /** Name of the secret. */
  name?: string
  /** When the secret was stored. */
  createdAt?: string
}

const hashSecretView = 'secretView'

export function isSecretView<V>(v: V) {
  return is$typed(v, id, hashSecretView)
}

export function validateSecretView<V>(v: V) {
  return validate<SecretView & V>(v, id, hashSecretView)
}
