/**
 * The server code the bench runs in its own processes or uses to sign: the one place bench/ imports the
 * proxy's and the emulator's modules.
 */
export { buildApp } from '../proxy/app.js'
export { loadConfig } from '../proxy/config.js'
export { startDemoEmulator } from '../proxy/demo.js'
export { buildCatalog } from '../proxy/emulator/catalog.js'
export { buildStringToSign, signStringV1 } from '../proxy/signing/v1.js'
