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
const id = 'io.pocketenv.actor.defs'

/** A Pocketenv user. Every field may be missing: the server answers `{}` when it cannot load the profile. */
export interface ProfileViewDetailed {
  $type?: 'io.pocketenv.actor.defs#profileViewDetailed'
  /** Server-side identifier of the user row. */
  id?: string
  /** Decentralized identifier of the account. */
  did?: string
  /** Handle of the account, such as `alice.bsky.social`. */
  handle?: string
  /** Name the account shows publicly, copied from its Bluesky profile. */
  displayName?: string | null
  /** Address of the avatar image. */
  avatar?: string | null
  /** When Pocketenv first saw this account. */
  createdAt?: string
  /** When Pocketenv last refreshed this profile. */
  updatedAt?: string
}

const hashProfileViewDetailed = 'profileViewDetailed'

export function isProfileViewDetailed<V>(v: V) {
  return is$typed(v, id, hashProfileViewDetailed)
}

export function validateProfileViewDetailed<V>(v: V) {
  return validate<ProfileViewDetailed & V>(v, id, hashProfileViewDetailed)
}
