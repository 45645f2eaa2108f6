/**
 * GENERATED CODE - DO NOT MODIFY
 *
 * Path types of the Pocketenv XRPC API, made by openapi-typescript from
 * openapi/pocketenv.json. Regenerate with `npm run generate`.
 */
export interface paths {
    "/xrpc/io.pocketenv.actor.getActorSandboxes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the sandboxes of one account, newest first.
         * @description List the sandboxes of one account, newest first. Public: no token is needed.
         */
        get: operations["io.pocketenv.actor.getActorSandboxes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.actor.getProfile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the profile of an account, or of the caller when `did` is left out.
         * @description Get the profile of an account, or of the caller when `did` is left out. The server answers `{}` instead of an error when the profile cannot be loaded.
         */
        get: operations["io.pocketenv.actor.getProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.actor.getTerminalToken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a token for the interactive terminal of a sandbox.
         * @description Get a token for the interactive terminal of a sandbox. It is not an API token: using it as a bearer gives 401.
         */
        get: operations["io.pocketenv.actor.getTerminalToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.file.addFile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Store a file.
         * @description Store a file. Answers an empty body.
         */
        post: operations["io.pocketenv.file.addFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.file.deleteFile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove a file from its sandbox.
         * @description Remove a file from its sandbox. Send no body. Succeeds with an empty body even when nothing matched.
         */
        post: operations["io.pocketenv.file.deleteFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.file.getFile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one file of the caller.
         * @description Get one file of the caller. An unknown id is answered with `{}`.
         */
        get: operations["io.pocketenv.file.getFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.file.getFiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the files of the caller, one page at a time.
         * @description List the files of the caller, one page at a time.
         */
        get: operations["io.pocketenv.file.getFiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.file.updateFile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the path of a file.
         * @description Change the path of a file. The server does not save the new content (a known server fault). Answers an empty body.
         */
        post: operations["io.pocketenv.file.updateFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.sandbox.claimSandbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take ownership of a sandbox that was created without an account.
         * @description Take ownership of a sandbox that was created without an account.
         */
        post: operations["io.pocketenv.sandbox.claimSandbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.sandbox.createBackup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Save a directory of a sandbox as a backup.
         * @description Save a directory of a sandbox as a backup. Only Cloudflare sandboxes support it (400 otherwise). Answers an empty body.
         */
        post: operations["io.pocketenv.sandbox.createBackup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.sandbox.createIntegration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Placeholder for integrations: the server stores nothing and answers `{}`.
         * @description Placeholder for integrations: the server stores nothing and answers `{}`.
         */
        post: operations["io.pocketenv.sandbox.createIntegration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.sandbox.createSandbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a sandbox from a template.
         * @description Create a sandbox from a template. Needs a token (or a Turnstile challenge in `X-Challenge`). Only `base`, `provider`, `repo`, `keepAlive` and the provider credentials reach the platform.
         */
        post: operations["io.pocketenv.sandbox.createSandbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.sandbox.deleteSandbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete a sandbox of the caller for good.
         * @description Delete a sandbox of the caller for good. Send no body. Answers `{}`.
         */
        post: operations["io.pocketenv.sandbox.deleteSandbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.sandbox.exec": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a shell command in a running sandbox and wait for it to finish.
         * @description Run a shell command in a running sandbox and wait for it to finish. A stopped sandbox gives 400 "Request failed with status code 400".
         */
        post: operations["io.pocketenv.sandbox.exec"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.sandbox.exposePort": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make a port of a sandbox reachable from the internet.
         * @description Make a port of a sandbox reachable from the internet. Exposing a port twice gives 500.
         */
        post: operations["io.pocketenv.sandbox.exposePort"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.sandbox.exposeVscode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Expose VS Code Server (port 1024) and return its address.
         * @description Expose VS Code Server (port 1024) and return its address. Send no body. When it is already exposed, the stored address comes back at once.
         */
        post: operations["io.pocketenv.sandbox.exposeVscode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.sandbox.getBackups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the backups of a sandbox of the caller.
         * @description List the backups of a sandbox of the caller.
         */
        get: operations["io.pocketenv.sandbox.getBackups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.sandbox.getExposedPorts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the exposed ports of a sandbox of the caller, VS Code (port 1024) included.
         * @description List the exposed ports of a sandbox of the caller, VS Code (port 1024) included. An unknown sandbox gives an empty list.
         */
        get: operations["io.pocketenv.sandbox.getExposedPorts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.sandbox.getIntegrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Placeholder for integrations: the server always answers `{}`.
         * @description Placeholder for integrations: the server always answers `{}`.
         */
        get: operations["io.pocketenv.sandbox.getIntegrations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.sandbox.getPreferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the stored provider settings of the caller.
         * @description Get the stored provider settings of the caller. The answer is a bare JSON array: empty, or one `sandboxProviderPref` holding masked keys only.
         */
        get: operations["io.pocketenv.sandbox.getPreferences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.sandbox.getSandbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one sandbox of any account by id, name or at:// URI.
         * @description Get one sandbox of any account by id, name or at:// URI. Public. An unknown sandbox is answered with `{}`, and a server fault with `{"sandbox": null}`, both with status 200.
         */
        get: operations["io.pocketenv.sandbox.getSandbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.sandbox.getSandboxes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the public template catalogue (sandboxes published by pocketenv.io), most used first.
         * @description List the public template catalogue (sandboxes published by pocketenv.io), most used first. Public.
         */
        get: operations["io.pocketenv.sandbox.getSandboxes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.sandbox.getSshKeys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the SSH key pair stored for a sandbox.
         * @description Get the SSH key pair stored for a sandbox. Answers 404 when there is none.
         */
        get: operations["io.pocketenv.sandbox.getSshKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.sandbox.getTailscaleAuthKey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the Tailscale auth key stored for a sandbox, masked.
         * @description Get the Tailscale auth key stored for a sandbox, masked. Answers 404 when there is none.
         */
        get: operations["io.pocketenv.sandbox.getTailscaleAuthKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.sandbox.pullDirectory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unpack an archive from the storage service into a directory of a running sandbox.
         * @description Unpack an archive from the storage service into a directory of a running sandbox. Answers an empty body.
         */
        post: operations["io.pocketenv.sandbox.pullDirectory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.sandbox.pushDirectory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pack a directory of a running sandbox and upload it to the storage service; fetch the archive once with `GET <storage>/cp/<uuid>`.
         * @description Pack a directory of a running sandbox and upload it to the storage service; fetch the archive once with `GET <storage>/cp/<uuid>`.
         */
        post: operations["io.pocketenv.sandbox.pushDirectory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.sandbox.putPreferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change settings of a sandbox.
         * @description Change settings of a sandbox. The server applies `sandboxDetailsPref` and `sandboxProviderPref` and silently ignores the other kinds. Answers an empty body.
         */
        post: operations["io.pocketenv.sandbox.putPreferences"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.sandbox.putSshKeys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Store the SSH key pair of a sandbox, replacing any earlier one.
         * @description Store the SSH key pair of a sandbox, replacing any earlier one. Answers `{}`.
         */
        post: operations["io.pocketenv.sandbox.putSshKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.sandbox.putTailscaleAuthKey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Store the Tailscale auth key of a sandbox.
         * @description Store the Tailscale auth key of a sandbox. Answers `{}`.
         */
        post: operations["io.pocketenv.sandbox.putTailscaleAuthKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.sandbox.restoreBackup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write a backup back into its sandbox.
         * @description Write a backup back into its sandbox. Only Cloudflare sandboxes support it. Answers an empty body.
         */
        post: operations["io.pocketenv.sandbox.restoreBackup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.sandbox.startSandbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a sandbox.
         * @description Start a sandbox. A body is required, even an empty `{}`. Answers `{}`: read the new state with `getSandbox`.
         */
        post: operations["io.pocketenv.sandbox.startSandbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.sandbox.stopSandbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop a sandbox.
         * @description Stop a sandbox. Send no body. Answers `{}`.
         */
        post: operations["io.pocketenv.sandbox.stopSandbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.sandbox.unexposePort": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop exposing a port.
         * @description Stop exposing a port. Succeeds with an empty body even when the port was not exposed.
         */
        post: operations["io.pocketenv.sandbox.unexposePort"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.secret.addSecret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Store a secret.
         * @description Store a secret. Answers an empty body.
         */
        post: operations["io.pocketenv.secret.addSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.secret.deleteSecret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove a secret.
         * @description Remove a secret. Send no body. Answers an empty body.
         */
        post: operations["io.pocketenv.secret.deleteSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.secret.getSecret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one secret of the caller.
         * @description Get one secret of the caller. An unknown id is answered with `{}`.
         */
        get: operations["io.pocketenv.secret.getSecret"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.secret.getSecrets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the secrets of the caller, one page at a time.
         * @description List the secrets of the caller, one page at a time. When the server fails it answers `{"sandboxes": []}`, so `secrets` may be missing.
         */
        get: operations["io.pocketenv.secret.getSecrets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.secret.updateSecret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change a secret.
         * @description Change a secret. Answers an empty body.
         */
        post: operations["io.pocketenv.secret.updateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.service.addService": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a service to a sandbox; it starts at once when the sandbox is running.
         * @description Add a service to a sandbox; it starts at once when the sandbox is running. Answers an empty body.
         */
        post: operations["io.pocketenv.service.addService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.service.deleteService": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop and remove a service.
         * @description Stop and remove a service. Send no body. Answers an empty body.
         */
        post: operations["io.pocketenv.service.deleteService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.service.getServices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List every service of a sandbox (no paging).
         * @description List every service of a sandbox (no paging).
         */
        get: operations["io.pocketenv.service.getServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.service.restartService": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop and start a service again.
         * @description Stop and start a service again. Send no body. Answers an empty body.
         */
        post: operations["io.pocketenv.service.restartService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.service.startService": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a service; nothing happens when it already runs.
         * @description Start a service; nothing happens when it already runs. Send no body. Answers an empty body.
         */
        post: operations["io.pocketenv.service.startService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.service.stopService": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop a service; nothing happens when it is already stopped.
         * @description Stop a service; nothing happens when it is already stopped. Send no body. Answers an empty body.
         */
        post: operations["io.pocketenv.service.stopService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.service.updateService": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change a service without restarting it.
         * @description Change a service without restarting it. Answers an empty body.
         */
        post: operations["io.pocketenv.service.updateService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.variable.addVariable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Store a variable.
         * @description Store a variable. Answers an empty body.
         */
        post: operations["io.pocketenv.variable.addVariable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.variable.deleteVariable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove a variable.
         * @description Remove a variable. Send no body. Answers an empty body.
         */
        post: operations["io.pocketenv.variable.deleteVariable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.variable.getVariable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one variable of the caller.
         * @description Get one variable of the caller. An unknown id is answered with `{}`.
         */
        get: operations["io.pocketenv.variable.getVariable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.variable.getVariables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the variables of the caller, one page at a time.
         * @description List the variables of the caller, one page at a time.
         */
        get: operations["io.pocketenv.variable.getVariables"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.variable.updateVariable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change a variable.
         * @description Change a variable. Answers an empty body.
         */
        post: operations["io.pocketenv.variable.updateVariable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.volume.addVolume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a 20 GB volume, attached to a sandbox when both `sandboxId` and `path` are given.
         * @description Create a 20 GB volume, attached to a sandbox when both `sandboxId` and `path` are given. Answers an empty body.
         */
        post: operations["io.pocketenv.volume.addVolume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.volume.deleteVolume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove a volume.
         * @description Remove a volume. Send no body. Succeeds with an empty body even when nothing matched.
         */
        post: operations["io.pocketenv.volume.deleteVolume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.volume.getVolume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one volume of the caller.
         * @description Get one volume of the caller. An unknown id is answered with `{}`.
         */
        get: operations["io.pocketenv.volume.getVolume"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.volume.getVolumes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the volumes of the caller, one page at a time.
         * @description List the volumes of the caller, one page at a time.
         */
        get: operations["io.pocketenv.volume.getVolumes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xrpc/io.pocketenv.volume.updateVolume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change a volume.
         * @description Change a volume. Answers an empty body.
         */
        post: operations["io.pocketenv.volume.updateVolume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description A Pocketenv user. Every field may be missing: the server answers `{}` when it cannot load the profile.
         * @example {
         *       "id": "rec_01jz8k3q6m2v4w",
         *       "did": "did:plc:7vdlgi2bflelz7mmuxoqjfcr",
         *       "handle": "alice.bsky.social",
         *       "displayName": "Alice",
         *       "avatar": "https://cdn.bsky.app/img/avatar/plain/did:plc:7vdlgi2bflelz7mmuxoqjfcr/avatar@jpeg",
         *       "createdAt": "2026-03-02T10:00:00.000Z",
         *       "updatedAt": "2026-04-15T09:00:00.000Z"
         *     }
         */
        "io.pocketenv.actor.defs.profileViewDetailed": {
            avatar?: string | null;
            /**
             * Format: date-time
             * @description When Pocketenv first saw this account.
             * @example 2026-04-15T09:30:00.000Z
             */
            createdAt?: string;
            /**
             * @description Decentralized identifier of the account.
             * @example did:plc:7vdlgi2bflelz7mmuxoqjfcr
             */
            did?: string;
            displayName?: string | null;
            /**
             * @description Handle of the account, such as `alice.bsky.social`.
             * @example alice.bsky.social
             */
            handle?: string;
            /** @description Server-side identifier of the user row. */
            id?: string;
            /**
             * Format: date-time
             * @description When Pocketenv last refreshed this profile.
             * @example 2026-04-15T09:30:00.000Z
             */
            updatedAt?: string;
        };
        /**
         * @description A file to place in a sandbox.
         * @example {
         *       "sandboxId": "example",
         *       "path": "example",
         *       "content": "example"
         *     }
         */
        "io.pocketenv.file.defs.file": {
            /** @description The file content, sealed with the server public key and encoded as unpadded base64url. The server stores it as sent and decrypts it when the sandbox starts. */
            content: string;
            /** @description Where the file is written in the sandbox, for example `/app/.env`. */
            path: string;
            /** @description The sandbox (id or name) the file belongs to. A file added without it is stored but attached to nothing. */
            sandboxId?: string;
        };
        /**
         * @description A file of a sandbox. The content is never returned.
         * @example {
         *       "id": "file_9Qm4Tn6Yb2",
         *       "path": "/home/user/app/.env",
         *       "createdAt": "2026-04-15T09:33:00.000Z",
         *       "updatedAt": "2026-04-15T09:33:00.000Z"
         *     }
         */
        "io.pocketenv.file.defs.fileView": {
            /**
             * Format: date-time
             * @description When the file was added.
             * @example 2026-04-15T09:30:00.000Z
             */
            createdAt?: string;
            /** @description Identifier of the file (`file_…`). */
            id?: string;
            /** @description Where the file is written in the sandbox. */
            path?: string;
            /**
             * Format: date-time
             * @description When the file was last changed.
             * @example 2026-04-15T09:30:00.000Z
             */
            updatedAt?: string;
        };
        /**
         * @description A port of a sandbox that is reachable from the internet.
         * @example {
         *       "port": 3000,
         *       "description": "web",
         *       "previewUrl": "https://3000-brave-otter-42.sbx.pocketenv.io"
         *     }
         */
        "io.pocketenv.port.defs.portView": {
            description?: string | null;
            /** @description The port inside the sandbox. 1024 is the port the server reserves for VS Code. */
            port: number;
            previewUrl?: string | null;
        };
        /**
         * @description A saved copy of a directory of a sandbox.
         * @example {
         *       "id": "bkp_9c1d2e3f",
         *       "directory": "/home/user/app",
         *       "description": "before upgrade",
         *       "expiresAt": "2026-04-18T09:30:00.000Z",
         *       "createdAt": "2026-04-15T09:30:00.000Z"
         *     }
         */
        "io.pocketenv.sandbox.defs.backupViewBasic": {
            /**
             * Format: date-time
             * @description When the backup was made.
             * @example 2026-04-15T09:30:00.000Z
             */
            createdAt?: string;
            description?: string | null;
            /** @description The directory that was saved. */
            directory?: string;
            /**
             * Format: date-time
             * @description When the backup will be removed. Absent when it does not expire.
             * @example 2026-04-15T09:30:00.000Z
             */
            expiresAt?: string;
            /** @description Identifier of the backup, used to restore it. */
            id?: string;
        };
        /**
         * @description Accepted by the server and ignored.
         * @example {
         *       "name": "example",
         *       "content": "example",
         *       "encrypt": false,
         *       "path": "example"
         *     }
         */
        "io.pocketenv.sandbox.defs.filePref": {
            /** @description Content of the file. */
            content?: string;
            /** @description Whether the content is sealed. */
            encrypt?: boolean;
            /** @description Name of the file. */
            name?: string;
            /** @description Where the file goes in the sandbox. */
            path?: string;
        };
        /**
         * @description Settings of a sandbox. Each item names its kind in `$type`.
         * @example [
         *       {
         *         "name": "example",
         *         "description": "example",
         *         "topics": [
         *           "example"
         *         ],
         *         "repo": "example",
         *         "vcpus": 1,
         *         "memory": 1,
         *         "disk": 3,
         *         "readme": "https://pocketenv.io",
         *         "$type": "io.pocketenv.sandbox.defs#sandboxDetailsPref"
         *       }
         *     ]
         */
        "io.pocketenv.sandbox.defs.preferences": ((components["schemas"]["io.pocketenv.sandbox.defs.sandboxDetailsPref"] & {
            /** @constant */
            $type: "io.pocketenv.sandbox.defs#sandboxDetailsPref";
        }) | (components["schemas"]["io.pocketenv.sandbox.defs.secretPref"] & {
            /** @constant */
            $type: "io.pocketenv.sandbox.defs#secretPref";
        }) | (components["schemas"]["io.pocketenv.sandbox.defs.variablePref"] & {
            /** @constant */
            $type: "io.pocketenv.sandbox.defs#variablePref";
        }) | (components["schemas"]["io.pocketenv.sandbox.defs.filePref"] & {
            /** @constant */
            $type: "io.pocketenv.sandbox.defs#filePref";
        }) | (components["schemas"]["io.pocketenv.sandbox.defs.volumePref"] & {
            /** @constant */
            $type: "io.pocketenv.sandbox.defs#volumePref";
        }) | (components["schemas"]["io.pocketenv.sandbox.defs.sandboxProviderPref"] & {
            /** @constant */
            $type: "io.pocketenv.sandbox.defs#sandboxProviderPref";
        }) | {
            $type: string;
        })[];
        /**
         * @description Changes to the name, description, tags or repository of a sandbox. The server applies this kind.
         * @example {
         *       "name": "example",
         *       "description": "example",
         *       "topics": [
         *         "example"
         *       ],
         *       "repo": "example",
         *       "vcpus": 1,
         *       "memory": 1,
         *       "disk": 3,
         *       "readme": "https://pocketenv.io"
         *     }
         */
        "io.pocketenv.sandbox.defs.sandboxDetailsPref": {
            description?: string | null;
            /** @description Ignored by the server. */
            disk?: number;
            /** @description Ignored by the server. */
            memory?: number;
            /** @description New name for the sandbox. */
            name?: string;
            /**
             * @description Ignored by the server.
             * @example https://pocketenv.io
             */
            readme?: string;
            repo?: string | null;
            topics?: string[] | null;
            /** @description Ignored by the server. */
            vcpus?: number;
        };
        /**
         * @description Credentials for a sandbox provider. The server stores them and returns only the masked fields.
         * @example {
         *       "name": "daytona",
         *       "apiKey": "example",
         *       "redactedApiKey": "example",
         *       "organizationId": "example",
         *       "vercelProjectId": "example",
         *       "vercelTeamId": "example",
         *       "modalTokenId": "example",
         *       "modalTokenSecret": "example",
         *       "redactedModalTokenId": "example",
         *       "redactedModalTokenSecret": "example",
         *       "e2bApiKey": "example",
         *       "redactedE2bApiKey": "example",
         *       "hopxApiKey": "example",
         *       "redactedHopxApiKey": "example",
         *       "runloopApiKey": "example",
         *       "redactedRunloopApiKey": "example"
         *     }
         */
        "io.pocketenv.sandbox.defs.sandboxProviderPref": {
            /** @description API key of the provider, sealed with the server public key. Only sent, never returned. */
            apiKey?: string;
            /** @description E2B API key, sealed with the server public key. */
            e2bApiKey?: string;
            /** @description Hopx API key, sealed with the server public key. */
            hopxApiKey?: string;
            /** @description Modal token id, sealed with the server public key. */
            modalTokenId?: string;
            /** @description Modal token secret, sealed with the server public key. */
            modalTokenSecret?: string;
            /** @description Which provider these credentials are for. */
            name: ("daytona" | "deno" | "sprites" | "vercel" | "modal" | "e2b" | "hopx" | "runloop") | string;
            /** @description Organization at the provider (Daytona). */
            organizationId?: string;
            /** @description Masked form of the API key, safe to display. */
            redactedApiKey?: string;
            /** @description Masked E2B API key. */
            redactedE2bApiKey?: string;
            /** @description Masked Hopx API key. */
            redactedHopxApiKey?: string;
            /** @description Masked Modal token id. */
            redactedModalTokenId?: string;
            /** @description Masked Modal token secret. */
            redactedModalTokenSecret?: string;
            /** @description Masked Runloop API key. */
            redactedRunloopApiKey?: string;
            /** @description Runloop API key, sealed with the server public key. */
            runloopApiKey?: string;
            /** @description Vercel project to create sandboxes in. */
            vercelProjectId?: string;
            /** @description Vercel team that owns the project. */
            vercelTeamId?: string;
        };
        /**
         * @description A sandbox as the catalogue, creation and claim methods describe it. Which fields appear depends on the method.
         * @example {
         *       "id": "sbx_4Fq9ZkT2mN8pXw",
         *       "uri": "at://did:plc:7vdlgi2bflelz7mmuxoqjfcr/io.pocketenv.sandbox/3lzmyqbwi2k2a",
         *       "name": "brave-otter-42",
         *       "provider": "cloudflare",
         *       "description": null,
         *       "topics": null,
         *       "vcpus": 2,
         *       "memory": 8,
         *       "disk": 16,
         *       "createdAt": "2026-04-15T09:30:00.000Z"
         *     }
         */
        "io.pocketenv.sandbox.defs.sandboxViewBasic": {
            /**
             * Format: date-time
             * @description When the sandbox was created.
             * @example 2026-04-15T09:30:00.000Z
             */
            createdAt?: string;
            description?: string | null;
            disk?: number | null;
            displayName?: string | null;
            /** @description Identifier of the sandbox (`sbx_…`). Every other method accepts it. */
            id?: string;
            /** @description How many times the sandbox has been used as a base. */
            installs?: number;
            logo?: string | null;
            memory?: number | null;
            /** @description Name of the sandbox. The server picks it when the sandbox is created. */
            name?: string;
            /** @description The platform the sandbox runs on. */
            provider?: ("cloudflare" | "daytona" | "deno" | "vercel" | "sprites" | "modal" | "e2b" | "blaxel" | "hopx" | "runloop") | string;
            readme?: string | null;
            repo?: string | null;
            topics?: string[] | null;
            uri?: string | null;
            vcpus?: number | null;
        };
        /**
         * @description A sandbox with its lifecycle state, as `getSandbox` and `getActorSandboxes` describe it.
         * @example {
         *       "id": "sbx_4Fq9ZkT2mN8pXw",
         *       "uri": "at://did:plc:7vdlgi2bflelz7mmuxoqjfcr/io.pocketenv.sandbox/3lzmyqbwi2k2a",
         *       "name": "brave-otter-42",
         *       "displayName": "Brave Otter",
         *       "provider": "cloudflare",
         *       "baseSandbox": "openclaw",
         *       "status": "RUNNING",
         *       "description": "A sandbox for trying out the SDK.",
         *       "topics": [
         *         "node",
         *         "demo"
         *       ],
         *       "repo": "https://github.com/pocketenv-io/pocketenv",
         *       "logo": null,
         *       "readme": null,
         *       "vcpus": 2,
         *       "memory": 8,
         *       "disk": 16,
         *       "installs": 0,
         *       "createdAt": "2026-04-15T09:30:00.000Z",
         *       "startedAt": "2026-04-15T09:31:12.000Z",
         *       "owner": {
         *         "id": "rec_01jz8k3q6m2v4w",
         *         "did": "did:plc:7vdlgi2bflelz7mmuxoqjfcr",
         *         "handle": "alice.bsky.social",
         *         "displayName": "Alice",
         *         "avatar": "https://cdn.bsky.app/img/avatar/plain/did:plc:7vdlgi2bflelz7mmuxoqjfcr/avatar@jpeg",
         *         "createdAt": "2026-03-02T10:00:00.000Z",
         *         "updatedAt": "2026-04-15T09:00:00.000Z"
         *       }
         *     }
         */
        "io.pocketenv.sandbox.defs.sandboxViewDetailed": {
            baseSandbox?: string | null;
            /**
             * Format: date-time
             * @description When the sandbox was created.
             * @example 2026-04-15T09:30:00.000Z
             */
            createdAt?: string;
            description?: string | null;
            disk?: number | null;
            displayName?: string | null;
            /** @description Identifier of the sandbox (`sbx_…`). Every other method accepts it. */
            id?: string;
            /** @description How many times the sandbox has been used as a base. */
            installs?: number;
            logo?: string | null;
            memory?: number | null;
            /** @description Name of the sandbox. The server picks it when the sandbox is created. */
            name?: string;
            owner?: components["schemas"]["io.pocketenv.actor.defs.profileViewDetailed"] | null;
            /** @description The platform the sandbox runs on. */
            provider?: ("cloudflare" | "daytona" | "deno" | "vercel" | "sprites" | "modal" | "e2b" | "blaxel" | "hopx" | "runloop") | string;
            readme?: string | null;
            repo?: string | null;
            startedAt?: string | null;
            /** @description Lifecycle state. Treat values you do not know as "unknown". */
            status?: ("INITIALIZING" | "RUNNING" | "STOPPED") | string;
            topics?: string[] | null;
            uri?: string | null;
            vcpus?: number | null;
        };
        /**
         * @description Accepted by the server and ignored.
         * @example {
         *       "name": "example",
         *       "value": "example"
         *     }
         */
        "io.pocketenv.sandbox.defs.secretPref": {
            /** @description Name of the secret. */
            name?: string;
            /** @description Value of the secret. */
            value?: string;
        };
        /**
         * @description The SSH key pair stored for a sandbox.
         * @example {
         *       "id": "rec_6Bw3Ck9Df1",
         *       "publicKey": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILD2BcrGTl3oYJuhsZcE/JKKCm+bczWrTmln5UuuOxcZ user@pocketenv",
         *       "privateKey": "-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC**********\\n*****OxcZA\\n-----END OPENSSH PRIVATE KEY-----",
         *       "createdAt": "2026-04-15T09:36:00.000Z"
         *     }
         */
        "io.pocketenv.sandbox.defs.sshKeysView": {
            /**
             * Format: date-time
             * @description When the key pair was stored.
             * @example 2026-04-15T09:30:00.000Z
             */
            createdAt?: string;
            /** @description Identifier of the key pair. */
            id?: string;
            /** @description The masked private key that was sent with it (an empty string when none was), never the key itself. */
            privateKey?: string;
            /** @description The OpenSSH public key. */
            publicKey?: string;
        };
        /**
         * @description The Tailscale auth key stored for a sandbox.
         * @example {
         *       "id": "rec_4Lp8Ns2Qv6",
         *       "authKey": "tskey-auth-*****************************def",
         *       "createdAt": "2026-04-15T09:37:00.000Z"
         *     }
         */
        "io.pocketenv.sandbox.defs.tailscaleAuthKeyView": {
            /** @description The masked auth key, never the key itself. */
            authKey?: string;
            /**
             * Format: date-time
             * @description When the key was stored.
             * @example 2026-04-15T09:30:00.000Z
             */
            createdAt?: string;
            /** @description Identifier of the stored key. */
            id?: string;
        };
        /**
         * @description Accepted by the server and ignored.
         * @example {
         *       "name": "example",
         *       "value": "example"
         *     }
         */
        "io.pocketenv.sandbox.defs.variablePref": {
            /** @description Name of the variable. */
            name?: string;
            /** @description Value of the variable. */
            value?: string;
        };
        /**
         * @description Accepted by the server and ignored.
         * @example {
         *       "name": "example",
         *       "path": "example",
         *       "readOnly": false
         *     }
         */
        "io.pocketenv.sandbox.defs.volumePref": {
            /** @description Name of the volume. */
            name?: string;
            /** @description Mount point in the sandbox. */
            path?: string;
            /** @description Whether the volume is mounted read-only. */
            readOnly?: boolean;
        };
        /**
         * @description A secret to store for a sandbox.
         * @example {
         *       "sandboxId": "example",
         *       "name": "example",
         *       "value": "example"
         *     }
         */
        "io.pocketenv.secret.defs.secret": {
            /** @description Name of the environment variable the secret becomes. */
            name: string;
            /** @description Internal id (`sbx_…`) of the sandbox. A name does not work here, and a secret stored without it never shows up in a listing. */
            sandboxId?: string;
            /** @description The value, sealed with the server public key and encoded as unpadded base64url. */
            value: string;
        };
        /**
         * @description A stored secret. Its value is never returned.
         * @example {
         *       "id": "secret_7Hc2Lq9Vx1",
         *       "name": "OPENAI_API_KEY",
         *       "createdAt": "2026-04-15T09:32:00.000Z"
         *     }
         */
        "io.pocketenv.secret.defs.secretView": {
            /**
             * Format: date-time
             * @description When the secret was stored.
             * @example 2026-04-15T09:30:00.000Z
             */
            createdAt?: string;
            /** @description Identifier of the secret. */
            id?: string;
            /** @description Name of the secret. */
            name?: string;
        };
        /**
         * @description A long-running process of a sandbox.
         * @example {
         *       "name": "example",
         *       "command": "example",
         *       "description": "example",
         *       "ports": [
         *         1
         *       ]
         *     }
         */
        "io.pocketenv.service.defs.service": {
            /** @description Shell command that runs the service. */
            command: string;
            /** @description Free text about the service. */
            description?: string;
            /** @description Name of the service, unique within its sandbox. */
            name: string;
            /** @description Ports the service listens on; they are exposed when the service starts. */
            ports?: number[];
        };
        /**
         * @description A service as the server lists it. Its ports are not returned.
         * @example {
         *       "id": "svc_2Ht5Mv8Ns4",
         *       "name": "web",
         *       "command": "npm start",
         *       "description": "The web server",
         *       "status": "RUNNING",
         *       "createdAt": "2026-04-15T09:35:00.000Z"
         *     }
         */
        "io.pocketenv.service.defs.serviceView": {
            /** @description Shell command that runs the service. */
            command?: string;
            /**
             * Format: date-time
             * @description When the service was added.
             * @example 2026-04-15T09:30:00.000Z
             */
            createdAt?: string;
            description?: string | null;
            /** @description Identifier of the service. */
            id?: string;
            /** @description What the service is called. */
            name?: string;
            /** @description Whether the service runs. */
            status?: ("RUNNING" | "STOPPED") | string;
        };
        /**
         * @description An environment variable to set in a sandbox.
         * @example {
         *       "sandboxId": "example",
         *       "name": "example",
         *       "value": "example"
         *     }
         */
        "io.pocketenv.variable.defs.variable": {
            /** @description Name of the environment variable. */
            name: string;
            /** @description Internal id (`sbx_…`) of the sandbox. A name does not work here, and a variable stored without it never shows up in a listing. */
            sandboxId?: string;
            /** @description Value of the variable, stored and returned in clear. */
            value: string;
        };
        /**
         * @description A stored environment variable.
         * @example {
         *       "id": "var_3Kd8Pw2Rz5",
         *       "name": "NODE_ENV",
         *       "value": "production",
         *       "createdAt": "2026-04-15T09:32:00.000Z",
         *       "updatedAt": "2026-04-15T09:32:00.000Z"
         *     }
         */
        "io.pocketenv.variable.defs.variableView": {
            /**
             * Format: date-time
             * @description When the variable was stored.
             * @example 2026-04-15T09:30:00.000Z
             */
            createdAt?: string;
            /** @description Identifier of the variable (`var_…`). */
            id?: string;
            /** @description Name of the variable. */
            name?: string;
            /**
             * Format: date-time
             * @description When the variable was last changed.
             * @example 2026-04-15T09:30:00.000Z
             */
            updatedAt?: string;
            /** @description Value of the variable. */
            value?: string;
        };
        /**
         * @description A persistent volume to create or change.
         * @example {
         *       "sandboxId": "example",
         *       "name": "example",
         *       "path": "example",
         *       "readOnly": false
         *     }
         */
        "io.pocketenv.volume.defs.volume": {
            /** @description Name of the volume. */
            name: string;
            /** @description Mount point in the sandbox, such as `/data`. */
            path?: string;
            /** @description Accepted and ignored: the server neither stores nor applies it. */
            readOnly?: boolean;
            /** @description The sandbox (id or name) to attach the volume to. The volume is attached only when `path` is given too. */
            sandboxId?: string;
        };
        /**
         * @description A volume attached to a sandbox.
         * @example {
         *       "id": "vol_5Gx7Jk1Wc8",
         *       "name": "data",
         *       "path": "/data",
         *       "createdAt": "2026-04-15T09:34:00.000Z",
         *       "updatedAt": "2026-04-15T09:34:00.000Z"
         *     }
         */
        "io.pocketenv.volume.defs.volumeView": {
            /**
             * Format: date-time
             * @description When the volume was attached.
             * @example 2026-04-15T09:30:00.000Z
             */
            createdAt?: string;
            /** @description Identifier of the attachment of the volume to the sandbox. */
            id?: string;
            name?: string | null;
            /** @description Mount point in the sandbox. */
            path?: string;
            /**
             * Format: date-time
             * @description When the attachment last changed.
             * @example 2026-04-15T09:30:00.000Z
             */
            updatedAt?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Seconds to wait before trying again (the server sends 30). */
        "Retry-After": number;
        /** @description Requests allowed per window (500 per 30 seconds per IP address). */
        "X-RateLimit-Limit": number;
        /** @description Requests left in the current window. */
        "X-RateLimit-Remaining": number;
        /** @description Epoch seconds 30 seconds after this request. */
        "X-RateLimit-Reset": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "io.pocketenv.actor.getActorSandboxes": {
        parameters: {
            query: {
                /** @description The account, as a DID or a handle. */
                did: string;
                /** @description `true` keeps only running sandboxes, `false` only stopped ones; sandboxes still initializing match neither. */
                isRunning?: boolean;
                /** @description How many items to return at most. The server applies 30 when it is left out and has no upper bound. */
                limit?: number;
                /** @description How many items to skip before the first one returned. */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sandboxes": [
                     *         {
                     *           "id": "sbx_4Fq9ZkT2mN8pXw",
                     *           "uri": "at://did:plc:7vdlgi2bflelz7mmuxoqjfcr/io.pocketenv.sandbox/3lzmyqbwi2k2a",
                     *           "name": "brave-otter-42",
                     *           "displayName": "Brave Otter",
                     *           "provider": "cloudflare",
                     *           "baseSandbox": "openclaw",
                     *           "status": "RUNNING",
                     *           "description": "A sandbox for trying out the SDK.",
                     *           "topics": [
                     *             "node",
                     *             "demo"
                     *           ],
                     *           "repo": "https://github.com/pocketenv-io/pocketenv",
                     *           "logo": null,
                     *           "readme": null,
                     *           "vcpus": 2,
                     *           "memory": 8,
                     *           "disk": 16,
                     *           "installs": 0,
                     *           "createdAt": "2026-04-15T09:30:00.000Z",
                     *           "startedAt": "2026-04-15T09:31:12.000Z",
                     *           "owner": {
                     *             "id": "rec_01jz8k3q6m2v4w",
                     *             "did": "did:plc:7vdlgi2bflelz7mmuxoqjfcr",
                     *             "handle": "alice.bsky.social",
                     *             "displayName": "Alice",
                     *             "avatar": "https://cdn.bsky.app/img/avatar/plain/did:plc:7vdlgi2bflelz7mmuxoqjfcr/avatar@jpeg",
                     *             "createdAt": "2026-03-02T10:00:00.000Z",
                     *             "updatedAt": "2026-04-15T09:00:00.000Z"
                     *           }
                     *         }
                     *       ],
                     *       "total": 1
                     *     }
                     */
                    "application/json": {
                        sandboxes: components["schemas"]["io.pocketenv.sandbox.defs.sandboxViewDetailed"][];
                        /** @description How many sandboxes match, across all pages. Missing when the server failed to count them. */
                        total?: number;
                    };
                };
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.actor.getProfile": {
        parameters: {
            query?: {
                /** @description The account, as a DID or a handle. Defaults to the account of the token. */
                did?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "rec_01jz8k3q6m2v4w",
                     *       "did": "did:plc:7vdlgi2bflelz7mmuxoqjfcr",
                     *       "handle": "alice.bsky.social",
                     *       "displayName": "Alice",
                     *       "avatar": "https://cdn.bsky.app/img/avatar/plain/did:plc:7vdlgi2bflelz7mmuxoqjfcr/avatar@jpeg",
                     *       "createdAt": "2026-03-02T10:00:00.000Z",
                     *       "updatedAt": "2026-04-15T09:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["io.pocketenv.actor.defs.profileViewDetailed"];
                };
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.actor.getTerminalToken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "token": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkaWQ6cGxjOjd2ZGxnaTJiZmxlbHo3bW11eG9xamZjciJ9.c2lnbmF0dXJl"
                     *     }
                     */
                    "application/json": {
                        /** @description A signed token naming the caller; it does not expire. */
                        token: string;
                    };
                };
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.file.addFile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    file: components["schemas"]["io.pocketenv.file.defs.file"];
                };
            };
        };
        responses: {
            /** @description Success, with an empty body and no Content-Type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.file.deleteFile": {
        parameters: {
            query: {
                /** @description Identifier of the file (`file_…`). */
                id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, with an empty body and no Content-Type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.file.getFile": {
        parameters: {
            query: {
                /** @description Identifier of the file (`file_…`). */
                id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "file": {
                     *         "id": "file_9Qm4Tn6Yb2",
                     *         "path": "/home/user/app/.env",
                     *         "createdAt": "2026-04-15T09:33:00.000Z",
                     *         "updatedAt": "2026-04-15T09:33:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @description The file; absent when there is none. */
                        file?: components["schemas"]["io.pocketenv.file.defs.fileView"];
                    };
                };
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.file.getFiles": {
        parameters: {
            query?: {
                /** @description How many items to return at most. The server applies 20 when it is left out and has no upper bound. */
                limit?: number;
                /** @description How many items to skip before the first one returned. */
                offset?: number;
                /** @description Only files of this sandbox (id or name). */
                sandboxId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "files": [
                     *         {
                     *           "id": "file_9Qm4Tn6Yb2",
                     *           "path": "/home/user/app/.env",
                     *           "createdAt": "2026-04-15T09:33:00.000Z",
                     *           "updatedAt": "2026-04-15T09:33:00.000Z"
                     *         }
                     *       ],
                     *       "total": 1
                     *     }
                     */
                    "application/json": {
                        files: components["schemas"]["io.pocketenv.file.defs.fileView"][];
                        /** @description How many files match, across all pages. Missing when the server failed to count them. */
                        total?: number;
                    };
                };
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.file.updateFile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    file: components["schemas"]["io.pocketenv.file.defs.file"];
                    /** @description Identifier of the file (`file_…`). */
                    id: string;
                };
            };
        };
        responses: {
            /** @description Success, with an empty body and no Content-Type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.sandbox.claimSandbox": {
        parameters: {
            query: {
                /** @description Id of the unowned sandbox, or its id at the provider. */
                id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "sbx_4Fq9ZkT2mN8pXw",
                     *       "uri": "at://did:plc:7vdlgi2bflelz7mmuxoqjfcr/io.pocketenv.sandbox/3lzmyqbwi2k2a",
                     *       "name": "brave-otter-42",
                     *       "provider": "cloudflare",
                     *       "description": null,
                     *       "topics": null,
                     *       "vcpus": 2,
                     *       "memory": 8,
                     *       "disk": 16,
                     *       "createdAt": "2026-04-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["io.pocketenv.sandbox.defs.sandboxViewBasic"];
                };
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError" | "SandboxProviderError" | "AgentCreationError" | "RecordCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired" | "SandboxProviderError" | "AgentCreationError" | "RecordCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported" | "SandboxProviderError" | "AgentCreationError" | "RecordCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError" | "SandboxProviderError" | "AgentCreationError" | "RecordCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.sandbox.createBackup": {
        parameters: {
            query: {
                /** @description The sandbox to act on: its id (`sbx_…`), its name, or its at:// URI. */
                id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A note to recognise the backup by. */
                    description?: string;
                    /** @description Absolute path of the directory to save. */
                    directory: string;
                    /** @description How long to keep the backup, in seconds. */
                    ttl?: number;
                };
            };
        };
        responses: {
            /** @description Success, with an empty body and no Content-Type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.sandbox.createIntegration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The sandbox to act on: its id (`sbx_…`), its name, or its at:// URI. */
                    id: string;
                    /** @description Name of the integration. */
                    name: string;
                };
            };
        };
        responses: {
            /** @description Always `{}`. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": Record<string, never>;
                };
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.sandbox.createSandbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The template to start from: an at:// URI, or the name or id of a sandbox. */
                    base: string;
                    /** @description Daytona API key to create the sandbox with, sealed with the server public key. */
                    daytonaApiKey?: string;
                    /** @description Daytona organization, in clear. */
                    daytonaOrganizationId?: string;
                    /** @description Deno Deploy token to create the sandbox with, sealed with the server public key. */
                    denoDeployToken?: string;
                    /** @description Echoed back in the answer but not stored. */
                    description?: string;
                    /** @description Echoed back in the answer but not applied (GB). */
                    disk?: number;
                    /** @description E2B API key to create the sandbox with, sealed with the server public key. */
                    e2bApiKey?: string;
                    /** @description Hopx API key to create the sandbox with, sealed with the server public key. */
                    hopxApiKey?: string;
                    /** @description Keep the sandbox running when it is idle. */
                    keepAlive?: boolean;
                    /** @description Echoed back in the answer but not applied (GB). */
                    memory?: number;
                    /** @description Modal token id to create the sandbox with, sealed with the server public key. */
                    modalTokenId?: string;
                    /** @description Modal token secret to create the sandbox with, sealed with the server public key. */
                    modalTokenSecret?: string;
                    /** @description Requested name. The server ignores it and chooses the name itself. */
                    name?: string;
                    /**
                     * @description The platform to run on. The server uses `cloudflare` when it is left out; `blaxel` is restricted (403).
                     * @enum {string}
                     */
                    provider?: "daytona" | "vercel" | "cloudflare" | "deno" | "sprites" | "modal" | "e2b" | "blaxel" | "hopx" | "runloop";
                    /**
                     * @description Echoed back in the answer but not stored.
                     * @example https://pocketenv.io
                     */
                    readme?: string;
                    /** @description Masked Daytona API key, kept for display. */
                    redactedDaytonaApiKey?: string;
                    /** @description Masked Deno Deploy token, kept for display. */
                    redactedDenoDeployToken?: string;
                    /** @description Masked E2B API key, kept for display. */
                    redactedE2bApiKey?: string;
                    /** @description Masked Hopx API key, kept for display. */
                    redactedHopxApiKey?: string;
                    /** @description Masked Modal token id, kept for display. */
                    redactedModalTokenId?: string;
                    /** @description Masked Modal token secret, kept for display. */
                    redactedModalTokenSecret?: string;
                    /** @description Masked Runloop API key, kept for display. */
                    redactedRunloopApiKey?: string;
                    /** @description Masked Sprites token, kept for display. */
                    redactedSpriteToken?: string;
                    /** @description Masked Vercel API token, kept for display. */
                    redactedVercelApiToken?: string;
                    /** @description Git repository to clone when the sandbox starts. When the caller already has a sandbox with the same repository and base, the server starts and returns that one instead. */
                    repo?: string;
                    /** @description Runloop API key to create the sandbox with, sealed with the server public key. */
                    runloopApiKey?: string;
                    /** @description Sprites token to create the sandbox with, sealed with the server public key. */
                    spriteToken?: string;
                    /** @description Echoed back in the answer but not stored. */
                    topics?: string[];
                    /** @description Echoed back in the answer but not applied. */
                    vcpus?: number;
                    /** @description Vercel API token to create the sandbox with, sealed with the server public key. */
                    vercelApiToken?: string;
                    /** @description Vercel project, in clear. */
                    vercelProjectId?: string;
                    /** @description Vercel team, in clear. */
                    vercelTeamId?: string;
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "sbx_4Fq9ZkT2mN8pXw",
                     *       "uri": "at://did:plc:7vdlgi2bflelz7mmuxoqjfcr/io.pocketenv.sandbox/3lzmyqbwi2k2a",
                     *       "name": "brave-otter-42",
                     *       "provider": "cloudflare",
                     *       "description": null,
                     *       "topics": null,
                     *       "vcpus": 2,
                     *       "memory": 8,
                     *       "disk": 16,
                     *       "createdAt": "2026-04-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["io.pocketenv.sandbox.defs.sandboxViewBasic"];
                };
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError" | "AuthenticationError" | "SandboxProviderError" | "AgentCreationError" | "RecordCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired" | "AuthenticationError" | "SandboxProviderError" | "AgentCreationError" | "RecordCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported" | "AuthenticationError" | "SandboxProviderError" | "AgentCreationError" | "RecordCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError" | "AuthenticationError" | "SandboxProviderError" | "AgentCreationError" | "RecordCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.sandbox.deleteSandbox": {
        parameters: {
            query: {
                /** @description Id or name of the sandbox. */
                id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always `{}`. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": Record<string, never>;
                };
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError" | "SandboxNotFound" | "SandboxProviderError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired" | "SandboxNotFound" | "SandboxProviderError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported" | "SandboxNotFound" | "SandboxProviderError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError" | "SandboxNotFound" | "SandboxProviderError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.sandbox.exec": {
        parameters: {
            query: {
                /** @description Id or name of the sandbox. */
                id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The command line, run by a shell in the sandbox. */
                    command: string;
                };
            };
        };
        responses: {
            /** @description The platform may add fields such as `success`, `command`, `duration` and `timestamp`. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "stdout": "hello\n",
                     *       "stderr": "",
                     *       "exitCode": 0
                     *     }
                     */
                    "application/json": {
                        /** @description Exit status of the command. */
                        exitCode: number;
                        /** @description What the command wrote to standard error. */
                        stderr: string;
                        /** @description What the command wrote to standard output. */
                        stdout: string;
                    };
                };
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError" | "SandboxNotFound";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired" | "SandboxNotFound";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported" | "SandboxNotFound";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError" | "SandboxNotFound";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.sandbox.exposePort": {
        parameters: {
            query: {
                /** @description The sandbox to act on: its id (`sbx_…`), its name, or its at:// URI. */
                id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A note to remember the port by. */
                    description?: string;
                    /** @description The port to expose. */
                    port: number;
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "previewUrl": "https://3000-brave-otter-42.sbx.pocketenv.io"
                     *     }
                     */
                    "application/json": {
                        previewUrl?: string | null;
                    };
                };
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.sandbox.exposeVscode": {
        parameters: {
            query: {
                /** @description The sandbox to act on: its id (`sbx_…`), its name, or its at:// URI. */
                id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "previewUrl": "https://1024-brave-otter-42.sbx.pocketenv.io"
                     *     }
                     */
                    "application/json": {
                        previewUrl?: string | null;
                    };
                };
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.sandbox.getBackups": {
        parameters: {
            query: {
                /** @description The sandbox to act on: its id (`sbx_…`), its name, or its at:// URI. */
                id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "backups": [
                     *         {
                     *           "id": "bkp_9c1d2e3f",
                     *           "directory": "/home/user/app",
                     *           "description": "before upgrade",
                     *           "expiresAt": "2026-04-18T09:30:00.000Z",
                     *           "createdAt": "2026-04-15T09:30:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        backups: components["schemas"]["io.pocketenv.sandbox.defs.backupViewBasic"][];
                    };
                };
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.sandbox.getExposedPorts": {
        parameters: {
            query: {
                /** @description Id or name of the sandbox. */
                id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ports": [
                     *         {
                     *           "port": 3000,
                     *           "description": "web",
                     *           "previewUrl": "https://3000-brave-otter-42.sbx.pocketenv.io"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        ports: components["schemas"]["io.pocketenv.port.defs.portView"][];
                    };
                };
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.sandbox.getIntegrations": {
        parameters: {
            query: {
                /** @description The sandbox to act on: its id (`sbx_…`), its name, or its at:// URI. */
                id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always `{}`. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": Record<string, never>;
                };
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.sandbox.getPreferences": {
        parameters: {
            query: {
                /** @description The sandbox to act on: its id (`sbx_…`), its name, or its at:// URI. */
                id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "$type": "io.pocketenv.sandbox.defs#sandboxProviderPref",
                     *         "name": "daytona",
                     *         "redactedApiKey": "dtn_1a2b3c4************************x9z",
                     *         "organizationId": "org_42"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["io.pocketenv.sandbox.defs.preferences"];
                };
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.sandbox.getSandbox": {
        parameters: {
            query: {
                /** @description The sandbox to act on: its id (`sbx_…`), its name, or its at:// URI. */
                id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sandbox": {
                     *         "id": "sbx_4Fq9ZkT2mN8pXw",
                     *         "uri": "at://did:plc:7vdlgi2bflelz7mmuxoqjfcr/io.pocketenv.sandbox/3lzmyqbwi2k2a",
                     *         "name": "brave-otter-42",
                     *         "displayName": "Brave Otter",
                     *         "provider": "cloudflare",
                     *         "baseSandbox": "openclaw",
                     *         "status": "RUNNING",
                     *         "description": "A sandbox for trying out the SDK.",
                     *         "topics": [
                     *           "node",
                     *           "demo"
                     *         ],
                     *         "repo": "https://github.com/pocketenv-io/pocketenv",
                     *         "logo": null,
                     *         "readme": null,
                     *         "vcpus": 2,
                     *         "memory": 8,
                     *         "disk": 16,
                     *         "installs": 0,
                     *         "createdAt": "2026-04-15T09:30:00.000Z",
                     *         "startedAt": "2026-04-15T09:31:12.000Z",
                     *         "owner": {
                     *           "id": "rec_01jz8k3q6m2v4w",
                     *           "did": "did:plc:7vdlgi2bflelz7mmuxoqjfcr",
                     *           "handle": "alice.bsky.social",
                     *           "displayName": "Alice",
                     *           "avatar": "https://cdn.bsky.app/img/avatar/plain/did:plc:7vdlgi2bflelz7mmuxoqjfcr/avatar@jpeg",
                     *           "createdAt": "2026-03-02T10:00:00.000Z",
                     *           "updatedAt": "2026-04-15T09:00:00.000Z"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        sandbox?: components["schemas"]["io.pocketenv.sandbox.defs.sandboxViewDetailed"] | null;
                    };
                };
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.sandbox.getSandboxes": {
        parameters: {
            query?: {
                /** @description How many items to return at most. The server applies 30 when it is left out and has no upper bound. */
                limit?: number;
                /** @description How many items to skip before the first one returned. */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sandboxes": [
                     *         {
                     *           "id": "sbx_4Fq9ZkT2mN8pXw",
                     *           "uri": "at://did:plc:7vdlgi2bflelz7mmuxoqjfcr/io.pocketenv.sandbox/3lzmyqbwi2k2a",
                     *           "name": "brave-otter-42",
                     *           "provider": "cloudflare",
                     *           "description": null,
                     *           "topics": null,
                     *           "vcpus": 2,
                     *           "memory": 8,
                     *           "disk": 16,
                     *           "createdAt": "2026-04-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "total": 1
                     *     }
                     */
                    "application/json": {
                        sandboxes: components["schemas"]["io.pocketenv.sandbox.defs.sandboxViewBasic"][];
                        /** @description How many templates there are, across all pages. Missing when the server failed to count them. */
                        total?: number;
                    };
                };
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.sandbox.getSshKeys": {
        parameters: {
            query: {
                /** @description Internal id (`sbx_…`) of the sandbox. */
                id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "rec_6Bw3Ck9Df1",
                     *       "publicKey": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILD2BcrGTl3oYJuhsZcE/JKKCm+bczWrTmln5UuuOxcZ user@pocketenv",
                     *       "privateKey": "-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC**********\\n*****OxcZA\\n-----END OPENSSH PRIVATE KEY-----",
                     *       "createdAt": "2026-04-15T09:36:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["io.pocketenv.sandbox.defs.sshKeysView"];
                };
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.sandbox.getTailscaleAuthKey": {
        parameters: {
            query: {
                /** @description Internal id (`sbx_…`) of the sandbox. */
                id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "rec_4Lp8Ns2Qv6",
                     *       "authKey": "tskey-auth-*****************************def",
                     *       "createdAt": "2026-04-15T09:37:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["io.pocketenv.sandbox.defs.tailscaleAuthKeyView"];
                };
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.sandbox.pullDirectory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Absolute path of the directory to unpack into; it is created when missing. */
                    directoryPath: string;
                    /** @description The sandbox to act on: its id (`sbx_…`), its name, or its at:// URI. */
                    sandboxId: string;
                    /** @description Key of the archive in the storage service, as returned by `POST <storage>/cp`. */
                    uuid: string;
                };
            };
        };
        responses: {
            /** @description Success, with an empty body and no Content-Type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.sandbox.pushDirectory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Absolute path of the directory to pack. */
                    directoryPath: string;
                    /** @description The sandbox to act on: its id (`sbx_…`), its name, or its at:// URI. */
                    sandboxId: string;
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "uuid": "example"
                     *     }
                     */
                    "application/json": {
                        /** @description Key of the archive in the storage service. */
                        uuid: string;
                    };
                };
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.sandbox.putPreferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    preferences: components["schemas"]["io.pocketenv.sandbox.defs.preferences"];
                    /** @description Internal id (`sbx_…`) of the sandbox. */
                    sandboxId: string;
                };
            };
        };
        responses: {
            /** @description Success, with an empty body and no Content-Type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError" | "AgentCreationError" | "SavePreferencesError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired" | "AgentCreationError" | "SavePreferencesError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported" | "AgentCreationError" | "SavePreferencesError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError" | "AgentCreationError" | "SavePreferencesError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.sandbox.putSshKeys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Id of the sandbox, or its id at the provider. */
                    id: string;
                    /** @description The OpenSSH private key, sealed with the server public key. */
                    privateKey: string;
                    /** @description The OpenSSH public key, in clear. */
                    publicKey: string;
                    /** @description Masked private key, returned later by `getSshKeys`. */
                    redacted?: string;
                };
            };
        };
        responses: {
            /** @description Always `{}`. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": Record<string, never>;
                };
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.sandbox.putTailscaleAuthKey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The auth key (`tskey-auth-…`), sealed with the server public key. */
                    authKey: string;
                    /** @description Internal id (`sbx_…`) of the sandbox. */
                    id: string;
                    /** @description Masked auth key, returned later by `getTailscaleAuthKey`. */
                    redacted?: string;
                };
            };
        };
        responses: {
            /** @description Always `{}`. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": Record<string, never>;
                };
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.sandbox.restoreBackup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Identifier of the backup, from `getBackups`. */
                    backupId: string;
                };
            };
        };
        responses: {
            /** @description Success, with an empty body and no Content-Type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.sandbox.startSandbox": {
        parameters: {
            query: {
                /** @description Id or name of the sandbox. */
                id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Keep the sandbox running when it is idle. */
                    keepAlive?: boolean;
                    /** @description Git repository to clone before the sandbox starts. */
                    repo?: string;
                };
            };
        };
        responses: {
            /** @description Always `{}`. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": Record<string, never>;
                };
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError" | "SandboxNotFound";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired" | "SandboxNotFound";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported" | "SandboxNotFound";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError" | "SandboxNotFound";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.sandbox.stopSandbox": {
        parameters: {
            query: {
                /** @description Id or name of the sandbox. */
                id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always `{}`. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": Record<string, never>;
                };
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError" | "SandboxNotFound";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired" | "SandboxNotFound";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported" | "SandboxNotFound";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError" | "SandboxNotFound";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.sandbox.unexposePort": {
        parameters: {
            query: {
                /** @description The sandbox to act on: its id (`sbx_…`), its name, or its at:// URI. */
                id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The port to close; 1024 closes VS Code. */
                    port: number;
                };
            };
        };
        responses: {
            /** @description Success, with an empty body and no Content-Type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.secret.addSecret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Masked value, kept for display. */
                    redacted?: string;
                    secret: components["schemas"]["io.pocketenv.secret.defs.secret"];
                };
            };
        };
        responses: {
            /** @description Success, with an empty body and no Content-Type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.secret.deleteSecret": {
        parameters: {
            query: {
                /** @description Identifier of the secret. */
                id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, with an empty body and no Content-Type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.secret.getSecret": {
        parameters: {
            query: {
                /** @description Identifier of the secret. */
                id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "secret": {
                     *         "id": "secret_7Hc2Lq9Vx1",
                     *         "name": "OPENAI_API_KEY",
                     *         "createdAt": "2026-04-15T09:32:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @description The secret; absent when there is none. */
                        secret?: components["schemas"]["io.pocketenv.secret.defs.secretView"];
                    };
                };
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.secret.getSecrets": {
        parameters: {
            query?: {
                /** @description How many items to return at most. The server applies 20 when it is left out and has no upper bound. */
                limit?: number;
                /** @description How many items to skip before the first one returned. */
                offset?: number;
                /** @description Only secrets of this sandbox; internal id (`sbx_…`) only. */
                sandboxId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "secrets": [
                     *         {
                     *           "id": "secret_7Hc2Lq9Vx1",
                     *           "name": "OPENAI_API_KEY",
                     *           "createdAt": "2026-04-15T09:32:00.000Z"
                     *         }
                     *       ],
                     *       "total": 1
                     *     }
                     */
                    "application/json": {
                        secrets?: components["schemas"]["io.pocketenv.secret.defs.secretView"][];
                        /** @description How many secrets match, across all pages. Missing when the server failed to count them. */
                        total?: number;
                    };
                };
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.secret.updateSecret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Identifier of the secret. */
                    id: string;
                    /** @description Masked value, kept for display. */
                    redacted?: string;
                    secret: components["schemas"]["io.pocketenv.secret.defs.secret"];
                };
            };
        };
        responses: {
            /** @description Success, with an empty body and no Content-Type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.service.addService": {
        parameters: {
            query: {
                /** @description The sandbox to act on: its id (`sbx_…`), its name, or its at:// URI. */
                sandboxId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    service: components["schemas"]["io.pocketenv.service.defs.service"];
                };
            };
        };
        responses: {
            /** @description Success, with an empty body and no Content-Type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.service.deleteService": {
        parameters: {
            query: {
                /** @description Identifier of the service. */
                serviceId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, with an empty body and no Content-Type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.service.getServices": {
        parameters: {
            query: {
                /** @description The sandbox to act on: its id (`sbx_…`), its name, or its at:// URI. */
                sandboxId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "services": [
                     *         {
                     *           "id": "svc_2Ht5Mv8Ns4",
                     *           "name": "web",
                     *           "command": "npm start",
                     *           "description": "The web server",
                     *           "status": "RUNNING",
                     *           "createdAt": "2026-04-15T09:35:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        services: components["schemas"]["io.pocketenv.service.defs.serviceView"][];
                    };
                };
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.service.restartService": {
        parameters: {
            query: {
                /** @description Identifier of the service. */
                serviceId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, with an empty body and no Content-Type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.service.startService": {
        parameters: {
            query: {
                /** @description Identifier of the service. */
                serviceId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, with an empty body and no Content-Type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.service.stopService": {
        parameters: {
            query: {
                /** @description Identifier of the service. */
                serviceId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, with an empty body and no Content-Type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.service.updateService": {
        parameters: {
            query: {
                /** @description Identifier of the service. */
                serviceId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    service: components["schemas"]["io.pocketenv.service.defs.service"];
                };
            };
        };
        responses: {
            /** @description Success, with an empty body and no Content-Type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.variable.addVariable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    variable: components["schemas"]["io.pocketenv.variable.defs.variable"];
                };
            };
        };
        responses: {
            /** @description Success, with an empty body and no Content-Type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.variable.deleteVariable": {
        parameters: {
            query: {
                /** @description Identifier of the variable. */
                id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, with an empty body and no Content-Type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.variable.getVariable": {
        parameters: {
            query: {
                /** @description Identifier of the variable. */
                id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "variable": {
                     *         "id": "var_3Kd8Pw2Rz5",
                     *         "name": "NODE_ENV",
                     *         "value": "production",
                     *         "createdAt": "2026-04-15T09:32:00.000Z",
                     *         "updatedAt": "2026-04-15T09:32:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @description The variable; absent when there is none. */
                        variable?: components["schemas"]["io.pocketenv.variable.defs.variableView"];
                    };
                };
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.variable.getVariables": {
        parameters: {
            query?: {
                /** @description How many items to return at most. The server applies 20 when it is left out and has no upper bound. */
                limit?: number;
                /** @description How many items to skip before the first one returned. */
                offset?: number;
                /** @description Only variables of this sandbox; internal id (`sbx_…`) only. */
                sandboxId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "variables": [
                     *         {
                     *           "id": "var_3Kd8Pw2Rz5",
                     *           "name": "NODE_ENV",
                     *           "value": "production",
                     *           "createdAt": "2026-04-15T09:32:00.000Z",
                     *           "updatedAt": "2026-04-15T09:32:00.000Z"
                     *         }
                     *       ],
                     *       "total": 1
                     *     }
                     */
                    "application/json": {
                        /** @description How many variables match, across all pages. Missing when the server failed to count them. */
                        total?: number;
                        variables: components["schemas"]["io.pocketenv.variable.defs.variableView"][];
                    };
                };
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.variable.updateVariable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Identifier of the variable. */
                    id: string;
                    variable: components["schemas"]["io.pocketenv.variable.defs.variable"];
                };
            };
        };
        responses: {
            /** @description Success, with an empty body and no Content-Type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.volume.addVolume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    volume: components["schemas"]["io.pocketenv.volume.defs.volume"];
                };
            };
        };
        responses: {
            /** @description Success, with an empty body and no Content-Type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.volume.deleteVolume": {
        parameters: {
            query: {
                /** @description Identifier of the volume attachment. */
                id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, with an empty body and no Content-Type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.volume.getVolume": {
        parameters: {
            query: {
                /** @description Identifier of the volume attachment. */
                id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "volume": {
                     *         "id": "vol_5Gx7Jk1Wc8",
                     *         "name": "data",
                     *         "path": "/data",
                     *         "createdAt": "2026-04-15T09:34:00.000Z",
                     *         "updatedAt": "2026-04-15T09:34:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @description The volume; absent when there is none. */
                        volume?: components["schemas"]["io.pocketenv.volume.defs.volumeView"];
                    };
                };
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.volume.getVolumes": {
        parameters: {
            query?: {
                /** @description How many items to return at most. The server applies 20 when it is left out and has no upper bound. */
                limit?: number;
                /** @description How many items to skip before the first one returned. */
                offset?: number;
                /** @description Only volumes of this sandbox (id or name). */
                sandboxId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "volumes": [
                     *         {
                     *           "id": "vol_5Gx7Jk1Wc8",
                     *           "name": "data",
                     *           "path": "/data",
                     *           "createdAt": "2026-04-15T09:34:00.000Z",
                     *           "updatedAt": "2026-04-15T09:34:00.000Z"
                     *         }
                     *       ],
                     *       "total": 1
                     *     }
                     */
                    "application/json": {
                        /** @description How many volumes match, across all pages. Missing when the server failed to count them. */
                        total?: number;
                        volumes: components["schemas"]["io.pocketenv.volume.defs.volumeView"][];
                    };
                };
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
    "io.pocketenv.volume.updateVolume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Identifier of the volume attachment. */
                    id: string;
                    volume: components["schemas"]["io.pocketenv.volume.defs.volume"];
                };
            };
        };
        responses: {
            /** @description Success, with an empty body and no Content-Type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The parameters or the body do not match the Lexicon. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InvalidRequest",
                     *       "message": "Error: Params must have the property \"id\""
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InvalidRequest" | "SyntaxError" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The method needs a token and none was sent. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "AuthenticationRequired",
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "AuthenticationRequired" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description The thing asked for does not exist, or is not the caller’s. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "XRPCNotSupported",
                     *       "message": "Sandbox not found"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "XRPCNotSupported" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
            /** @description Rate limited: 500 requests per 30 seconds per IP address. The body has no `message`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too many requests, please try again later."
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        error: "Too many requests, please try again later.";
                        message?: string;
                    };
                };
            };
            /** @description The server failed. It also answers 500 to a malformed or wrongly signed token. The message is always hidden. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "InternalServerError",
                     *       "message": "Internal Server Error"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Machine-readable error name.
                         * @enum {string}
                         */
                        error: "InternalServerError" | "AgentCreationError";
                        /** @description Human-readable explanation. */
                        message: string;
                    };
                };
            };
        };
    };
}
