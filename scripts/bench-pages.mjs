#!/usr/bin/env node
// Page weight and Lighthouse benchmark (not a timed test): first-load JavaScript (gzip) of every
// main route, measured by loading it in Debian's Chromium, next to a bare Next.js page built the
// same way; then Lighthouse (desktop and mobile presets) on every main page and every step of the
// wizard (each opened from a draft saved on it), signed in.
// Usage: npm run bench:pages   (builds the portal first when there is no production build; run by
// tsx, which lets it take its wizard design from lib/design/link/test-designs.ts)
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { launch } from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";
import { TENCENT_ON_PREM } from "@/lib/design/link/test-designs";
import { bareNextApp, buildIfNeeded } from "./bench/bare-next-app.mjs";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./chromium.mjs";

const ROUTES = ["/", "/links/new", "/approvals", "/audit", "/settings"];
/** The wizard's steps after the first, each opened from a draft saved on it. */
const WIZARD_STEPS = ["where", "gateway", "peer", "tunnel", "review"];
const root = resolve(import.meta.dirname, "..");

/** Ends a server's process group; one that has already gone is fine. */
function stopGroup(pid) {
  try {
    process.kill(-pid);
  } catch (error) {
    if (error.code !== "ESRCH") throw error;
  }
}

async function startServer(dir, port) {
  const child = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: dir,
    env: {
      ...process.env,
      LOG_LEVEL: "warn",
      NEXT_TELEMETRY_DISABLED: "1",
      PORTAL_MODE: "sandbox",
      PGLITE_DATA_DIR: join(root, ".bench", `pglite-${port}`),
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).status < 500) return { url, stop: () => stopGroup(child.pid) };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  process.kill(-child.pid);
  throw new Error(`server in ${dir} did not start`);
}

/** Signs in as the sandbox admin (who may open every page); returns the session cookie header. */
async function signIn(baseUrl) {
  const response = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ email: "admin@demo.test", password: "sandbox-demo-password" }),
  });
  if (response.status !== 200)
    throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

/**
 * Sum of gzip sizes of every script a fresh browser downloads to show the route; with `interact`,
 * also what it downloads after that first interaction (code loaded on demand).
 */
async function firstLoadJs(browser, url, cookie, interact) {
  const context = await browser.newContext({ extraHTTPHeaders: cookie ? { cookie } : {} });
  const page = await context.newPage();
  const bodies = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script")
      bodies.push(response.body().catch(() => Buffer.alloc(0)));
  });
  await page.goto(url, { waitUntil: "networkidle" });
  if (new URL(page.url()).pathname !== new URL(url).pathname)
    throw new Error(`${url} redirected to ${page.url()}`);
  if (interact) {
    await interact(page);
    await page.waitForLoadState("networkidle");
  }
  const sizes = (await Promise.all(bodies)).map((body) => gzipSync(body).length);
  await context.close();
  return sizes.reduce((a, b) => a + b, 0);
}

/**
 * Lighthouse on `url` as the signed-in admin (the session cookie on every request), with the
 * desktop preset or Lighthouse's default (mobile, throttled). Refuses a run that did not end on the
 * page it meant to measure (a redirect to sign-in would score the sign-in page).
 */
async function lighthouseRun(url, cookie, preset) {
  const chrome = await launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ["--headless=new", ...CHROMIUM_FLAGS],
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: "json", logLevel: "error", extraHeaders: { Cookie: cookie } },
      preset === "desktop" ? desktopConfig : undefined,
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse gave no result for ${url}`);
    // A page Lighthouse could not measure scores 0: say why instead of printing the 0.
    if (lhr.runtimeError) return { failed: lhr.runtimeError.code };
    const where = (address) => `${new URL(address).pathname}${new URL(address).search}`;
    if (where(lhr.finalDisplayedUrl) !== where(url))
      throw new Error(`Lighthouse measured ${lhr.finalDisplayedUrl}, not ${url}`);
    const score = (name) => Math.round((lhr.categories[name]?.score ?? 0) * 100);
    const lcp = lhr.audits["largest-contentful-paint"]?.numericValue ?? 0;
    return { performance: score("performance"), accessibility: score("accessibility"), lcp };
  } finally {
    await chrome.kill();
  }
}

/** A wizard draft of a Tencent link to an office (every step filled in) saved on `step`, through the portal's API: its page's path. */
async function wizardDraftAt(baseUrl, cookie, step) {
  const call = async (method, path, body) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { "content-type": "application/json", origin: baseUrl, cookie },
      body: JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  const { draft } = await call("POST", "/api/wizard-drafts", {});
  await call("PUT", `/api/wizard-drafts/${draft.id}`, { step, data: TENCENT_ON_PREM });
  return `/links/new?draft=${draft.id}`;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

buildIfNeeded(root);
const bareDir = bareNextApp(root);
const servers = [];
try {
  buildIfNeeded(bareDir);
  const portal = await startServer(root, 3190);
  servers.push(portal);
  const bare = await startServer(bareDir, 3191);
  servers.push(bare);
  const cookie = await signIn(portal.url);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  const bareJs = await firstLoadJs(browser, `${bare.url}/`);
  console.log(`\nFirst-load JavaScript (gzip), measured in Chromium`);
  console.log(`${"route".padEnd(14)} ${"JS".padStart(10)}  × bare page`);
  console.log(`${"(bare Next)".padEnd(14)} ${kb(bareJs).padStart(10)}  1.00`);
  for (const route of ROUTES) {
    const js = await firstLoadJs(browser, `${portal.url}${route}`, cookie);
    console.log(`${route.padEnd(14)} ${kb(js).padStart(10)}  ${(js / bareJs).toFixed(2)}`);
  }
  // The wizard loads its checker (zod, every API schema, the design checks) on the first click.
  const clicked = await firstLoadJs(browser, `${portal.url}/links/new`, cookie, (page) =>
    page.locator('input[type="radio"]').first().check(),
  );
  console.log(
    `${"/links/new +click".padEnd(14)} ${kb(clicked).padStart(10)}  ${(clicked / bareJs).toFixed(2)}`,
  );
  await browser.close();
  console.log(`\nLighthouse, signed in as the sandbox admin (performance, accessibility, LCP)`);
  console.log(`${"page".padEnd(16)} ${"desktop".padStart(18)} ${"mobile".padStart(18)}`);
  // The bare page first: the floor this machine and Lighthouse's throttling allow.
  const pages = [["(bare Next)", `${bare.url}/`], ...ROUTES.map((r) => [r, `${portal.url}${r}`])];
  for (const step of WIZARD_STEPS) {
    pages.push([
      `wizard: ${step}`,
      `${portal.url}${await wizardDraftAt(portal.url, cookie, step)}`,
    ]);
  }
  for (const [name, url] of pages) {
    const cells = [];
    for (const preset of ["desktop", "mobile"]) {
      // Lighthouse now and then loses the navigation's start (NO_NAVSTART): one more try.
      let run = await lighthouseRun(url, cookie, preset);
      if (run.failed) run = await lighthouseRun(url, cookie, preset);
      cells.push(
        run.failed
          ? `failed: ${run.failed}`
          : `${run.performance} ${run.accessibility} ${(run.lcp / 1000).toFixed(2)} s`,
      );
    }
    console.log(`${name.padEnd(16)} ${cells.map((cell) => cell.padStart(18)).join(" ")}`);
  }
} finally {
  for (const server of servers) server.stop();
  rmSync(join(root, ".bench"), { recursive: true, force: true });
  rmSync(bareDir, { recursive: true, force: true });
}
