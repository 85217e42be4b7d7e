/** Debian's Chromium, as the browser tests and the benchmark start it. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/** The flags this project's machines need (no network but localhost, no first-run work). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
