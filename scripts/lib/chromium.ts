/** The browser the bench and the review screenshots drive: Debian's Chromium, as the e2e suite uses it. */
import { type Browser, chromium } from '@playwright/test'

/** CHROMIUM_PATH, else /usr/bin/chromium (scripts/ensure-chromium.ts installs it). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/**
 * The e2e suite's browser: CHROMIUM_PATH, else Debian's chromium-headless-shell, Chromium's own headless build
 * (the same Blink and fonts without the browser around it; the one Playwright runs headless tests in by
 * default). On this project's 2-core machine the suite is bound by the browser's CPU, and the shell runs it in
 * about two-thirds of the full browser's time (docs/BENCHMARKS.md, "The test suite"). The bench and the review
 * screenshots keep the full browser, as users run it.
 */
export const E2E_CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium-headless-shell'

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
