/**
 * GENERATED CODE - DO NOT MODIFY
 */
import {
  XrpcClient,
  type FetchHandler,
  type FetchHandlerOptions,
} from '@atproto/xrpc'
import { schemas } from './lexicons.js'
import { CID } from 'multiformats/cid'
import { type OmitKey, type Un$Typed } from './util.js'
import * as IoPocketenvActorDefs from './types/io/pocketenv/actor/defs.js'
import * as IoPocketenvActorGetActorSandboxes from './types/io/pocketenv/actor/getActorSandboxes.js'
import * as IoPocketenvActorGetProfile from './types/io/pocketenv/actor/getProfile.js'
import * as IoPocketenvActorGetTerminalToken from './types/io/pocketenv/actor/getTerminalToken.js'
import * as IoPocketenvFileAddFile from './types/io/pocketenv/file/addFile.js'
import * as IoPocketenvFileDefs from './types/io/pocketenv/file/defs.js'
import * as IoPocketenvFileDeleteFile from './types/io/pocketenv/file/deleteFile.js'
import * as IoPocketenvFileGetFile from './types/io/pocketenv/file/getFile.js'
import * as IoPocketenvFileGetFiles from './types/io/pocketenv/file/getFiles.js'
import * as IoPocketenvFileUpdateFile from './types/io/pocketenv/file/updateFile.js'
import * as IoPocketenvPortDefs from './types/io/pocketenv/port/defs.js'
import * as IoPocketenvSandboxClaimSandbox from './types/io/pocketenv/sandbox/claimSandbox.js'
import * as IoPocketenvSandboxCreateBackup from './types/io/pocketenv/sandbox/createBackup.js'
import * as IoPocketenvSandboxCreateIntegration from './types/io/pocketenv/sandbox/createIntegration.js'
import * as IoPocketenvSandboxCreateSandbox from './types/io/pocketenv/sandbox/createSandbox.js'
import * as IoPocketenvSandboxDefs from './types/io/pocketenv/sandbox/defs.js'
import * as IoPocketenvSandboxDeleteSandbox from './types/io/pocketenv/sandbox/deleteSandbox.js'
import * as IoPocketenvSandboxExec from './types/io/pocketenv/sandbox/exec.js'
import * as IoPocketenvSandboxExposePort from './types/io/pocketenv/sandbox/exposePort.js'
import * as IoPocketenvSandboxExposeVscode from './types/io/pocketenv/sandbox/exposeVscode.js'
import * as IoPocketenvSandboxGetBackups from './types/io/pocketenv/sandbox/getBackups.js'
import * as IoPocketenvSandboxGetExposedPorts from './types/io/pocketenv/sandbox/getExposedPorts.js'
import * as IoPocketenvSandboxGetIntegrations from './types/io/pocketenv/sandbox/getIntegrations.js'
import * as IoPocketenvSandboxGetPreferences from './types/io/pocketenv/sandbox/getPreferences.js'
import * as IoPocketenvSandboxGetSandbox from './types/io/pocketenv/sandbox/getSandbox.js'
import * as IoPocketenvSandboxGetSandboxes from './types/io/pocketenv/sandbox/getSandboxes.js'
import * as IoPocketenvSandboxGetSshKeys from './types/io/pocketenv/sandbox/getSshKeys.js'
import * as IoPocketenvSandboxGetTailscaleAuthKey from './types/io/pocketenv/sandbox/getTailscaleAuthKey.js'
import * as IoPocketenvSandboxPullDirectory from './types/io/pocketenv/sandbox/pullDirectory.js'
import * as IoPocketenvSandboxPushDirectory from './types/io/pocketenv/sandbox/pushDirectory.js'
import * as IoPocketenvSandboxPutPreferences from './types/io/pocketenv/sandbox/putPreferences.js'
import * as IoPocketenvSandboxPutSshKeys from './types/io/pocketenv/sandbox/putSshKeys.js'
import * as IoPocketenvSandboxPutTailscaleAuthKey from './types/io/pocketenv/sandbox/putTailscaleAuthKey.js'
import * as IoPocketenvSandboxRestoreBackup from './types/io/pocketenv/sandbox/restoreBackup.js'
import * as IoPocketenvSandboxStartSandbox from './types/io/pocketenv/sandbox/startSandbox.js'
import * as IoPocketenvSandboxStopSandbox from './types/io/pocketenv/sandbox/stopSandbox.js'
import * as IoPocketenvSandboxUnexposePort from './types/io/pocketenv/sandbox/unexposePort.js'
import * as IoPocketenvSecretAddSecret from './types/io/pocketenv/secret/addSecret.js'
import * as IoPocketenvSecretDefs from './types/io/pocketenv/secret/defs.js'
import * as IoPocketenvSecretDeleteSecret from './types/io/pocketenv/secret/deleteSecret.js'
import * as IoPocketenvSecretGetSecret from './types/io/pocketenv/secret/getSecret.js'
import * as IoPocketenvSecretGetSecrets from './types/io/pocketenv/secret/getSecrets.js'
import * as IoPocketenvSecretUpdateSecret from './types/io/pocketenv/secret/updateSecret.js'
import * as IoPocketenvServiceAddService from './types/io/pocketenv/service/addService.js'
import * as IoPocketenvServiceDefs from './types/io/pocketenv/service/defs.js'
import * as IoPocketenvServiceDeleteService from './types/io/pocketenv/service/deleteService.js'
import * as IoPocketenvServiceGetServices from './types/io/pocketenv/service/getServices.js'
import * as IoPocketenvServiceRestartService from './types/io/pocketenv/service/restartService.js'
import * as IoPocketenvServiceStartService from './types/io/pocketenv/service/startService.js'
import * as IoPocketenvServiceStopService from './types/io/pocketenv/service/stopService.js'
import * as IoPocketenvServiceUpdateService from './types/io/pocketenv/service/updateService.js'
import * as IoPocketenvVariableAddVariable from './types/io/pocketenv/variable/addVariable.js'
import * as IoPocketenvVariableDefs from './types/io/pocketenv/variable/defs.js'
import * as IoPocketenvVariableDeleteVariable from './types/io/pocketenv/variable/deleteVariable.js'
import * as IoPocketenvVariableGetVariable from './types/io/pocketenv/variable/getVariable.js'
import * as IoPocketenvVariableGetVariables from './types/io/pocketenv/variable/getVariables.js'
import * as IoPocketenvVariableUpdateVariable from './types/io/pocketenv/variable/updateVariable.js'
import * as IoPocketenvVolumeAddVolume from './types/io/pocketenv/volume/addVolume.js'
import * as IoPocketenvVolumeDefs from './types/io/pocketenv/volume/defs.js'
import * as IoPocketenvVolumeDeleteVolume from './types/io/pocketenv/volume/deleteVolume.js'
import * as IoPocketenvVolumeGetVolume from './types/io/pocketenv/volume/getVolume.js'
import * as IoPocketenvVolumeGetVolumes from './types/io/pocketenv/volume/getVolumes.js'
import * as IoPocketenvVolumeUpdateVolume from './types/io/pocketenv/volume/updateVolume.js'

