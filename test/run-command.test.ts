import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/auth/demo-users";

/** The Run command's banner names the demo users; it must not drift from the ones the portal seeds. */
describe("scripts/run.sh", () => {
  const script = readFileSync("scripts/run.sh", "utf8");

  it("prints every sandbox demo user and their password", () => {
    for (const user of DEMO_USERS) expect(script).toContain(user.email);
    expect(script).toContain(DEMO_PASSWORD);
  });

  it("starts the simulator only without credentials and reads the environment it writes", () => {
    expect(script).toMatch(/if ! has_credentials/);
    expect(script).toContain('SIM_ENV_FILE="$env_file" npm run --silent sim');
    expect(script).toContain('. "$env_file"');
  });
});

describe("scripts/use-node.sh", () => {
  const pinned = "node_modules/.bin/node";

  it("is sourced by the Run and the Test command before anything runs on Node", () => {
    for (const [file, firstNodeUse] of [
      ["scripts/run.sh", "npx next build"],
      ["scripts/test.sh", "exec node scripts/test-all.mjs"],
    ] as const) {
      const script = readFileSync(file, "utf8");
      const sourced = script.indexOf(". scripts/use-node.sh");
      expect(sourced, file).toBeGreaterThan(script.indexOf("npm ci"));
      expect(sourced, file).toBeLessThan(script.indexOf(firstNodeUse));
    }
  });

  it.skipIf(!existsSync(pinned))(
    "puts the pinned Node 24 first on PATH even when the machine's Node comes first",
    () => {
      // A PATH where the machine's node (whatever version) is found before anything else.
      const machineFirst = `${dirname(
        execFileSync("sh", ["-c", "command -v node"], {
          env: { ...process.env, PATH: "/usr/local/bin:/usr/bin:/bin" },
        })
          .toString()
          .trim(),
      )}:/usr/bin:/bin`;
      const out = execFileSync(
        "bash",
        ["-c", ". scripts/use-node.sh >/dev/null && node -p process.version"],
        {
          env: { ...process.env, PATH: machineFirst },
        },
      ).toString();
      expect(out.trim()).toMatch(/^v24\./);
    },
  );
});
