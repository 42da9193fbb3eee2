import path from 'node:path'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { staticGroups } from './web/server/first-load-chunk.js'
import { stylesFirst } from './web/server/styles-first.js'

const proxyTarget = `http://127.0.0.1:${process.env.DEV_PROXY_PORT ?? 8080}`

/** The built index.html with its style sheet ahead of the module scripts (web/server/styles-first.ts). */
function stylesFirstPlugin(): Plugin {
  return { name: 'styles-first', transformIndexHtml: { order: 'post', handler: stylesFirst } }
}

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react(), tailwindcss(), stylesFirstPlugin()],
  resolve: {
    // React 19 has useSyncExternalStore: the package's own non-shim build (same API) drops the fallback
    // @tanstack/react-store would otherwise ship. https://github.com/facebook/react/tree/main/packages/use-sync-external-store
    alias: [
      {
        find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/,
        replacement: 'use-sync-external-store/with-selector',
      },
    ],
  },
  // The server render's bundle holds its own copy of every package, in its production build whatever
  // NODE_ENV the proxy runs with: React's development build renders several times slower.
  ...(isSsrBuild ? { ssr: { noExternal: true }, define: { 'process.env.NODE_ENV': '"production"' } } : {}),
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Every browser the app supports has <link rel=modulepreload>; the polyfill would only add first-load bytes.
    // https://vite.dev/config/build-options#build-modulepreload
    modulePreload: { polyfill: false },
    // The server render's bundle (dist-ssr/, `vite build --ssr web/entry-server.tsx`) serves no files.
    copyPublicDir: !isSsrBuild,
    // The first load in one file, and each language's first words in one (web/server/first-load-chunk.ts).
    ...(isSsrBuild
      ? {}
      : {
          rolldownOptions: {
            // The app's modules run nothing when imported (web/main.tsx and index.css aside), so one named
            // through a re-exporting module (web/images/public.ts) comes only when something uses it.
            treeshake: {
              moduleSideEffects: [
                { test: /[\\/]web[\\/]main\.tsx$/, sideEffects: true },
                { test: /[\\/](web|core)[\\/].*\.tsx?$/, sideEffects: false },
              ],
            },
            output: {
              codeSplitting: {
                groups: [
                  {
                    debugName: 'first load and first words',
                    name: staticGroups([
                      { name: 'index', entry: path.resolve('web/main.tsx') },
                      { name: 'en', entry: path.resolve('web/locales/en/index.ts') },
                      { name: 'zh-CN', entry: path.resolve('web/locales/zh-CN/index.ts') },
                    ]),
                  },
                ],
              },
            },
          },
        }),
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': proxyTarget, '/healthz': proxyTarget, '/readyz': proxyTarget },
  },
}))
