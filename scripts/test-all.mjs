#!/usr/bin/env node
// Runs every suite (lint, import cycles, format, typecheck, unit, build, e2e), then prints one line:
// "N passed, N failed" summing them all. Exit status is non-zero when anything failed.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname } from "node:path";

// Every suite runs on the Node running this script: its folder goes first on the children's PATH,
// so `npx` and the tools it starts (eslint, tsc, vitest, next, playwright, tsx) pick it up.
const NODE_PATH = `${dirname(process.execPath)}:${process.env.PATH ?? ""}`;
console.log(`Node.js ${process.version} (${process.execPath}) runs every suite`);

const REPORTS = ".reports";
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

/** Runs a command with inherited output; returns whether it exited 0, and how long it took. */
function run(command, args, extraEnv = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, PATH: NODE_PATH, ...extraEnv },
  });
  return { ok: result.status === 0, seconds: (Date.now() - started) / 1000 };
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return undefined;
  }
}

/** A check that counts as one test: passed when the command exits 0. */
function check(name, command, args, extraEnv = {}) {
  banner(name);
  const { ok, seconds } = run(command, args, extraEnv);
  return { name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds };
}

/**
 * Checks that each use about one core, run side by side (two cores finish them in about half the
 * time). Each one's output is held and printed whole when it ends, under its banner.
 */
function checksSideBySide(checks) {
  return Promise.all(
    checks.map(
      ([name, command, args]) =>
        new Promise((resolve) => {
          const started = Date.now();
          const output = [];
          const child = spawn(command, args, { env: { ...process.env, PATH: NODE_PATH } });
          child.stdout.on("data", (chunk) => output.push(chunk));
          child.stderr.on("data", (chunk) => output.push(chunk));
          child.on("error", (error) => output.push(Buffer.from(`${error.message}\n`)));
          child.on("close", (code) => {
            const ok = code === 0;
            banner(name);
            process.stdout.write(Buffer.concat(output));
            resolve({
              name,
              passed: ok ? 1 : 0,
              failed: ok ? 0 : 1,
              seconds: (Date.now() - started) / 1000,
            });
          });
        }),
    ),
  );
}

function vitestSuite() {
  banner("unit");
  const out = `${REPORTS}/unit.json`;
  const { ok, seconds } = run("npx", [
    "vitest",
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile=${out}`,
  ]);
  const report = readJson(out);
  if (!report) return { name: "unit", passed: 0, failed: 1, seconds, note: "no report written" };
  const failed = report.numFailedTests + (ok || report.numFailedTests > 0 ? 0 : 1);
  return { name: "unit", passed: report.numPassedTests, failed, seconds };
}

function playwrightSuite(built) {
  banner("e2e");
  if (!built)
    return { name: "e2e", passed: 0, failed: 1, seconds: 0, note: "not run: the build failed" };
  const out = `${REPORTS}/e2e.json`;
  const { ok, seconds } = run("npx", ["playwright", "test"]);
  const report = readJson(out);
  if (!report) return { name: "e2e", passed: 0, failed: 1, seconds, note: "no report written" };
  const { expected = 0, unexpected = 0, flaky = 0 } = report.stats ?? {};
  const failed = unexpected + flaky + (ok || unexpected + flaky > 0 ? 0 : 1);
  return { name: "e2e", passed: expected, failed, seconds, skipped: report.stats?.skipped ?? 0 };
}

function banner(name) {
  console.log(`\n━━━ ${name} ━━━`);
}

const results = await checksSideBySide([
  ["lint", "npx", ["eslint", "--max-warnings=0", "."]],
  // First writes the CLI's types from the OpenAPI document (generated, not committed).
  ["typecheck", "npm", ["run", "--silent", "typecheck"]],
  ["cycles", "npm", ["run", "--silent", "lint:cycles"]],
  ["format", "npx", ["prettier", "--check", "."]],
]);
results.push(vitestSuite());
// The typecheck above covered what `next build` would check again (its own tsc pass), unless it failed.
const typesChecked = results.find((r) => r.name === "typecheck")?.failed === 0;
const build = check(
  "build",
  "npx",
  ["next", "build"],
  typesChecked ? { BUILD_TYPES_CHECKED: "1" } : {},
);
results.push(build);
results.push(playwrightSuite(build.failed === 0 && existsSync(".next/BUILD_ID")));

console.log(`\n━━━ summary (Node.js ${process.version}) ━━━`);
for (const r of results) {
  const extra = [r.skipped ? `${r.skipped} skipped` : "", r.note ?? ""].filter(Boolean).join(", ");
  console.log(
    `${r.failed ? "✗" : "✓"} ${r.name.padEnd(10)} ${r.passed} passed, ${r.failed} failed (${r.seconds.toFixed(1)}s)${extra ? ` — ${extra}` : ""}`,
  );
}
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
