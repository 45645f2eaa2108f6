/**
 * An exposed port of a sandbox, as the SDK returns it.
 */
import type { IoPocketenvPortDefs } from '../generated/xrpc/index.js'
import { nonEmptyStringOrNull, stringOrNull } from './wire-values.js'

/** A port of a sandbox reachable from the internet. Port 1024 is VS Code. */
export interface Port {
  /** The port inside the sandbox. */
  port: number
  /** The note given when it was exposed. */
  description: string | null
  /** Public address that forwards to the port. */
  previewUrl: string | null
}

/** Maps a port view. */
export function portFromView(view: IoPocketenvPortDefs.PortView): Port {
  return { port: view.port, description: stringOrNull(view.description), previewUrl: nonEmptyStringOrNull(view.previewUrl) }
}
