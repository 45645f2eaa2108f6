/**
 * What secrets, variables, files and volumes of a sandbox have in common:
 * paged listing, walking every page, fetching one, deleting one. Each kind
 * adds only how it is stored and read (see `secrets.ts`, `variables.ts`,
 * `files.ts`, `volumes.ts`).
 */
import { callSettings } from './call-settings.js'
import type { CallOptions } from './config.js'
import { ValidationError } from './errors.js'
import { nullWhenNotFound } from './not-found.js'
import { paginate, type RawPage } from './paginate.js'
import type { Pocketenv } from './pocketenv.js'
import type { TransportCallSettings } from './transport.js'

/** One page of a sandbox's items. */
export interface Page<Item> {
  /** The items of this page. */
  items: Item[]
  /** How many there are across all pages (when the server does not say, the number seen up to the end of this page). */
  total: number
}

/** Paging options of `list`. */
export interface PageOptions extends CallOptions {
  /**
   * How many items to return at most.
   * @default 20
   */
  limit?: number
  /**
   * How many to skip.
   * @default 0
   */
  offset?: number
}

/** Options of `all`. */
export interface IterateOptions extends CallOptions {
  /**
   * How many items to fetch per request.
   * @default 100
   */
  pageSize?: number
}

/** The items of one kind that belong to a sandbox. */
export abstract class SandboxCollection<Item> {
  /** @param sandboxId the sandbox's internal id (`sbx_…`) */
  constructor(
    protected readonly sandboxId: string,
    protected readonly client: Pocketenv,
  ) {}

  /** One page of items, straight from the server. */
  protected abstract fetchPage(paging: { limit: number; offset: number }, settings: TransportCallSettings): Promise<RawPage<Item>>

  /** One item, or `null` when the server has none with this id. */
  protected abstract fetchOne(id: string, settings: TransportCallSettings): Promise<Item | null>

  /** Deletes one item. */
  protected abstract remove(id: string, settings: TransportCallSettings): Promise<void>

  /**
   * Lists one page.
   *
   * @example
   * ```ts
   * const { items, total } = await sandbox.secrets.list({ limit: 20, offset: 0 })
   * ```
   */
  async list(options: PageOptions = {}): Promise<Page<Item>> {
    const offset = options.offset ?? 0
    const page = await this.fetchPage({ limit: options.limit ?? 20, offset }, callSettings(options, 'required'))
    return { items: page.items, total: page.total ?? offset + page.items.length }
  }

  /**
   * Walks every item, page after page.
   *
   * @example
   * ```ts
   * for await (const secret of sandbox.secrets.all()) console.log(secret.name)
   * ```
   */
  all(options: IterateOptions = {}): AsyncGenerator<Item, void, undefined> {
    const settings = callSettings(options, 'required')
    return paginate((offset, limit) => this.fetchPage({ limit, offset }, settings), options.pageSize)
  }

  /**
   * Fetches one item by id.
   *
   * @returns the item, or `null` when there is none (the server answers `{}` or 404 then)
   */
  async get(id: string, options: CallOptions = {}): Promise<Item | null> {
    requireId(id)
    return nullWhenNotFound(this.fetchOne(id, callSettings(options, 'required')))
  }

  /** Deletes one item by id. Resolves once the server has done it. */
  async delete(id: string, options: CallOptions = {}): Promise<void> {
    requireId(id)
    await this.remove(id, callSettings(options, 'required'))
  }
}

/** @throws {ValidationError} unless `id` is a non-empty string */
export function requireId(id: string, field = 'id'): void {
  if (typeof id !== 'string' || id.trim() === '') throw new ValidationError(field, 'must be a non-empty string')
}

/** @throws {ValidationError} unless `value` is a string (empty allowed when `allowEmpty`) */
export function requireString(field: string, value: unknown, allowEmpty = false): asserts value is string {
  if (typeof value !== 'string' || (!allowEmpty && value.trim() === '')) {
    throw new ValidationError(field, allowEmpty ? 'must be a string' : 'must be a non-empty string')
  }
}
