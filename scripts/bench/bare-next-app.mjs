import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A bare Next.js app built the same way as the portal (same Next, React and bundler), in its own
 * folder so Turbopack treats it as its own project; its node_modules are hard links to the
 * portal's. It has one page (`/`) and one route handler (`/api/bare`) answering `body` as JSON.
 * @param {string} root the portal's folder
 * @param {{ body?: unknown }} [options]
 */
export function bareNextApp(root, { body = { ok: true } } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "bare-next-"));
  mkdirSync(join(dir, "app", "api", "bare"), { recursive: true });
  const linked = spawnSync("cp", ["-al", join(root, "node_modules"), join(dir, "node_modules")]);
  if (linked.status !== 0) throw new Error(`could not link node_modules: ${linked.stderr}`);
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: "bare", private: true, type: "module" }),
  );
  writeFileSync(join(dir, "next.config.js"), "export default {};\n");
  writeFileSync(
    join(dir, "app", "layout.js"),
    'export default function L({ children }) { return <html lang="en"><body>{children}</body></html>; }\n',
  );
  writeFileSync(
    join(dir, "app", "page.js"),
    "export default function P() { return <h1>Bare page</h1>; }\n",
  );
  writeFileSync(
    join(dir, "app", "api", "bare", "route.js"),
    `const body = ${JSON.stringify(JSON.stringify(body))};\n` +
      'export const dynamic = "force-dynamic";\n' +
      'export function GET() { return new Response(body, { headers: { "content-type": "application/json" } }); }\n',
  );
  return dir;
}

/** Runs `next build` in `dir` unless it holds a production build already. */
export function buildIfNeeded(dir) {
  if (spawnSync("test", ["-f", join(dir, ".next", "BUILD_ID")]).status === 0) return;
  const result = spawnSync("npx", ["next", "build"], {
    cwd: dir,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`next build failed in ${dir}`);
}
