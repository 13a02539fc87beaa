import { readFileSync } from "node:fs";
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