export * as IoPocketenvActorDefs from './types/io/pocketenv/actor/defs.js'
export * as IoPocketenvActorGetActorSandboxes from './types/io/pocketenv/actor/getActorSandboxes.js'
export * as IoPocketenvActorGetProfile from './types/io/pocketenv/actor/getProfile.js'
export * as IoPocketenvActorGetTerminalToken from './types/io/pocketenv/actor/getTerminalToken.js'
export * as IoPocketenvFileAddFile from './types/io/pocketenv/file/addFile.js'
export * as IoPocketenvFileDefs from './types/io/pocketenv/file/defs.js'
export * as IoPocketenvFileDeleteFile from './types/io/pocketenv/file/deleteFile.js'
export * as IoPocketenvFileGetFile from './types/io/pocketenv/file/getFile.js'
export * as IoPocketenvFileGetFiles from './types/io/pocketenv/file/getFiles.js'
export * as IoPocketenvFileUpdateFile from './types/io/pocketenv/file/updateFile.js'
export * as IoPocketenvPortDefs from './types/io/pocketenv/port/defs.js'
export * as IoPocketenvSandboxClaimSandbox from './types/io/pocketenv/sandbox/claimSandbox.js'
export * as IoPocketenvSandboxCreateBackup from './types/io/pocketenv/sandbox/createBackup.js'
export * as IoPocketenvSandboxCreateIntegration from './types/io/pocketenv/sandbox/createIntegration.js'
export * as IoPocketenvSandboxCreateSandbox from './types/io/pocketenv/sandbox/createSandbox.js'
export * as IoPocketenvSandboxDefs from './types/io/pocketenv/sandbox/defs.js'
export * as IoPocketenvSandboxDeleteSandbox from './types/io/pocketenv/sandbox/deleteSandbox.js'
export * as IoPocketenvSandboxExec from './types/io/pocketenv/sandbox/exec.js'
export * as IoPocketenvSandboxExposePort from './types/io/pocketenv/sandbox/exposePort.js'
export * as IoPocketenvSandboxExposeVscode from './types/io/pocketenv/sandbox/exposeVscode.js'
export * as IoPocketenvSandboxGetBackups from './types/io/pocketenv/sandbox/getBackups.js'
export * as IoPocketenvSandboxGetExposedPorts from './types/io/pocketenv/sandbox/getExposedPorts.js'
export * as IoPocketenvSandboxGetIntegrations from './types/io/pocketenv/sandbox/getIntegrations.js'
export * as IoPocketenvSandboxGetPreferences from './types/io/pocketenv/sandbox/getPreferences.js'
export * as IoPocketenvSandboxGetSandbox from './types/io/pocketenv/sandbox/getSandbox.js'
export * as IoPocketenvSandboxGetSandboxes from './types/io/pocketenv/sandbox/getSandboxes.js'
export * as IoPocketenvSandboxGetSshKeys from './types/io/pocketenv/sandbox/getSshKeys.js'
export * as IoPocketenvSandboxGetTailscaleAuthKey from './types/io/pocketenv/sandbox/getTailscaleAuthKey.js'
export * as IoPocketenvSandboxPullDirectory from './types/io/pocketenv/sandbox/pullDirectory.js'
export * as IoPocketenvSandboxPushDirectory from './types/io/pocketenv/sandbox/pushDirectory.js'
export * as IoPocketenvSandboxPutPreferences from './types/io/pocketenv/sandbox/putPreferences.js'
export * as IoPocketenvSandboxPutSshKeys from './types/io/pocketenv/sandbox/putSshKeys.js'
export * as IoPocketenvSandboxPutTailscaleAuthKey from './types/io/pocketenv/sandbox/putTailscaleAuthKey.js'
export * as IoPocketenvSandboxRestoreBackup from './types/io/pocketenv/sandbox/restoreBackup.js'
export * as IoPocketenvSandboxStartSandbox from './types/io/pocketenv/sandbox/startSandbox.js'
export * as IoPocketenvSandboxStopSandbox from './types/io/pocketenv/sandbox/stopSandbox.js'
export * as IoPocketenvSandboxUnexposePort from './types/io/pocketenv/sandbox/unexposePort.js'
export * as IoPocketenvSecretAddSecret from './types/io/pocketenv/secret/addSecret.js'
export * as IoPocketenvSecretDefs from './types/io/pocketenv/secret/defs.js'
export * as IoPocketenvSecretDeleteSecret from './types/io/pocketenv/secret/deleteSecret.js'
export * as IoPocketenvSecretGetSecret from './types/io/pocketenv/secret/getSecret.js'
export * as IoPocketenvSecretGetSecrets from './types/io/pocketenv/secret/getSecrets.js'
export * as IoPocketenvSecretUpdateSecret from './types/io/pocketenv/secret/updateSecret.js'
export * as IoPocketenvServiceAddService from './types/io/pocketenv/service/addService.js'
export * as IoPocketenvServiceDefs from './types/io/pocketenv/service/defs.js'
export * as IoPocketenvServiceDeleteService from './types/io/pocketenv/service/deleteService.js'
export * as IoPocketenvServiceGetServices from './types/io/pocketenv/service/getServices.js'
export * as IoPocketenvServiceRestartService from './types/io/pocketenv/service/restartService.js'
export * as IoPocketenvServiceStartService from './types/io/pocketenv/service/startService.js'
export * as IoPocketenvServiceStopService from './types/io/pocketenv/service/stopService.js'
export * as IoPocketenvServiceUpdateService from './types/io/pocketenv/service/updateService.js'
export * as IoPocketenvVariableAddVariable from './types/io/pocketenv/variable/addVariable.js'
export * as IoPocketenvVariableDefs from './types/io/pocketenv/variable/defs.js'
export * as IoPocketenvVariableDeleteVariable from './types/io/pocketenv/variable/deleteVariable.js'
export * as IoPocketenvVariableGetVariable from './types/io/pocketenv/variable/getVariable.js'
export * as IoPocketenvVariableGetVariables from './types/io/pocketenv/variable/getVariables.js'
export * as IoPocketenvVariableUpdateVariable from './types/io/pocketenv/variable/updateVariable.js'
export * as IoPocketenvVolumeAddVolume from './types/io/pocketenv/volume/addVolume.js'
export * as IoPocketenvVolumeDefs from './types/io/pocketenv/volume/defs.js'
export * as IoPocketenvVolumeDeleteVolume from './types/io/pocketenv/volume/deleteVolume.js'
export * as IoPocketenvVolumeGetVolume from './types/io/pocketenv/volume/getVolume.js'
export * as IoPocketenvVolumeGetVolumes from './types/io/pocketenv/volume/getVolumes.js'
export * as IoPocketenvVolumeUpdateVolume from './types/io/pocketenv/volume/updateVolume.js'

