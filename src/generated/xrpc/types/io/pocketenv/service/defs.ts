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
const id = 'io.pocketenv.service.defs'

/** A long-running process of a sandbox. */
export interface Service {
  $type?: 'io.pocketenv.service.defs#service'
  /** Name of the service, unique within its sandbox. */
  name: string
  /** Shell command that runs the service. */
  command: string
  /** Free text about the service. */
  description?: string
  /** Ports the service listens on; they are exposed when the service starts. */
  ports?: number[]
}

const hashService = 'service'

export function isService<V>(v: V) {
  return is$typed(v, id, hashService)
}

export function validateService<V>(v: V) {
  return validate<Service & V>(v, id, hashService)
}

/** A service as the server lists it. Its ports are not returned. */
export interface ServiceView {
  $type?: 'io.pocketenv.service.defs#serviceView'
  /** Identifier of the service. */
  id?: string
  /** What the service is called. */
  name?: string
  /** Shell command that runs the service. */
  command?: string
  /** Free text about the service. */
  description?: string | null
  /** Whether the service runs. */
  status?: 'RUNNING' | 'STOPPED' | (string & {})
  /** When the service was added. */
  createdAt?: string
}

const hashServiceView = 'serviceView'

export function isServiceView<V>(v: V) {
  return is$typed(v, id, hashServiceView)
}

export function validateServiceView<V>(v: V) {
  return validate<ServiceView & V>(v, id, hashServiceView)
}
