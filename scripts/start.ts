// `npm start`: rebuild whatever is missing or older than its sources, then run the proxy in this process.
// `npm run emulator` (`start.ts emulator`): the same for the DescribeImages emulator alone.
import path from 'node:path'
import { type Build, buildIfStale } from './lib/builds.js'
import { ENTRIES, ROOT } from './lib/paths.js'

const program = process.argv[2] === 'emulator' ? 'emulator' : 'app'
const builds: Build[] = program === 'app' ? ['web', 'ssr', 'server'] : ['server']
for (const build of builds) if (!buildIfStale(build)) process.exit(1)
await import(path.join(ROOT, ENTRIES[program]))
