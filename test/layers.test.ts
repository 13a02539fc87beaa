import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { ESLint } from "eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LAYERS } from "@/eslint.config.mjs";

/**
 * The layer rule and the cycle check are only worth something while they fire: these cases lint
 * made-up files with the repo's own configuration and expect a refusal (or none).
 */
const ROOT = path.resolve(__dirname, "..");
const RULE = "import/no-restricted-paths";

describe("import layers (eslint.config.mjs)", () => {
  const eslint = new ESLint({ cwd: ROOT });

  async function layerErrors(file: string, source: string): Promise<string[]> {
    const [result] = await eslint.lintText(source, { filePath: path.join(ROOT, file) });
    return (result?.messages ?? []).filter((m) => m.ruleId === RULE).map((m) => m.message);
  }

  it.each([
    ["lib/schemas/fixture.ts", 'import { designFindings } from "@/lib/design/findings";'],
    ["lib/schemas/fixture.ts", 'import type { LinkRow } from "../data/links";'],
    ["lib/design/fixture.ts", 'import { resolveTencentEndpoint } from "@/lib/cloud/endpoints";'],
    ["lib/data/fixture.ts", 'import { runExecution } from "@/lib/execution/run-execution";'],
    ["lib/data/fixture.ts", 'import { currentUser } from "@/lib/auth/current-user";'],
    ["lib/execution/fixture.ts", 'import { withRoute } from "@/lib/api/with-route";'],
    ["lib/db/fixture.ts", 'import { appendAuditEvent } from "@/lib/audit/append-audit-event";'],
    ["components/fixture.tsx", 'import { withRoute } from "@/lib/api/with-route";'],
    ["lib/auth/fixture.ts", 'import RootLayout from "@/app/layout";'],
    ["sim/fixture.ts", 'import { linkDesignSchema } from "@/lib/design/link/link-design-schema";'],
  ])("refuses in %s: %s", async (file, source) => {
    const errors = await layerErrors(file, `${source}\nexport {};\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/may import only/);
  });

  it.each([
    ["lib/schemas/fixture.ts", 'import { parseCidr } from "@/lib/net/cidr";'],
    ["lib/design/fixture.ts", 'import { linkDesignShapeSchema } from "@/lib/schemas/link/design";'],
    ["lib/data/fixture.ts", 'import { AppError } from "@/lib/errors/app-error";'],
    ["lib/auth/fixture.ts", 'import { findUserByEmail } from "@/lib/data/users";'],
    ["lib/api/fixture.ts", 'import { findSessionUser } from "@/lib/auth/sessions";'],
  ])("allows in %s: %s", async (file, source) => {
    expect(await layerErrors(file, `${source}\nexport {};\n`)).toEqual([]);
  });

  it.each([
    ["lib/data/fixture.ts", 'import { decryptPsk } from "@/lib/crypto/psk";'],
    ["lib/execution/fixture.ts", 'import { pskDigest } from "../crypto/psk";'],
    ["components/fixture.tsx", 'import { planHash } from "@/lib/design/plan/hash";'],
  ])(
    "keeps the key's cipher and the plan hash in lib/crypto/link-key.ts: %s",
    async (file, source) => {
      const [result] = await eslint.lintText(`${source}\nexport {};\n`, {
        filePath: path.join(ROOT, file),
      });
      const refused = (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports");
      expect(refused.map((m) => m.message)).toEqual([
        expect.stringMatching(/lib\/crypto\/link-key\.ts/),
      ]);
    },
  );

  it.each([
    ["lib/data/fixture.ts", "no-restricted-syntax", "export const x = 1 as unknown as string;"],
    ["sim/fixture.ts", "no-restricted-syntax", "export const x = 1 as unknown as string;"],
    [
      "components/fixture.tsx",
      "@typescript-eslint/no-explicit-any",
      "export const f = (v: any) => v;",
    ],
  ])("switches no type off in source: %s (%s)", async (file, rule, source) => {
    const [result] = await eslint.lintText(`${source}\n`, { filePath: path.join(ROOT, file) });
    expect((result?.messages ?? []).map((m) => m.ruleId)).toContain(rule);
  });

  it("lets a test fake what it stands in for", async () => {
    const source = "export const x = 1 as unknown as string;\n";
    const [result] = await eslint.lintText(source, {
      filePath: path.join(ROOT, "lib/data/fixture.test.ts"),
    });
    expect(result?.messages ?? []).toEqual([]);
  });

  it("gives every entry of lib/ a layer, and every layer's paths exist", () => {
    const paths = Object.values(LAYERS).flatMap((layer) => layer.paths);
    const entries = readdirSync(path.join(ROOT, "lib"))
      .filter((name) => !name.includes(".test."))
      .map((name) => `lib/${name}`);
    expect(entries.filter((entry) => !paths.includes(entry))).toEqual([]);
    expect(paths.filter((p) => !existsSync(path.join(ROOT, p)))).toEqual([]);
  });
}, 120_000);

describe("cycle check (.dependency-cruiser.cjs)", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "cycle-"));
    writeFileSync(path.join(dir, "tsconfig.json"), "{}");
    writeFileSync(
      path.join(dir, "a.ts"),
      'import type { B } from "./b";\nexport type A = { b?: B };\n',
    );
    writeFileSync(
      path.join(dir, "b.ts"),
      'import type { A } from "./a";\nexport type B = { a?: A };\n',
    );
    writeFileSync(path.join(dir, "c.ts"), 'import type { D } from "./d";\nexport type C = D;\n');
    writeFileSync(path.join(dir, "d.ts"), "export type D = string;\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function cruise(...files: string[]): Promise<{ code: number; output: string }> {
    const bin = path.join(ROOT, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs");
    const args = [bin, ...files, "--config", path.join(ROOT, ".dependency-cruiser.cjs")];
    try {
      const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: dir });
      return { code: 0, output: stdout };
    } catch (error) {
      const failed = error as { code: number; stdout: string };
      return { code: failed.code, output: failed.stdout };
    }
  }

  it("refuses a cycle made of type-only imports", async () => {
    const { code, output } = await cruise("a.ts", "b.ts");
    expect(code).not.toBe(0);
    expect(output).toMatch(/no-circular: a\.ts/);
  });

  it("passes imports that run one way", async () => {
    expect((await cruise("c.ts")).code).toBe(0);
  });
}, 60_000);
