/**
 * The API says "no such thing" in several ways; the lookups of the SDK answer
 * `null` for all of them. The empty-body forms are handled where the answer
 * is read; this handles the 404.
 */
import { NotFoundError } from './errors.js'

/**
 * Resolves with what `lookup` resolves with, or with `null` when it rejects
 * with a {@link NotFoundError}. Any other error is passed on.
 */
export async function nullWhenNotFound<T>(lookup: Promise<T>): Promise<T | null> {
  try {
    return await lookup
  } catch (error) {
    if (error instanceof NotFoundError) return null
    throw error
  }
}
