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
const id = 'io.pocketenv.variable.defs'

/** An environment variable to set in a sandbox. */
export interface Variable {
  $type?: 'io.pocketenv.variable.defs#variable'
  /** Internal id (`sbx_…`) of the sandbox. A name does not work here, and a variable stored without it never shows up in a listing. */
  sandboxId?: string
  /** Name of the environment variable. */
  name: string
  /** Value of the variable, stored and returned in clear. */
  value: string
}

const hashVariable = 'variable'

export function isVariable<V>(v: V) {
  return is$typed(v, id, hashVariable)
}

export function validateVariable<V>(v: V) {
  return validate<Variable & V>(v, id, hashVariable)
}

/** A stored environment variable. */
export interface VariableView {
  $type?: 'io.pocketenv.variable.defs#variableView'
  /** Identifier of the variable (`var_…`). */
  id?: string
  /** Name of the variable. */
  name?: string
  /** Value of the variable. */
  value?: string
  /** When the variable was stored. */
  createdAt?: string
  /** When the variable was last changed. */
  updatedAt?: string
}

const hashVariableView = 'variableView'

export function isVariableView<V>(v: V) {
  return is$typed(v, id, hashVariableView)
}

export function validateVariableView<V>(v: V) {
  return validate<VariableView & V>(v, id, hashVariableView)
}
