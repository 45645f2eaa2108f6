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
const id = 'io.pocketenv.port.defs'

/** A port of a sandbox that is reachable from the internet. */
export interface PortView {
  $type?: 'io.pocketenv.port.defs#portView'
  /** The port inside the sandbox. 1024 is the port the server reserves for VS Code. */
  port: number
  /** The note given when the port was exposed. */
  description?: string | null
  /** Public address that forwards to the port. */
  previewUrl?: string | null
}

const hashPortView = 'portView'

export function isPortView<V>(v: V) {
  return is$typed(v, id, hashPortView)
}

export function validatePortView<V>(v: V) {
  return validate<PortView & V>(v, id, hashPortView)
}
