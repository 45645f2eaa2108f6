/**
 * A Pocketenv account, as the SDK returns it, and how to fetch one.
 */
import type { IoPocketenvActorDefs } from '../generated/xrpc/index.js'
import { callSettings } from './call-settings.js'
import type { CallOptions } from './config.js'
import { NotFoundError, ValidationError } from './errors.js'
import type { Pocketenv } from './pocketenv.js'
import { dateOrNull, stringOrNull } from './wire-values.js'

/** A Pocketenv user. Missing values are `null`. */
export interface Profile {
  /** Server-side identifier of the user. */
  id: string | null
  /** Decentralized identifier, such as `did:plc:…`. */
  did: string
  /** Handle, such as `alice.bsky.social`. */
  handle: string
  /** Public display name. */
  displayName: string | null
  /** Address of the avatar image. */
  avatar: string | null
  /** When Pocketenv first saw the account. */
  createdAt: Date | null
  /** When the profile was last refreshed. */
  updatedAt: Date | null
}

/** Maps a profile view; `null` when it lacks a DID or a handle (the server's way of saying it has none). */
export function profileFromView(view: IoPocketenvActorDefs.ProfileViewDetailed | null | undefined): Profile | null {
  if (!view || typeof view.did !== 'string' || typeof view.handle !== 'string') return null
  return {
    id: stringOrNull(view.id),
    did: view.did,
    handle: view.handle,
    displayName: stringOrNull(view.displayName),
    avatar: stringOrNull(view.avatar),
    createdAt: dateOrNull(view.createdAt),
    updatedAt: dateOrNull(view.updatedAt),
  }
}

/**
 * Fetches the profile of `actor` (a DID or a handle), or of the token's
 * account when `actor` is `undefined`.
 *
 * @throws {NotFoundError} when the server cannot load the profile (it answers `{}` then)
 */
export async function fetchProfile(client: Pocketenv, actor: string | undefined, options: CallOptions = {}): Promise<Profile> {
  if (actor !== undefined && (typeof actor !== 'string' || actor.trim() === '')) {
    throw new ValidationError('did', 'must be a DID or a handle')
  }
  const params = actor === undefined ? {} : { did: actor }
  const { data } = await client.xrpc.io.pocketenv.actor.getProfile(params, callSettings(options, actor === undefined ? 'required' : 'optional'))
  const profile = profileFromView(data)
  if (profile) return profile
  const who = actor ?? 'the account of this token'
  throw new NotFoundError(
    { status: 200, error: undefined, message: `no profile for ${who}`, headers: {} },
    `Pocketenv could not load the profile of ${who} (the server answered an empty profile).`,
  )
}
