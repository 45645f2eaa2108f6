import { fileURLToPath } from 'node:url'
import { defineConfig, type Options } from 'tsup'

/**
 * The browser build swaps the two Node-only modules for stand-ins, so that
 * browser bundlers never meet `node:` imports, `tar` or `ignore`.
 */
const browserStandIns: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'pocketenv-browser-stand-ins',
  setup(build) {
    const standIns: Record<string, string> = {
      './copy/local-transfer.js': fileURLToPath(new URL('./src/highlevel/copy/local-transfer.browser.ts', import.meta.url)),
      './token-file.js': fileURLToPath(new URL('./src/highlevel/token-file.browser.ts', import.meta.url)),
    }
    build.onResolve({ filter: /^\.\/(copy\/local-transfer|token-file)\.js$/ }, (args) => ({ path: standIns[args.path] as string }))
  },
}

const shared: Options = {
  entry: ['src/index.ts'],
  sourcemap: false,
  splitting: true,
  removeNodeProtocol: false,
}

export default defineConfig([
  { ...shared, format: ['esm', 'cjs'], target: 'node20', platform: 'node', outDir: 'dist', dts: true, clean: true },
  { ...shared, format: ['esm'], target: 'es2022', platform: 'browser', outDir: 'dist/browser', esbuildPlugins: [browserStandIns] },
])
