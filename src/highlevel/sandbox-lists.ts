/**
 * The two sandbox listings: the public template catalogue, and the
 * sandboxes of one account.
 */
import { callSettings } from './call-settings.js'
import type { CallOptions } from './config.js'
import { ValidationError } from './errors.js'
import type { Pocketenv } from './pocketenv.js'
import { paginate, type RawPage } from './paginate.js'
import { sandboxFromView, type Sandbox } from './sandbox.js'
import type { IterateOptions } from './sandbox-collection.js'
import type { TransportCallSettings } from './transport.js'

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
  const offset = options.offset ?? 0
  return page(await fetchCatalog(client, { limit: options.limit ?? 30, offset }, callSettings(options, 'optional')), offset)
}

/** Lists the sandboxes of an account (a DID or a handle), newest first. No token is needed. */
export async function listByActor(client: Pocketenv, actor: string, options: ActorListOptions = {}): Promise<SandboxPage> {
  requireActor(actor)
  const offset = options.offset ?? 0
  const paging = { limit: options.limit ?? 30, offset }
  return page(await fetchByActor(client, actor, paging, options.isRunning, callSettings(options, 'optional')), offset)
}

/** Walks the whole template catalogue. */
export function iterateCatalog(client: Pocketenv, options: IterateOptions = {}): AsyncGenerator<Sandbox, void, undefined> {
  const settings = callSettings(options, 'optional')
  return paginate((offset, limit) => fetchCatalog(client, { limit, offset }, settings), options.pageSize)
}

/** Walks every sandbox of an account. */
export function iterateByActor(client: Pocketenv, actor: string, options: IterateOptions & { isRunning?: boolean } = {}): AsyncGenerator<Sandbox, void, undefined> {
  requireActor(actor)
  const settings = callSettings(options, 'optional')
  return paginate((offset, limit) => fetchByActor(client, actor, { limit, offset }, options.isRunning, settings), options.pageSize)
}

async function fetchCatalog(client: Pocketenv, paging: { limit: number; offset: number }, settings: TransportCallSettings): Promise<RawPage<Sandbox>> {
  const { data } = await client.xrpc.io.pocketenv.sandbox.getSandboxes(paging, settings)
  return { items: (data.sandboxes ?? []).map((view) => sandboxFromView(view, client)), total: data.total }
}

async function fetchByActor(
  client: Pocketenv,
  actor: string,
  paging: { limit: number; offset: number },
  isRunning: boolean | undefined,
  settings: TransportCallSettings,
): Promise<RawPage<Sandbox>> {
  const params = isRunning === undefined ? { did: actor, ...paging } : { did: actor, ...paging, isRunning }
  const { data } = await client.xrpc.io.pocketenv.actor.getActorSandboxes(params, settings)
  return { items: (data.sandboxes ?? []).map((view) => sandboxFromView(view, client)), total: data.total }
}

function requireActor(actor: string): void {
  if (typeof actor !== 'string' || actor.trim() === '') throw new ValidationError('did', 'must be a DID or a handle')
}

function page(raw: RawPage<Sandbox>, offset: number): SandboxPage {
  return { sandboxes: raw.items, total: raw.total ?? offset + raw.items.length }
}