export class AtpBaseClient extends XrpcClient {
  io: IoNS

  constructor(options: FetchHandler | FetchHandlerOptions) {
    super(options, schemas)
    this.io = new IoNS(this)
  }

  /** @deprecated use `this` instead */
  get xrpc(): XrpcClient {
    return this
  }
}

export class IoNS {
  _client: XrpcClient
  pocketenv: IoPocketenvNS

  constructor(client: XrpcClient) {
    this._client = client
    this.pocketenv = new IoPocketenvNS(client)
  }
}

export class IoPocketenvNS {
  _client: XrpcClient
  actor: IoPocketenvActorNS
  file: IoPocketenvFileNS
  sandbox: IoPocketenvSandboxNS
  secret: IoPocketenvSecretNS
  service: IoPocketenvServiceNS
  variable: IoPocketenvVariableNS
  volume: IoPocketenvVolumeNS

  constructor(client: XrpcClient) {
    this._client = client
    this.actor = new IoPocketenvActorNS(client)
    this.file = new IoPocketenvFileNS(client)
    this.sandbox = new IoPocketenvSandboxNS(client)
    this.secret = new IoPocketenvSecretNS(client)
    this.service = new IoPocketenvServiceNS(client)
    this.variable = new IoPocketenvVariableNS(client)
    this.volume = new IoPocketenvVolumeNS(client)
  }
}

