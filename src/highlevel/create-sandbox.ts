/**
 * Creating a sandbox.
 */
import type { IoPocketenvSandboxCreateSandbox } from '../generated/xrpc/index.js'
import { callSettings, definedFields } from './call-settings.js'
import type { CallOptions } from './config.js'
import { sealCredentials } from './credentials.js'
import { sealerFor } from './sealing.js'
import type { Pocketenv } from './pocketenv.js'
import { PocketenvError } from './errors.js'
import { sandboxFromView, type Sandbox } from './sandbox.js'
import { SandboxPromise } from './sandbox-promise.js'

/** A platform sandboxes run on. `blaxel` is restricted by the server. */
export type SandboxProvider = NonNullable<IoPocketenvSandboxCreateSandbox.InputSchema['provider']>

/** The official openclaw template, used when no `base` is given. */
export const DEFAULT_BASE = 'at://did:plc:aturpi2ls3yvsmhc6wybomun/io.pocketenv.sandbox/openclaw'

/** The provider used when none is given. */
export const DEFAULT_PROVIDER: SandboxProvider = 'cloudflare'

/**
 * Credentials of the chosen provider, for accounts that bring their own.
 * Keys and tokens are sealed before sending, each with a masked copy for
 * display; identifiers (organization, project, team) go in clear.
 */
export interface ProviderCredentialOptions {
  /** Daytona API key. */
  daytonaApiKey?: string
  /** Daytona organization. */
  daytonaOrganizationId?: string
  /** Vercel API token. */
  vercelApiToken?: string
  /** Vercel project. */
  vercelProjectId?: string
  /** Vercel team. */
  vercelTeamId?: string
  /** Deno Deploy token. */
  denoDeployToken?: string
  /** Sprites token. */
  spriteToken?: string
  /** Modal token id. */
  modalTokenId?: string
  /** Modal token secret. */
  modalTokenSecret?: string
  /** E2B API key. */
  e2bApiKey?: string
  /** Hopx API key. */
  hopxApiKey?: string
  /** Runloop API key. */
  runloopApiKey?: string
}

/** Options of {@link Pocketenv.createSandbox}. */
export interface CreateSandboxOptions extends CallOptions, ProviderCredentialOptions {
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
  /**
   * Environment variables to store once the sandbox exists. The API cannot
   * take them at creation (it refuses `envs`), so they are added right after.
   */
  variables?: Record<string, string>
  /** Secrets to store, sealed, once the sandbox exists (the API refuses `secrets` at creation). */
  secrets?: Record<string, string>
}

/** Creates a sandbox; see {@link Pocketenv.createSandbox}. */
export function createSandbox(client: Pocketenv, name: string, options: CreateSandboxOptions = {}): SandboxPromise {
  return SandboxPromise.of(
    (async () => {
      const credentials = {
        daytonaApiKey: options.daytonaApiKey,
        vercelApiToken: options.vercelApiToken,
        denoDeployToken: options.denoDeployToken,
        spriteToken: options.spriteToken,
        modalTokenId: options.modalTokenId,
        modalTokenSecret: options.modalTokenSecret,
        e2bApiKey: options.e2bApiKey,
        hopxApiKey: options.hopxApiKey,
        runloopApiKey: options.runloopApiKey,
      }
      // The sealing code is loaded only when there is something to seal.
      const sealed = Object.values(credentials).some((value) => value !== undefined) ? sealCredentials(credentials, await sealerFor(client)) : {}
      const input = definedFields({
        base: options.base ?? DEFAULT_BASE,
        name,
        provider: options.provider ?? DEFAULT_PROVIDER,
        repo: options.repo,
        keepAlive: options.keepAlive,
        daytonaOrganizationId: options.daytonaOrganizationId,
        vercelProjectId: options.vercelProjectId,
        vercelTeamId: options.vercelTeamId,
        ...sealed,
      }) as IoPocketenvSandboxCreateSandbox.InputSchema
      const { data } = await client.xrpc.io.pocketenv.sandbox.createSandbox(input, callSettings(options, 'required'))
      const sandbox = sandboxFromView(data, client)
      if (options.variables || options.secrets) await storeSettings(sandbox, options)
      return sandbox
    })(),
  )
}

/** Adds the variables and secrets asked for at creation, naming the new sandbox if that fails. */
async function storeSettings(sandbox: Sandbox, options: CreateSandboxOptions): Promise<void> {
  const callOptions = { token: options.token, signal: options.signal, timeoutMs: options.timeoutMs, maxRetries: options.maxRetries }
  try {
    for (const [name, value] of Object.entries(options.variables ?? {})) await sandbox.variables.put(name, value, callOptions)
    for (const [name, value] of Object.entries(options.secrets ?? {})) await sandbox.secrets.put(name, value, callOptions)
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause)
    throw new PocketenvError(`Sandbox ${sandbox.id} was created, but storing its variables or secrets failed (${reason}). Retry them on the sandbox, or delete it.`, { cause })
  }
}
