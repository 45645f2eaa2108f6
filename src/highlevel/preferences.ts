/**
 * Sandbox preferences, as far as the server applies them: the details of a
 * sandbox (name, description, topics, repository) and the credentials of a
 * sandbox provider. The server accepts four more kinds (secrets, variables,
 * files and volumes given as preferences) and silently ignores them, as it
 * ignores `vcpus`, `memory`, `disk` and `readme` in details; the SDK does not
 * offer them. Use `sandbox.secrets`, `variables`, `files` and `volumes`.
 */
import type { IoPocketenvSandboxDefs } from '../generated/xrpc/index.js'
import { ids } from '../generated/xrpc/lexicons.js'
import { callSettings } from './call-settings.js'
import type { CallOptions } from './config.js'
import { sealCredentials } from './credentials.js'
import { ValidationError } from './errors.js'
import type { Pocketenv } from './pocketenv.js'
import { sealerFor, type Seal } from './sealing.js'
import { stringOrNull } from './wire-values.js'

/** Stored provider settings, as the server returns them: masked keys only. */
export interface ProviderSettings {
  /** The provider, such as `daytona`. */
  provider: string
  /** Masked API key (Daytona, Deno, Vercel, Sprites). */
  redactedApiKey: string | null
  /** Daytona organization. */
  organizationId: string | null
  /** Vercel project. */
  vercelProjectId: string | null
  /** Vercel team. */
  vercelTeamId: string | null
  /** Masked Modal token id. */
  redactedModalTokenId: string | null
  /** Masked Modal token secret. */
  redactedModalTokenSecret: string | null
  /** Masked E2B API key. */
  redactedE2bApiKey: string | null
  /** Masked Hopx API key. */
  redactedHopxApiKey: string | null
  /** Masked Runloop API key. */
  redactedRunloopApiKey: string | null
}

/** Credentials for one provider; keys are sealed before sending. */
export type ProviderCredentials =
  | {
      /** Daytona. */
      provider: 'daytona'
      /** Daytona API key; sealed before sending. */
      apiKey: string
      /** Daytona organization id, when the key belongs to several. */
      organizationId?: string
    }
  | {
      /** Vercel. */
      provider: 'vercel'
      /** Vercel access token; sealed before sending. */
      apiKey: string
      /** Vercel project id. */
      projectId?: string
      /** Vercel team id. */
      teamId?: string
    }
  | {
      /** A provider that needs only an API key. */
      provider: 'deno' | 'sprites' | 'e2b' | 'hopx' | 'runloop'
      /** The provider's API key; sealed before sending. */
      apiKey: string
    }
  | {
      /** Modal. */
      provider: 'modal'
      /** Modal token id; sealed before sending. */
      tokenId: string
      /** Modal token secret; sealed before sending. */
      tokenSecret: string
    }

/** New details of a sandbox. `null` clears a field. */
export interface SandboxDetails {
  /** New name. */
  name?: string
  /** New description. */
  description?: string | null
  /** New tags. */
  topics?: string[] | null
  /** New git repository. */
  repo?: string | null
}

const DETAILS = `${ids.IoPocketenvSandboxDefs}#sandboxDetailsPref` as const
const PROVIDER = `${ids.IoPocketenvSandboxDefs}#sandboxProviderPref` as const

/**
 * The preferences of a sandbox, as `sandbox.preferences`.
 *
 * @example
 * ```ts
 * await sandbox.preferences.setDetails({ description: 'staging', topics: ['api'] })
 * await sandbox.preferences.setProvider({ provider: 'daytona', apiKey: process.env.DAYTONA_API_KEY!, organizationId: 'org_1' })
 * ```
 */
export class SandboxPreferences {
  /** @param sandboxId the sandbox's internal id (`sbx_…`) */
  constructor(
    private readonly sandboxId: string,
    private readonly client: Pocketenv,
  ) {}