export class IoPocketenvActorNS {
  _client: XrpcClient

  constructor(client: XrpcClient) {
    this._client = client
  }

  getActorSandboxes(
    params?: IoPocketenvActorGetActorSandboxes.QueryParams,
    opts?: IoPocketenvActorGetActorSandboxes.CallOptions,
  ): Promise<IoPocketenvActorGetActorSandboxes.Response> {
    return this._client.call(
      'io.pocketenv.actor.getActorSandboxes',
      params,
      undefined,
      opts,
    )
  }

  getProfile(
    params?: IoPocketenvActorGetProfile.QueryParams,
    opts?: IoPocketenvActorGetProfile.CallOptions,
  ): Promise<IoPocketenvActorGetProfile.Response> {
    return this._client.call(
      'io.pocketenv.actor.getProfile',
      params,
      undefined,
      opts,
    )
  }

  getTerminalToken(
    params?: IoPocketenvActorGetTerminalToken.QueryParams,
    opts?: IoPocketenvActorGetTerminalToken.CallOptions,
  ): Promise<IoPocketenvActorGetTerminalToken.Response> {
    return this._client.call(
      'io.pocketenv.actor.getTerminalToken',
      params,
      undefined,
      opts,
    )
  }
}

export class IoPocketenvFileNS {
  _client: XrpcClient

  constructor(client: XrpcClient) {
    this._client = client
  }

  addFile(
    data?: IoPocketenvFileAddFile.InputSchema,
    opts?: IoPocketenvFileAddFile.CallOptions,
  ): Promise<IoPocketenvFileAddFile.Response> {
    return this._client.call('io.pocketenv.file.addFile', opts?.qp, data, opts)
  }

  deleteFile(
    data?: IoPocketenvFileDeleteFile.InputSchema,
    opts?: IoPocketenvFileDeleteFile.CallOptions,
  ): Promise<IoPocketenvFileDeleteFile.Response> {
    return this._client.call(
      'io.pocketenv.file.deleteFile',
      opts?.qp,
      data,
      opts,
    )
  }

  getFile(
    params?: IoPocketenvFileGetFile.QueryParams,
    opts?: IoPocketenvFileGetFile.CallOptions,
  ): Promise<IoPocketenvFileGetFile.Response> {
    return this._client.call(
      'io.pocketenv.file.getFile',
      params,
      undefined,
      opts,
    )
  }

  getFiles(
    params?: IoPocketenvFileGetFiles.QueryParams,
    opts?: IoPocketenvFileGetFiles.CallOptions,
  ): Promise<IoPocketenvFileGetFiles.Response> {
    return this._client.call(
      'io.pocketenv.file.getFiles',
      params,
      undefined,
      opts,
    )
  }

  updateFile(
    data?: IoPocketenvFileUpdateFile.InputSchema,
    opts?: IoPocketenvFileUpdateFile.CallOptions,
  ): Promise<IoPocketenvFileUpdateFile.Response> {
    return this._client.call(
      'io.pocketenv.file.updateFile',
      opts?.qp,
      data,
      opts,
    )
  }
}

export class IoPocketenvSandboxNS {
  _client: XrpcClient

  constructor(client: XrpcClient) {
    this._client = client
  }

  claimSandbox(
    data?: IoPocketenvSandboxClaimSandbox.InputSchema,
    opts?: IoPocketenvSandboxClaimSandbox.CallOptions,
  ): Promise<IoPocketenvSandboxClaimSandbox.Response> {
    return this._client
      .call('io.pocketenv.sandbox.claimSandbox', opts?.qp, data, opts)
      .catch((e) => {
        throw IoPocketenvSandboxClaimSandbox.toKnownErr(e)
      })
  }

