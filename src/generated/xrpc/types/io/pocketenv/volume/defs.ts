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
const id = 'io.pocketenv.volume.defs'

/** A persistent volume to create or change. */
export interface Volume {
  $type?: 'io.pocketenv.volume.defs#volume'
  /** The sandbox (id or name) to attach the volume to. The volume is attached only when `path` is given too. */
  sandboxId?: string
  /** Name of the volume. */
  name: string
  /** Mount point in the sandbox, such as `/data`. */
  path?: string
  /** Accepted and ignored: the server neither stores nor applies it. */
  readOnly?: boolean
}

const hashVolume = 'volume'

export function isVolume<V>(v: V) {
  return is$typed(v, id, hashVolume)
}

export function validateVolume<V>(v: V) {
  return validate<Volume & V>(v, id, hashVolume)
}

/** A volume attached to a sandbox. */
export interface VolumeView {
  $type?: 'io.pocketenv.volume.defs#volumeView'
  /** Identifier of the attachment of the volume to the sandbox. */
  id?: string
  /** Name of the volume. */
  name?: string | null
  /** Mount point in the sandbox. */
  path?: string
  /** When the volume was attached. */
  createdAt?: string
  /** When the attachment last changed. */
  updatedAt?: string
}

const hashVolumeView = 'volumeView'

export function isVolumeView<V>(v: V) {
  return is$typed(v, id, hashVolumeView)
}

export function validateVolumeView<V>(v: V) {
  return validate<VolumeView & V>(v, id, hashVolumeView)
}
