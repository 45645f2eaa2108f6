/**
 * The environment variables of a sandbox, stored and returned in clear.
 * Use `sandbox.secrets` for anything sensitive.
 */
import type { IoPocketenvVariableDefs } from '../generated/xrpc/index.js'
import { callSettings } from './call-settings.js'
import type { CallOptions } from './config.js'
import type { RawPage } from './paginate.js'
import { requireId, requireString, SandboxCollection } from './sandbox-collection.js'
import type { TransportCallSettings } from './transport.js'
import { dateOrNull } from './wire-values.js'

/** A stored environment variable. */
export interface Variable {
  /** Identifier, for `get`, `update` and `delete`. */
  id: string
  /** Name of the variable. */
  name: string
  /** Its value. */
  value: string
  /** When it was stored. */
  createdAt: Date | null
  /** When it last changed. */
  updatedAt: Date | null
}

/** The new name and value of a variable. */
export interface VariableChange {
  /** Name of the variable. */
  name: string
  /** Its value. */
  value: string
}

/**
 * The environment variables of a sandbox, as `sandbox.variables`.
 *
 * @example
 * ```ts
 * await sandbox.variables.put('NODE_ENV', 'production')
 * const { items } = await sandbox.variables.list()
 * ```
 */
export class Variables extends SandboxCollection<Variable> {
  /** Stores a variable. Resolves once stored (the server answers nothing). */
  async put(name: string, value: string, options: CallOptions = {}): Promise<void> {
    requireString('name', name)
    requireString('value', value, true)
    await this.client.xrpc.io.pocketenv.variable.addVariable({ variable: { sandboxId: this.sandboxId, name, value } }, callSettings(options, 'required'))
  }

  /** Replaces the name and the value of a variable. Resolves once done (the server answers nothing). */
  async update(id: string, change: VariableChange, options: CallOptions = {}): Promise<void> {
    requireId(id)
    requireString('name', change?.name)
    requireString('value', change.value, true)
    await this.client.xrpc.io.pocketenv.variable.updateVariable(
      { id, variable: { sandboxId: this.sandboxId, name: change.name, value: change.value } },
      callSettings(options, 'required'),
    )
  }

  protected async fetchPage(paging: { limit: number; offset: number }, settings: TransportCallSettings): Promise<RawPage<Variable>> {
    const { data } = await this.client.xrpc.io.pocketenv.variable.getVariables({ sandboxId: this.sandboxId, ...paging }, settings)
    return { items: (data.variables ?? []).map(variableFromView), total: data.total }
  }

  protected async fetchOne(id: string, settings: TransportCallSettings): Promise<Variable | null> {
    const { data } = await this.client.xrpc.io.pocketenv.variable.getVariable({ id }, settings)
    return data.variable ? variableFromView(data.variable) : null
  }

  protected async remove(id: string, settings: TransportCallSettings): Promise<void> {
    await this.client.xrpc.io.pocketenv.variable.deleteVariable(undefined, { qp: { id }, ...settings })
  }
}

function variableFromView(view: IoPocketenvVariableDefs.VariableView): Variable {
  return {
    id: view.id ?? '',
    name: view.name ?? '',
    value: view.value ?? '',
    createdAt: dateOrNull(view.createdAt),
    updatedAt: dateOrNull(view.updatedAt),
  }
}
