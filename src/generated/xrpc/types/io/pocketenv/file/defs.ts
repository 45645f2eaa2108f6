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
const id = 'io.pocketenv.file.defs'

/** A file to place in a sandbox. */
export interface File {
  $type?: 'io.pocketenv.file.defs#file'
  /** The sandbox (id or name) the file belongs to. A file added without it is stored but attached to nothing. */
  sandboxId?: string
  /** Where the file is written in the sandbox, for example `/app/.env`. */
  path: string
  /** The file content, sealed with the server public key and encoded as unpadded base64url. The server stores it as sent and decrypts it when the sandbox starts. */
  content: string
}

const hashFile = 'file'

export function isFile<V>(v: V) {
  return is$typed(v, id, hashFile)
}

export function validateFile<V>(v: V) {
  return validate<File & V>(v, id, hashFile)
}

/** A file of a sandbox. The content is never returned. */
export interface FileView {
  $type?: 'io.pocketenv.file.defs#fileView'
  /** Identifier of the file (`file_…`). */
  id?: string
  /** Where the file is written in the sandbox. */
  path?: string
  /** When the file was added. */
  createdAt?: string
  /** When the file was last changed. */
  updatedAt?: string
}

const hashFileView = 'fileView'

export function isFileView<V>(v: V) {
  return is$typed(v, id, hashFileView)
}

export function validateFileView<V>(v: V) {
  return validate<FileView & V>(v, id, hashFileView)
}
