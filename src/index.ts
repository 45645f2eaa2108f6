/**
 * `pocketenv`: the TypeScript SDK for Pocketenv cloud sandboxes.
 *
 * Start with {@link Pocketenv}; every sandbox is a {@link Sandbox}; every
 * failure is a {@link PocketenvError}.
 *
 * @packageDocumentation
 */
export { Pocketenv } from './highlevel/pocketenv.js'
export { Sandbox, VSCODE_PORT } from './highlevel/sandbox.js'
export type { ExposeOptions, SandboxLike, StartOptions, WaitOptions } from './highlevel/sandbox.js'
export { SandboxPromise } from './highlevel/sandbox-promise.js'
export type { SandboxData, SandboxStatus } from './highlevel/sandbox-data.js'
export type { ExecResult } from './highlevel/exec-result.js'
export type { Port } from './highlevel/port.js'
export type { Profile } from './highlevel/profile.js'
export { DEFAULT_BASE, DEFAULT_PROVIDER } from './highlevel/create-sandbox.js'
export type { CreateSandboxOptions, ProviderCredentialOptions, SandboxProvider } from './highlevel/create-sandbox.js'
export { SandboxCollection } from './highlevel/sandbox-collection.js'
export type { IterateOptions, Page, PageOptions } from './highlevel/sandbox-collection.js'
export { Secrets } from './highlevel/secrets.js'
export type { Secret, SecretChange } from './highlevel/secrets.js'
export { Variables } from './highlevel/variables.js'
export type { Variable, VariableChange } from './highlevel/variables.js'
export { SandboxFiles } from './highlevel/files.js'
export type { FileChange, SandboxFile } from './highlevel/files.js'
export { Volumes } from './highlevel/volumes.js'
export type { CreateVolumeOptions, Volume, VolumeChange } from './highlevel/volumes.js'
export { Services } from './highlevel/services.js'
export type { Service, ServiceDefinition, ServiceStatus } from './highlevel/services.js'
export { SandboxSshKeys } from './highlevel/ssh-keys.js'
export type { StoredSshKeys } from './highlevel/ssh-keys.js'
export { generateSshKeyPair } from './highlevel/ssh-key-pair.js'
export type { SshKeyPair } from './highlevel/ssh-key-pair.js'
export { SandboxTailscale } from './highlevel/tailscale.js'
export type { StoredTailscaleAuthKey } from './highlevel/tailscale.js'
export { SandboxBackups } from './highlevel/backups.js'
export type { Backup, CreateBackupOptions } from './highlevel/backups.js'
export { SandboxPreferences } from './highlevel/preferences.js'
export type { ProviderCredentials, ProviderSettings, SandboxDetails } from './highlevel/preferences.js'
export type { TransferOptions, TransferProgress } from './highlevel/sandbox-transfer.js'
export type { ShellScript } from './highlevel/shell-command.js'
export { encrypt } from './highlevel/sealing.js'
export type { ActorListOptions, ListOptions, SandboxPage } from './highlevel/sandbox-lists.js'
export { DEFAULT_API_URL, DEFAULT_PUBLIC_KEY, DEFAULT_STORAGE_URL } from './highlevel/config.js'
export type { CallOptions, PocketenvOptions, ResponseValidation } from './highlevel/config.js'
export type { Logger, LogLevel } from './highlevel/logger.js'
export type { RetryEvent, RetryOptions } from './highlevel/retry-policy.js'
export type { RateLimitState } from './highlevel/transport.js'
export {
  AbortError,
  ApiError,
  ArchiveError,
  AuthenticationError,
  BadRequestError,
  ConnectionError,
  InvalidResponseError,
  NotFoundError,
  PocketenvError,
  RateLimitError,
  SandboxNotRunningError,
  ServerError,
  TimeoutError,
  ValidationError,
  WaitTimeoutError,
} from './highlevel/errors.js'
export type { ResponseHeaders } from './highlevel/errors.js'
export { PocketenvXrpcClient } from './highlevel/xrpc-client.js'
export type { XrpcCallOptions } from './highlevel/xrpc-client.js'
export { PathClient } from './highlevel/path-client.js'
export type { BodyOf, PathCallOptions, PocketenvPaths, ProcedurePath, QueryPath, ResultOf } from './highlevel/path-client.js'
