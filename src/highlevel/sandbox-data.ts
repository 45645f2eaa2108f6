/**
 * The data of a sandbox, mapped from any of the server's sandbox views.
 */
import type { IoPocketenvSandboxDefs } from '../generated/xrpc/index.js'
import { profileFromView, type Profile } from './profile.js'
import { dateOrNull, numberOrNull, stringOrNull, stringsOrNull } from './wire-values.js'

/**
 * The lifecycle state of a sandbox: the server's `RUNNING`, `STOPPED` and
 * `INITIALIZING`, and `"unknown"` for anything else (or no status at all,
 * as in the answer of `createSandbox`).
 */
export type SandboxStatus = 'running' | 'stopped' | 'initializing' | 'unknown'

/** Everything the SDK knows about a sandbox. Missing values are `null`. */
export interface SandboxData {
  /** Identifier (`sbx_…`) every method takes. When the server leaves it out, the name (also accepted everywhere). */
  id: string
  /** Name, chosen by the server. */
  name: string | null
  /** Platform it runs on, such as `cloudflare`. */
  provider: string | null
  /** The template it was made from. */
  baseSandbox: string | null
  /** Human-friendly title. */
  displayName: string | null
  /** The at:// URI of its record; `null` for sandboxes created without an account. */
  uri: string | null
  /** Free text about it. */
  description: string | null
  /** Tags. */
  topics: string[] | null
  /** Address of a logo. */
  logo: string | null
  /** Address of a README. */
  readme: string | null
  /** Git repository cloned into it. */
  repo: string | null
  /** Virtual CPUs. */
  vcpus: number | null
  /** Memory, in GB. */
  memory: number | null
  /** Disk, in GB. */
  disk: number | null
  /** How many sandboxes were made from it (0 when unknown). */
  installs: number
  /** Lifecycle state. */
  status: SandboxStatus
  /** When it last started. */
  startedAt: Date | null
  /** When it was created. */
  createdAt: Date | null
  /** The account that owns it. */
  owner: Profile | null
}

/** Any sandbox view the server sends. */
export type SandboxView = IoPocketenvSandboxDefs.SandboxViewBasic | IoPocketenvSandboxDefs.SandboxViewDetailed

/** Maps the server's status string. */
export function statusFromWire(status: unknown): SandboxStatus {
  switch (status) {
    case 'RUNNING':
      return 'running'
    case 'STOPPED':
      return 'stopped'
    case 'INITIALIZING':
      return 'initializing'
    default:
      return 'unknown'
  }
}

/** Maps a sandbox view to {@link SandboxData}. */
export function sandboxDataFromView(view: SandboxView): SandboxData {
  const detailed = view as Partial<IoPocketenvSandboxDefs.SandboxViewDetailed>
  const name = stringOrNull(view.name)
  return {
    id: stringOrNull(view.id) ?? name ?? '',
    name,
    provider: stringOrNull(view.provider),
    baseSandbox: stringOrNull(detailed.baseSandbox),
    displayName: stringOrNull(view.displayName),
    uri: stringOrNull(view.uri),
    description: stringOrNull(view.description),
    topics: stringsOrNull(view.topics),
    logo: stringOrNull(view.logo),
    readme: stringOrNull(view.readme),
    repo: stringOrNull(view.repo),
    vcpus: numberOrNull(view.vcpus),
    memory: numberOrNull(view.memory),
    disk: numberOrNull(view.disk),
    installs: numberOrNull(view.installs) ?? 0,
    status: statusFromWire(detailed.status),
    startedAt: dateOrNull(detailed.startedAt),
    createdAt: dateOrNull(view.createdAt),
    owner: profileFromView(detailed.owner),
  }
}