  createBackup(
    data?: IoPocketenvSandboxCreateBackup.InputSchema,
    opts?: IoPocketenvSandboxCreateBackup.CallOptions,
  ): Promise<IoPocketenvSandboxCreateBackup.Response> {
    return this._client.call(
      'io.pocketenv.sandbox.createBackup',
      opts?.qp,
      data,
      opts,
    )
  }

  createIntegration(
    data?: IoPocketenvSandboxCreateIntegration.InputSchema,
    opts?: IoPocketenvSandboxCreateIntegration.CallOptions,
  ): Promise<IoPocketenvSandboxCreateIntegration.Response> {
    return this._client.call(
      'io.pocketenv.sandbox.createIntegration',
      opts?.qp,
      data,
      opts,
    )
  }

  createSandbox(
    data?: IoPocketenvSandboxCreateSandbox.InputSchema,
    opts?: IoPocketenvSandboxCreateSandbox.CallOptions,
  ): Promise<IoPocketenvSandboxCreateSandbox.Response> {
    return this._client
      .call('io.pocketenv.sandbox.createSandbox', opts?.qp, data, opts)
      .catch((e) => {
        throw IoPocketenvSandboxCreateSandbox.toKnownErr(e)
      })
  }

  deleteSandbox(
    data?: IoPocketenvSandboxDeleteSandbox.InputSchema,
    opts?: IoPocketenvSandboxDeleteSandbox.CallOptions,
  ): Promise<IoPocketenvSandboxDeleteSandbox.Response> {
    return this._client
      .call('io.pocketenv.sandbox.deleteSandbox', opts?.qp, data, opts)
      .catch((e) => {
        throw IoPocketenvSandboxDeleteSandbox.toKnownErr(e)
      })
  }

  exec(
    data?: IoPocketenvSandboxExec.InputSchema,
    opts?: IoPocketenvSandboxExec.CallOptions,
  ): Promise<IoPocketenvSandboxExec.Response> {
    return this._client
      .call('io.pocketenv.sandbox.exec', opts?.qp, data, opts)
      .catch((e) => {
        throw IoPocketenvSandboxExec.toKnownErr(e)
      })
  }

  exposePort(
    data?: IoPocketenvSandboxExposePort.InputSchema,
    opts?: IoPocketenvSandboxExposePort.CallOptions,
  ): Promise<IoPocketenvSandboxExposePort.Response> {
    return this._client
      .call('io.pocketenv.sandbox.exposePort', opts?.qp, data, opts)
      .catch((e) => {
        throw IoPocketenvSandboxExposePort.toKnownErr(e)
      })
  }

  exposeVscode(
    data?: IoPocketenvSandboxExposeVscode.InputSchema,
    opts?: IoPocketenvSandboxExposeVscode.CallOptions,
  ): Promise<IoPocketenvSandboxExposeVscode.Response> {
    return this._client
      .call('io.pocketenv.sandbox.exposeVscode', opts?.qp, data, opts)
      .catch((e) => {
        throw IoPocketenvSandboxExposeVscode.toKnownErr(e)
      })
  }

  getBackups(
    params?: IoPocketenvSandboxGetBackups.QueryParams,
    opts?: IoPocketenvSandboxGetBackups.CallOptions,
  ): Promise<IoPocketenvSandboxGetBackups.Response> {
    return this._client.call(
      'io.pocketenv.sandbox.getBackups',
      params,
      undefined,
      opts,
    )
  }

  getExposedPorts(
    params?: IoPocketenvSandboxGetExposedPorts.QueryParams,
    opts?: IoPocketenvSandboxGetExposedPorts.CallOptions,
  ): Promise<IoPocketenvSandboxGetExposedPorts.Response> {
    return this._client.call(
      'io.pocketenv.sandbox.getExposedPorts',
      params,
      undefined,
      opts,
    )
  }

  getIntegrations(
    params?: IoPocketenvSandboxGetIntegrations.QueryParams,
    opts?: IoPocketenvSandboxGetIntegrations.CallOptions,
  ): Promise<IoPocketenvSandboxGetIntegrations.Response> {
    return this._client.call(
      'io.pocketenv.sandbox.getIntegrations',
      params,
      undefined,
      opts,
    )
  }

  getPreferences(
    params?: IoPocketenvSandboxGetPreferences.QueryParams,
    opts?: IoPocketenvSandboxGetPreferences.CallOptions,
  ): Promise<IoPocketenvSandboxGetPreferences.Response> {
    return this._client.call(
      'io.pocketenv.sandbox.getPreferences',
      params,
      undefined,
      opts,
    )
  }

  getSandbox(
    params?: IoPocketenvSandboxGetSandbox.QueryParams,
    opts?: IoPocketenvSandboxGetSandbox.CallOptions,
  ): Promise<IoPocketenvSandboxGetSandbox.Response> {
    return this._client.call(
      'io.pocketenv.sandbox.getSandbox',
      params,
      undefined,
      opts,
    )
  }

