/**
 * The server code the bench runs in its own processes or uses to sign: the one place bench/ imports the
 * proxy's and the emulator's modules.
 */

export { encodeV1Query, signV1Params } from '../core/signing/v1-query.js'
export { buildCatalog } from '../emulator/catalog/catalog.js'
export { buildApp } from '../proxy/app.js'
export { loadConfig } from '../proxy/config/config.js'
export { loadDemoSettings, startDemoEmulator } from '../proxy/demo.js'
export { httpFetch } from '../proxy/upstream/http-fetch.js'
export { undiciFetch } from '../proxy/upstream/undici-fetch.js'
