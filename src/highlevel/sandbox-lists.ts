/**
 * The two sandbox listings: the public template catalogue, and the
 * sandboxes of one account.
 */
import { callSettings } from './call-settings.js'
import type { CallOptions } from './config.js'
import { ValidationError } from './errors.js'
import type { Pocketenv } from './pocketenv.js'
import { sandboxFromView, type Sandbox } from './sandbox.js'

/** Paging options of a listing. */
export interface ListOptions extends CallOptions {
  /**
   * How many sandboxes to return at most.
   * @default 30
   */
  limit?: number
  /**
   * How many to skip.
   * @default 0
   */
  offset?: number
}

/** Options of {@link Pocketenv.listSandboxesByActor}. */
export interface ActorListOptions extends ListOptions {
  /** `true` for running sandboxes only, `false` for stopped ones only (initializing ones match neither). */
  isRunning?: boolean
}

/** One page of a listing. */
export interface SandboxPage {
  /** The sandboxes of this page. */
  sandboxes: Sandbox[]
  /**
   * How many sandboxes there are across all pages. When the server does not
   * say (it leaves the count out when it fails), the number seen up to the end of this page.
   */
  total: number
}

/** Lists the public template catalogue, most used first. No token is needed. */
export async function listCatalog(client: Pocketenv, options: ListOptions = {}): Promise<SandboxPage> {
  const { limit, offset } = paging(options)
  const { data } = await client.xrpc.io.pocketenv.sandbox.getSandboxes({ limit, offset }, callSettings(options, 'optional'))
  return page(client, data, offset)
}

/** Lists the sandboxes of an account (a DID or a handle), newest first. No token is needed. */
export async function listByActor(client: Pocketenv, actor: string, options: ActorListOptions = {}): Promise<SandboxPage> {
  if (typeof actor !== 'string' || actor.trim() === '') throw new ValidationError('did', 'must be a DID or a handle')
  const { limit, offset } = paging(options)
  const params = options.isRunning === undefined ? { did: actor, limit, offset } : { did: actor, limit, offset, isRunning: options.isRunning }
  const { data } = await client.xrpc.io.pocketenv.actor.getActorSandboxes(params, callSettings(options, 'optional'))
  return page(client, data, offset)
}

function paging(options: ListOptions): { limit: number; offset: number } {
  return { limit: options.limit ?? 30, offset: options.offset ?? 0 }
}

function page(
  client: Pocketenv,
  data: { sandboxes?: Parameters<typeof sandboxFromView>[0][]; total?: number },
  offset: number,
): SandboxPage {
  const sandboxes = (data.sandboxes ?? []).map((view) => sandboxFromView(view, client))
  return { sandboxes, total: typeof data.total === 'number' ? data.total : offset + sandboxes.length }
}