  getSandboxes(
    params?: IoPocketenvSandboxGetSandboxes.QueryParams,
    opts?: IoPocketenvSandboxGetSandboxes.CallOptions,
  ): Promise<IoPocketenvSandboxGetSandboxes.Response> {
    return this._client.call(
      'io.pocketenv.sandbox.getSandboxes',
      params,
      undefined,
      opts,
    )
  }

  getSshKeys(
    params?: IoPocketenvSandboxGetSshKeys.QueryParams,
    opts?: IoPocketenvSandboxGetSshKeys.CallOptions,
  ): Promise<IoPocketenvSandboxGetSshKeys.Response> {
    return this._client.call(
      'io.pocketenv.sandbox.getSshKeys',
      params,
      undefined,
      opts,
    )
  }

  getTailscaleAuthKey(
    params?: IoPocketenvSandboxGetTailscaleAuthKey.QueryParams,
    opts?: IoPocketenvSandboxGetTailscaleAuthKey.CallOptions,
  ): Promise<IoPocketenvSandboxGetTailscaleAuthKey.Response> {
    return this._client.call(
      'io.pocketenv.sandbox.getTailscaleAuthKey',
      params,
      undefined,
      opts,
    )
  }

  pullDirectory(
    data?: IoPocketenvSandboxPullDirectory.InputSchema,
    opts?: IoPocketenvSandboxPullDirectory.CallOptions,
  ): Promise<IoPocketenvSandboxPullDirectory.Response> {
    return this._client.call(
      'io.pocketenv.sandbox.pullDirectory',
      opts?.qp,
      data,
      opts,
    )
  }

  pushDirectory(
    data?: IoPocketenvSandboxPushDirectory.InputSchema,
    opts?: IoPocketenvSandboxPushDirectory.CallOptions,
  ): Promise<IoPocketenvSandboxPushDirectory.Response> {
    return this._client.call(
      'io.pocketenv.sandbox.pushDirectory',
      opts?.qp,
      data,
      opts,
    )
  }

  putPreferences(
    data?: IoPocketenvSandboxPutPreferences.InputSchema,
    opts?: IoPocketenvSandboxPutPreferences.CallOptions,
  ): Promise<IoPocketenvSandboxPutPreferences.Response> {
    return this._client
      .call('io.pocketenv.sandbox.putPreferences', opts?.qp, data, opts)
      .catch((e) => {
        throw IoPocketenvSandboxPutPreferences.toKnownErr(e)
      })
  }

  putSshKeys(
    data?: IoPocketenvSandboxPutSshKeys.InputSchema,
    opts?: IoPocketenvSandboxPutSshKeys.CallOptions,
  ): Promise<IoPocketenvSandboxPutSshKeys.Response> {
    return this._client.call(
      'io.pocketenv.sandbox.putSshKeys',
      opts?.qp,
      data,
      opts,
    )
  }

  putTailscaleAuthKey(
    data?: IoPocketenvSandboxPutTailscaleAuthKey.InputSchema,
    opts?: IoPocketenvSandboxPutTailscaleAuthKey.CallOptions,
  ): Promise<IoPocketenvSandboxPutTailscaleAuthKey.Response> {
    return this._client.call(
      'io.pocketenv.sandbox.putTailscaleAuthKey',
      opts?.qp,
      data,
      opts,
    )
  }

  restoreBackup(
    data?: IoPocketenvSandboxRestoreBackup.InputSchema,
    opts?: IoPocketenvSandboxRestoreBackup.CallOptions,
  ): Promise<IoPocketenvSandboxRestoreBackup.Response> {
    return this._client.call(
      'io.pocketenv.sandbox.restoreBackup',
      opts?.qp,
      data,
      opts,
    )
  }

  startSandbox(
    data?: IoPocketenvSandboxStartSandbox.InputSchema,
    opts?: IoPocketenvSandboxStartSandbox.CallOptions,
  ): Promise<IoPocketenvSandboxStartSandbox.Response> {
    return this._client
      .call('io.pocketenv.sandbox.startSandbox', opts?.qp, data, opts)
      .catch((e) => {
        throw IoPocketenvSandboxStartSandbox.toKnownErr(e)
      })
  }

  stopSandbox(
    data?: IoPocketenvSandboxStopSandbox.InputSchema,
    opts?: IoPocketenvSandboxStopSandbox.CallOptions,
  ): Promise<IoPocketenvSandboxStopSandbox.Response> {
    return this._client
      .call('io.pocketenv.sandbox.stopSandbox', opts?.qp, data, opts)
      .catch((e) => {
        throw IoPocketenvSandboxStopSandbox.toKnownErr(e)
      })
  }