  /** The stored provider settings of the caller (empty, or one entry). */
  async get(options: CallOptions = {}): Promise<ProviderSettings[]> {
    const { data } = await this.client.xrpc.io.pocketenv.sandbox.getPreferences({ id: this.sandboxId }, callSettings(options, 'required'))
    const preferences: unknown[] = Array.isArray(data) ? data : []
    return preferences.filter(isProviderPref).map(providerSettingsFromView)
  }

  /** Changes the name, description, topics or repository of the sandbox. Resolves once done. */
  async setDetails(details: SandboxDetails, options: CallOptions = {}): Promise<void> {
    if (details === null || typeof details !== 'object' || Object.keys(details).length === 0) {
      throw new ValidationError('details', 'must name at least one of name, description, topics, repo')
    }
    const { name, description, topics, repo } = details
    const preference: IoPocketenvSandboxDefs.SandboxDetailsPref & { $type: typeof DETAILS } = { $type: DETAILS }
    if (name !== undefined) preference.name = name
    if (description !== undefined) preference.description = description
    if (topics !== undefined) preference.topics = topics ?? undefined
    if (repo !== undefined) preference.repo = repo
    await this.put(preference, options)
  }

  /** Stores the credentials of a provider, sealed, with masked copies for display. Resolves once done. */
  async setProvider(credentials: ProviderCredentials, options: CallOptions = {}): Promise<void> {
    const seal = await sealerFor(this.client)
    const preference: IoPocketenvSandboxDefs.SandboxProviderPref & { $type: typeof PROVIDER } = {
      $type: PROVIDER,
      name: credentials?.provider,
      ...providerFields(credentials, seal),
    }
    await this.put(preference, options)
  }

  private async put(preference: IoPocketenvSandboxDefs.Preferences[number], options: CallOptions): Promise<void> {
    await this.client.xrpc.io.pocketenv.sandbox.putPreferences({ sandboxId: this.sandboxId, preferences: [preference] }, callSettings(options, 'required'))
  }
}

function providerFields(credentials: ProviderCredentials, seal: Seal): Record<string, string> {
  switch (credentials?.provider) {
    case 'daytona':
      return { ...sealCredentials({ apiKey: credentials.apiKey }, seal), ...clear({ organizationId: credentials.organizationId }) }
    case 'vercel':
      return { ...sealCredentials({ apiKey: credentials.apiKey }, seal), ...clear({ vercelProjectId: credentials.projectId, vercelTeamId: credentials.teamId }) }
    case 'deno':
    case 'sprites':
      return sealCredentials({ apiKey: credentials.apiKey }, seal)
    case 'e2b':
      return sealCredentials({ e2bApiKey: credentials.apiKey }, seal)
    case 'hopx':
      return sealCredentials({ hopxApiKey: credentials.apiKey }, seal)
    case 'runloop':
      return sealCredentials({ runloopApiKey: credentials.apiKey }, seal)
    case 'modal':
      return sealCredentials({ modalTokenId: credentials.tokenId, modalTokenSecret: credentials.tokenSecret }, seal)
    default:
      throw new ValidationError('provider', 'must be one of daytona, vercel, deno, sprites, e2b, hopx, runloop, modal')
  }
}

function clear(fields: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined))
}

function isProviderPref(value: unknown): value is IoPocketenvSandboxDefs.SandboxProviderPref {
  return typeof value === 'object' && value !== null && (value as { $type?: unknown }).$type === PROVIDER
}

function providerSettingsFromView(view: IoPocketenvSandboxDefs.SandboxProviderPref): ProviderSettings {
  return {
    provider: view.name,
    redactedApiKey: stringOrNull(view.redactedApiKey),
    organizationId: stringOrNull(view.organizationId),
    vercelProjectId: stringOrNull(view.vercelProjectId),
    vercelTeamId: stringOrNull(view.vercelTeamId),
    redactedModalTokenId: stringOrNull(view.redactedModalTokenId),
    redactedModalTokenSecret: stringOrNull(view.redactedModalTokenSecret),
    redactedE2bApiKey: stringOrNull(view.redactedE2bApiKey),
    redactedHopxApiKey: stringOrNull(view.redactedHopxApiKey),
    redactedRunloopApiKey: stringOrNull(view.redactedRunloopApiKey),
  }
}
