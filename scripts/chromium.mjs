/**
 * Debian's Chromium and the flags every run of it here uses (Playwright, bench:pages). Without
 * --disable-background-networking it keeps trying to reach the internet and slows every page.
 */
export const CHROMIUM_PATH = "/usr/bin/chromium";

export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