  unexposePort(
    data?: IoPocketenvSandboxUnexposePort.InputSchema,
    opts?: IoPocketenvSandboxUnexposePort.CallOptions,
  ): Promise<IoPocketenvSandboxUnexposePort.Response> {
    return this._client
      .call('io.pocketenv.sandbox.unexposePort', opts?.qp, data, opts)
      .catch((e) => {
        throw IoPocketenvSandboxUnexposePort.toKnownErr(e)
      })
  }
}

export class IoPocketenvSecretNS {
  _client: XrpcClient

  constructor(client: XrpcClient) {
    this._client = client
  }

  addSecret(
    data?: IoPocketenvSecretAddSecret.InputSchema,
    opts?: IoPocketenvSecretAddSecret.CallOptions,
  ): Promise<IoPocketenvSecretAddSecret.Response> {
    return this._client
      .call('io.pocketenv.secret.addSecret', opts?.qp, data, opts)
      .catch((e) => {
        throw IoPocketenvSecretAddSecret.toKnownErr(e)
      })
  }

  deleteSecret(
    data?: IoPocketenvSecretDeleteSecret.InputSchema,
    opts?: IoPocketenvSecretDeleteSecret.CallOptions,
  ): Promise<IoPocketenvSecretDeleteSecret.Response> {
    return this._client
      .call('io.pocketenv.secret.deleteSecret', opts?.qp, data, opts)
      .catch((e) => {
        throw IoPocketenvSecretDeleteSecret.toKnownErr(e)
      })
  }

  getSecret(
    params?: IoPocketenvSecretGetSecret.QueryParams,
    opts?: IoPocketenvSecretGetSecret.CallOptions,
  ): Promise<IoPocketenvSecretGetSecret.Response> {
    return this._client.call(
      'io.pocketenv.secret.getSecret',
      params,
      undefined,
      opts,
    )
  }

  getSecrets(
    params?: IoPocketenvSecretGetSecrets.QueryParams,
    opts?: IoPocketenvSecretGetSecrets.CallOptions,
  ): Promise<IoPocketenvSecretGetSecrets.Response> {
    return this._client.call(
      'io.pocketenv.secret.getSecrets',
      params,
      undefined,
      opts,
    )
  }

  updateSecret(
    data?: IoPocketenvSecretUpdateSecret.InputSchema,
    opts?: IoPocketenvSecretUpdateSecret.CallOptions,
  ): Promise<IoPocketenvSecretUpdateSecret.Response> {
    return this._client
      .call('io.pocketenv.secret.updateSecret', opts?.qp, data, opts)
      .catch((e) => {
        throw IoPocketenvSecretUpdateSecret.toKnownErr(e)
      })
  }
}

export class IoPocketenvServiceNS {
  _client: XrpcClient

  constructor(client: XrpcClient) {
    this._client = client
  }

  addService(
    data?: IoPocketenvServiceAddService.InputSchema,
    opts?: IoPocketenvServiceAddService.CallOptions,
  ): Promise<IoPocketenvServiceAddService.Response> {
    return this._client.call(
      'io.pocketenv.service.addService',
      opts?.qp,
      data,
      opts,
    )
  }

  deleteService(
    data?: IoPocketenvServiceDeleteService.InputSchema,
    opts?: IoPocketenvServiceDeleteService.CallOptions,
  ): Promise<IoPocketenvServiceDeleteService.Response> {
    return this._client.call(
      'io.pocketenv.service.deleteService',
      opts?.qp,
      data,
      opts,
    )
  }

  getServices(
    params?: IoPocketenvServiceGetServices.QueryParams,
    opts?: IoPocketenvServiceGetServices.CallOptions,
  ): Promise<IoPocketenvServiceGetServices.Response> {
    return this._client.call(
      'io.pocketenv.service.getServices',
      params,
      undefined,
      opts,
    )
  }

  restartService(
    data?: IoPocketenvServiceRestartService.InputSchema,
    opts?: IoPocketenvServiceRestartService.CallOptions,
  ): Promise<IoPocketenvServiceRestartService.Response> {
    return this._client.call(
      'io.pocketenv.service.restartService',
      opts?.qp,
      data,
      opts,
    )
  }

  startService(
    data?: IoPocketenvServiceStartService.InputSchema,
    opts?: IoPocketenvServiceStartService.CallOptions,
  ): Promise<IoPocketenvServiceStartService.Response> {
    return this._client.call(
      'io.pocketenv.service.startService',
      opts?.qp,
      data,
      opts,
    )
  }

  stopService(
    data?: IoPocketenvServiceStopService.InputSchema,
    opts?: IoPocketenvServiceStopService.CallOptions,
  ): Promise<IoPocketenvServiceStopService.Response> {
    return this._client.call(
      'io.pocketenv.service.stopService',
      opts?.qp,
      data,
      opts,
    )
  }

