/**
 * The services of a sandbox: long-running processes (a web server, a
 * worker) that the platform starts with the sandbox.
 */
import type { IoPocketenvServiceDefs } from '../generated/xrpc/index.js'
import { callSettings } from './call-settings.js'
import type { CallOptions } from './config.js'
import type { Pocketenv } from './pocketenv.js'
import { requireId, requireString } from './sandbox-collection.js'
import { ValidationError } from './errors.js'
import { dateOrNull, stringOrNull } from './wire-values.js'

/** Whether a service runs: the server's `RUNNING` and `STOPPED`, and `"unknown"` for anything else. */
export type ServiceStatus = 'running' | 'stopped' | 'unknown'

/** A service of a sandbox. The server does not return its ports. */
export interface Service {
  /** Identifier, for `update`, `start`, `stop`, `restart` and `delete`. */
  id: string
  /** Name, unique within the sandbox. */
  name: string
  /** The shell command that runs it. */
  command: string
  /** Free text about it. */
  description: string | null
  /** Whether it runs. */
  status: ServiceStatus
  /** When it was added. */
  createdAt: Date | null
}

/** What a service is. */
export interface ServiceDefinition {
  /** Name, unique within the sandbox. */
  name: string
  /** The shell command that runs it. */
  command: string
  /** Free text about it. */
  description?: string
  /** Ports it listens on; they are exposed when it starts. */
  ports?: number[]
}

/**
 * The services of a sandbox, as `sandbox.services`.
 *
 * @example
 * ```ts
 * await sandbox.services.add({ name: 'web', command: 'npm start', ports: [3000] })
 * const [web] = await sandbox.services.list()
 * await sandbox.services.restart(web.id)
 * ```
 */
export class Services {
  /** @param sandboxId the sandbox's id */
  constructor(
    private readonly sandboxId: string,
    private readonly client: Pocketenv,
  ) {}

  /** Adds a service; the server starts it at once when the sandbox is running. Resolves once done. */
  async add(definition: ServiceDefinition, options: CallOptions = {}): Promise<void> {
    await this.api.addService({ service: serviceInput(definition) }, { qp: { sandboxId: this.sandboxId }, ...callSettings(options, 'required') })
  }

  /** Lists every service of the sandbox (the API does not page them). */
  async list(options: CallOptions = {}): Promise<Service[]> {
    const { data } = await this.api.getServices({ sandboxId: this.sandboxId }, callSettings(options, 'required'))
    return (data.services ?? []).map(serviceFromView)
  }

  /** Replaces the definition of a service, without restarting it. Resolves once done. */
  async update(serviceId: string, definition: ServiceDefinition, options: CallOptions = {}): Promise<void> {
    requireId(serviceId, 'serviceId')
    await this.api.updateService({ service: serviceInput(definition) }, { qp: { serviceId }, ...callSettings(options, 'required') })
  }

  /** Starts a service; nothing happens when it already runs. */
  start(serviceId: string, options: CallOptions = {}): Promise<void> {
    return this.act('startService', serviceId, options)
  }

  /** Stops a service; nothing happens when it is already stopped. */
  stop(serviceId: string, options: CallOptions = {}): Promise<void> {
    return this.act('stopService', serviceId, options)
  }

  /** Stops and starts a service again. */
  restart(serviceId: string, options: CallOptions = {}): Promise<void> {
    return this.act('restartService', serviceId, options)
  }

  /** Stops and removes a service. */
  delete(serviceId: string, options: CallOptions = {}): Promise<void> {
    return this.act('deleteService', serviceId, options)
  }

  private get api() {
    return this.client.xrpc.io.pocketenv.service
  }

  private async act(method: 'startService' | 'stopService' | 'restartService' | 'deleteService', serviceId: string, options: CallOptions): Promise<void> {
    requireId(serviceId, 'serviceId')
    await this.api[method](undefined, { qp: { serviceId }, ...callSettings(options, 'required') })
  }
}

function serviceInput(definition: ServiceDefinition): IoPocketenvServiceDefs.Service {
  requireString('name', definition?.name)
  requireString('command', definition.command)
  if (definition.ports !== undefined && (!Array.isArray(definition.ports) || !definition.ports.every((port) => Number.isInteger(port) && port > 0 && port <= 65535))) {
    throw new ValidationError('ports', 'must be an array of port numbers (1–65535)')
  }
  const input: IoPocketenvServiceDefs.Service = { name: definition.name, command: definition.command }
  if (definition.description !== undefined) input.description = definition.description
  if (definition.ports !== undefined) input.ports = [...definition.ports]
  return input
}

function serviceFromView(view: IoPocketenvServiceDefs.ServiceView): Service {
  return {
    id: view.id ?? '',
    name: view.name ?? '',
    command: view.command ?? '',
    description: stringOrNull(view.description),
    status: view.status === 'RUNNING' ? 'running' : view.status === 'STOPPED' ? 'stopped' : 'unknown',
    createdAt: dateOrNull(view.createdAt),
  }
}
