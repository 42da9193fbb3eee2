/** The browser the bench and the review screenshots drive: Debian's Chromium, as the e2e suite uses it. */
import { type Browser, chromium } from '@playwright/test'

/** CHROMIUM_PATH, else /usr/bin/chromium (scripts/ensure-chromium.ts installs it). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/** Quiet flags: no GPU, no /dev/shm limits, no QUIC or background requests to disturb timings. */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--disable-background-networking',
]

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
}
