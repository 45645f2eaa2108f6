/**
 * Creating a sandbox.
 */
import type { IoPocketenvSandboxCreateSandbox } from '../generated/xrpc/index.js'
import { callSettings, definedFields } from './call-settings.js'
import type { CallOptions } from './config.js'
import type { Pocketenv } from './pocketenv.js'
import { sandboxFromView } from './sandbox.js'
import { SandboxPromise } from './sandbox-promise.js'

/** A platform sandboxes run on. `blaxel` is restricted by the server. */
export type SandboxProvider = NonNullable<IoPocketenvSandboxCreateSandbox.InputSchema['provider']>

/** The official openclaw template, used when no `base` is given. */
export const DEFAULT_BASE = 'at://did:plc:aturpi2ls3yvsmhc6wybomun/io.pocketenv.sandbox/openclaw'

/** The provider used when none is given. */
export const DEFAULT_PROVIDER: SandboxProvider = 'cloudflare'

/** Options of {@link Pocketenv.createSandbox}. */
export interface CreateSandboxOptions extends CallOptions {
  /**
   * The template to start from: an at:// URI, or the name or id of a sandbox.
   * @default the official openclaw image, `at://did:plc:aturpi2ls3yvsmhc6wybomun/io.pocketenv.sandbox/openclaw`
   */
  base?: string
  /**
   * The platform to run on.
   * @default "cloudflare"
   */
  provider?: SandboxProvider
  /**
   * Git repository to clone when the sandbox starts. When you already have a
   * sandbox with this repository and base, the server starts that one and
   * returns it instead of creating another.
   */
  repo?: string
  /** Keep the sandbox running when it is idle. */
  keepAlive?: boolean
}

/** Creates a sandbox; see {@link Pocketenv.createSandbox}. */
export function createSandbox(client: Pocketenv, name: string, options: CreateSandboxOptions = {}): SandboxPromise {
  return SandboxPromise.of(
    (async () => {
      const input = definedFields({
        base: options.base ?? DEFAULT_BASE,
        name,
        provider: options.provider ?? DEFAULT_PROVIDER,
        repo: options.repo,
        keepAlive: options.keepAlive,
      }) as IoPocketenvSandboxCreateSandbox.InputSchema
      const { data } = await client.xrpc.io.pocketenv.sandbox.createSandbox(input, callSettings(options, 'required'))
      return sandboxFromView(data, client)
    })(),
  )
}