  updateService(
    data?: IoPocketenvServiceUpdateService.InputSchema,
    opts?: IoPocketenvServiceUpdateService.CallOptions,
  ): Promise<IoPocketenvServiceUpdateService.Response> {
    return this._client.call(
      'io.pocketenv.service.updateService',
      opts?.qp,
      data,
      opts,
    )
  }
}

export class IoPocketenvVariableNS {
  _client: XrpcClient

  constructor(client: XrpcClient) {
    this._client = client
  }

  addVariable(
    data?: IoPocketenvVariableAddVariable.InputSchema,
    opts?: IoPocketenvVariableAddVariable.CallOptions,
  ): Promise<IoPocketenvVariableAddVariable.Response> {
    return this._client
      .call('io.pocketenv.variable.addVariable', opts?.qp, data, opts)
      .catch((e) => {
        throw IoPocketenvVariableAddVariable.toKnownErr(e)
      })
  }

  deleteVariable(
    data?: IoPocketenvVariableDeleteVariable.InputSchema,
    opts?: IoPocketenvVariableDeleteVariable.CallOptions,
  ): Promise<IoPocketenvVariableDeleteVariable.Response> {
    return this._client
      .call('io.pocketenv.variable.deleteVariable', opts?.qp, data, opts)
      .catch((e) => {
        throw IoPocketenvVariableDeleteVariable.toKnownErr(e)
      })
  }

  getVariable(
    params?: IoPocketenvVariableGetVariable.QueryParams,
    opts?: IoPocketenvVariableGetVariable.CallOptions,
  ): Promise<IoPocketenvVariableGetVariable.Response> {
    return this._client.call(
      'io.pocketenv.variable.getVariable',
      params,
      undefined,
      opts,
    )
  }

  getVariables(
    params?: IoPocketenvVariableGetVariables.QueryParams,
    opts?: IoPocketenvVariableGetVariables.CallOptions,
  ): Promise<IoPocketenvVariableGetVariables.Response> {
    return this._client.call(
      'io.pocketenv.variable.getVariables',
      params,
      undefined,
      opts,
    )
  }

  updateVariable(
    data?: IoPocketenvVariableUpdateVariable.InputSchema,
    opts?: IoPocketenvVariableUpdateVariable.CallOptions,
  ): Promise<IoPocketenvVariableUpdateVariable.Response> {
    return this._client
      .call('io.pocketenv.variable.updateVariable', opts?.qp, data, opts)
      .catch((e) => {
        throw IoPocketenvVariableUpdateVariable.toKnownErr(e)
      })
  }
}

export class IoPocketenvVolumeNS {
  _client: XrpcClient

  constructor(client: XrpcClient) {
    this._client = client
  }

  addVolume(
    data?: IoPocketenvVolumeAddVolume.InputSchema,
    opts?: IoPocketenvVolumeAddVolume.CallOptions,
  ): Promise<IoPocketenvVolumeAddVolume.Response> {
    return this._client
      .call('io.pocketenv.volume.addVolume', opts?.qp, data, opts)
      .catch((e) => {
        throw IoPocketenvVolumeAddVolume.toKnownErr(e)
      })
  }

  deleteVolume(
    data?: IoPocketenvVolumeDeleteVolume.InputSchema,
    opts?: IoPocketenvVolumeDeleteVolume.CallOptions,
  ): Promise<IoPocketenvVolumeDeleteVolume.Response> {
    return this._client
      .call('io.pocketenv.volume.deleteVolume', opts?.qp, data, opts)
      .catch((e) => {
        throw IoPocketenvVolumeDeleteVolume.toKnownErr(e)
      })
  }

  getVolume(
    params?: IoPocketenvVolumeGetVolume.QueryParams,
    opts?: IoPocketenvVolumeGetVolume.CallOptions,
  ): Promise<IoPocketenvVolumeGetVolume.Response> {
    return this._client.call(
      'io.pocketenv.volume.getVolume',
      params,
      undefined,
      opts,
    )
  }

  getVolumes(
    params?: IoPocketenvVolumeGetVolumes.QueryParams,
    opts?: IoPocketenvVolumeGetVolumes.CallOptions,
  ): Promise<IoPocketenvVolumeGetVolumes.Response> {
    return this._client.call(
      'io.pocketenv.volume.getVolumes',
      params,
      undefined,
      opts,
    )
  }

  updateVolume(
    data?: IoPocketenvVolumeUpdateVolume.InputSchema,
    opts?: IoPocketenvVolumeUpdateVolume.CallOptions,
  ): Promise<IoPocketenvVolumeUpdateVolume.Response> {
    return this._client
      .call('io.pocketenv.volume.updateVolume', opts?.qp, data, opts)
      .catch((e) => {
        throw IoPocketenvVolumeUpdateVolume.toKnownErr(e)
      })
  }
}
