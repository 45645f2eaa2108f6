/**
 * Walks every page of a listing. The API pages with `limit` and `offset`
 * only; it reports a `total`, except when a list handler fails, where it
 * answers an empty page without one.
 */

/** One page, as the walker needs it. */
export interface RawPage<Item> {
  /** The items of the page. */
  items: Item[]
  /** The total across all pages, when the server reported one. */
  total: number | undefined
}

/** The default page size of the iterators. */
export const DEFAULT_PAGE_SIZE = 100

/**
 * Yields every item, fetching `pageSize` at a time. Stops at the reported
 * total and at the first empty page, so an answer without `total` can never
 * loop forever.
 */
export async function* paginate<Item>(
  fetchPage: (offset: number, limit: number) => Promise<RawPage<Item>>,
  pageSize: number = DEFAULT_PAGE_SIZE,
): AsyncGenerator<Item, void, undefined> {
  let offset = 0
  for (;;) {
    const page = await fetchPage(offset, pageSize)
    if (page.items.length === 0) return
    yield* page.items
    offset += page.items.length
    if (page.total !== undefined && offset >= page.total) return
  }
}
