import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import zh from "@/messages/zh-CN.json";
import { englishMessage, matchSchemaMessage, termKeyOf } from "./schema-message";

/** The shared schemas, and the design checks that lib/design adds to the link design schema. */
const SCHEMA_SOURCES = [
  path.resolve(__dirname, "../schemas"),
  path.resolve(__dirname, "../design/link/link-design-schema.ts"),
];

function sourceFiles(dir: string): string[] {
  if (dir.endsWith(".ts")) return [dir];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") &&
      !entry.name.includes(".test.") &&
      entry.name !== "test-designs.ts"
      ? [full]
      : [];
  });
}

const MESSAGE_WORDS =
  / must | is required| need | needs | is only | not supported| cannot | does not | is set once|this kind of link|an existing gateway/;

/** Every validation sentence the shared schemas can produce, `${…}` holes filled with a name. */
function messagesInSource(): string[] {
  const found = new Set<string>();
  for (const file of SCHEMA_SOURCES.flatMap(sourceFiles)) {
    const text = readFileSync(file, "utf8");
    for (const [, double, single] of text.matchAll(
      /"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'/g,
    )) {
      const literal = double ?? single;
      if (literal && MESSAGE_WORDS.test(literal)) found.add(literal.replaceAll('\\"', '"'));
    }
    for (const match of text.matchAll(/`([^`]*)`/g)) {
      const literal = match[1]!;
      if (MESSAGE_WORDS.test(literal)) found.add(literal.replace(/\$\{[^}]*\}/g, "Field1"));
    }
  }
  return [...found];
}

describe("schema messages in both languages", () => {
  const messages = messagesInSource();

  it("finds the schemas' messages to check", () => {
    expect(messages.length).toBeGreaterThan(40);
  });

  it.each(messages)("has a template for: %s", (message) => {
    expect(matchSchemaMessage(message), message).toBeDefined();
  });

  it("reads the parameters back out of a sentence", () => {
    expect(matchSchemaMessage("VpnConnectionName must be at most 60 characters")).toEqual({
      key: "schema.maxChars",
      params: { field: "VpnConnectionName", max: "60" },
    });
    expect(matchSchemaMessage("Period is required when InstanceChargeType is PREPAY")).toEqual({
      key: "schema.requiredWhen",
      params: { field: "Period", condition: "InstanceChargeType", value: "PREPAY" },
    });
    expect(
      matchSchemaMessage("IpAddress must be a public IPv4 address (this one is private)")?.params,
    ).toEqual({ field: "IpAddress", reason: "private" });
  });

  it("reads a field named with the field it holds, so no English stays inside the Chinese", () => {
    const sentence =
      "InstanceChargePrepaid (with Period) is required when InstanceChargeType is PREPAID";
    expect(matchSchemaMessage(sentence)).toEqual({
      key: "schema.requiredWithWhen",
      params: {
        field: "InstanceChargePrepaid",
        inner: "Period",
        condition: "InstanceChargeType",
        value: "PREPAID",
      },
    });
    expect(zh.schema.requiredWithWhen).not.toContain("with");
  });

  it("prefers the most specific template", () => {
    expect(
      matchSchemaMessage("VSwitchId is required when DisasterRecoveryVSwitchId is set")?.key,
    ).toBe("schema.requiredWhenSet");
    expect(matchSchemaMessage("name is required")?.key).toBe("schema.required");
  });

  it("round-trips the design checks' English sentences", () => {
    const sentence = englishMessage("lint.address.remoteOverlapsVpc", {
      value: "10.10.1.0/24",
      vpc: "10.10.0.0/16",
    });
    expect(sentence).toContain("10.10.1.0/24");
    expect(matchSchemaMessage(sentence)).toEqual({
      key: "lint.address.remoteOverlapsVpc",
      params: { value: "10.10.1.0/24", vpc: "10.10.0.0/16" },
    });
  });

  it("translates the terms used as parameters", () => {
    const key = termKeyOf("private");
    expect(key).toBe("private");
    expect(zh.schemaTerms[key as keyof typeof zh.schemaTerms]).toBe("私有地址");
  });
});
