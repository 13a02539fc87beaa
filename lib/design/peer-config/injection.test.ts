// Every value that reaches a device configuration is escaped or refused: for hostile strings in
// any field, a renderer either refuses (PeerConfigRefusal) or writes the same command structure as
// for a benign tunnel of the same shape — no extra line, no extra token, no extra section.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PeerConfigFormat } from "../../schemas/peer-config";
import { PEER_CONFIG_FORMATS } from "../../schemas/peer-config";
import { linkDesignSchema } from "../link/link-design-schema";
import { ALIBABA_TUNNEL, TENCENT_ON_PREM } from "../link/test-designs";
import { RECOMMENDED_SUITE } from "../crypto/suite";
import { CLOUD_GATEWAY_IP_PLACEHOLDER, peerTunnelOf } from "./from-design";
import { renderPeerConfig } from "./render";
import { tunnel as fixture } from "./test-fixtures";
import type { IkeIdentity, PeerTunnel } from "./types";
import { lineOf, vouch } from "./values/safe-value";
import { variant } from "@/test/kit";

const INJECTIONS = [
  "t\nusername evil privilege 15 secret 0 evil",
  "t\r\nusername evil privilege 15 secret 0 evil",
  'x" }\n}\nsecrets {\n  ike-evil {\n    secret = "evil"',
  "x\n  }\n  evil {\n    remote_addrs = %any",
  "a\u2028b",
  "a\u0085b",
  "a\u000bb",
  "10.0.0.0/24\n permit ip any any",
  "10.0.0.0/24 any",
  "192.0.2.1\ninterface Loopback0",
  "192.0.2.1 ",
  " 192.0.2.1",
  "evil.example\nlocal-user evil password irreversible-cipher x",
  "evil.example # comment",
  "a b",
  "k?ey",
  'k"ey',
  "k\\ey",
  "key address 0.0.0.0 0.0.0.0",
  "#include /etc/passwd",
  "include /etc/shadow",
  "",
  "上海 IDC #1",
  "\u202eevil",
  "x".repeat(300),
];

const hostile = fc.oneof(
  fc.constantFrom(...INJECTIONS),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc
    .tuple(fc.constantFrom("10.0.0.0/24", "192.0.2.1", "a.example"), fc.string({ maxLength: 8 }))
    .map(([value, tail]) => value + tail),
);

const address = fc.oneof(fc.constantFrom("192.0.2.10", "198.51.100.10"), hostile);
const cidr = fc.oneof(fc.constantFrom("10.0.0.0/24", "172.16.0.0/12"), hostile);
const identity: fc.Arbitrary<IkeIdentity> = fc.oneof(
  fc.record({ type: fc.constant("address" as const), value: address }),
  fc.record({
    type: fc.constant("fqdn" as const),
    value: fc.oneof(fc.constantFrom("office.example.com", "gw-1.example"), hostile),
  }),
);

const tunnelArb: fc.Arbitrary<PeerTunnel> = fc.record({
  name: fc.oneof(fc.constantFrom("office", "Shanghai IDC"), hostile),
  localAddress: address,
  remoteAddress: fc.oneof(address, fc.constant(CLOUD_GATEWAY_IP_PLACEHOLDER)),
  localId: identity,
  remoteId: identity,
  suite: fc.constantFrom(RECOMMENDED_SUITE, {
    ...RECOMMENDED_SUITE,
    ikeVersion: "ikev1" as const,
    exchangeMode: "aggressive" as const,
  }),
  selectors: fc.array(
    fc.record({
      local: fc.array(cidr, { minLength: 1, maxLength: 2 }),
      remote: fc.array(cidr, { minLength: 1, maxLength: 2 }),
    }),
    { minLength: 1, maxLength: 2 },
  ),
  dpd: fc.constantFrom(fixture.dpd, { enabled: false, delaySeconds: 30, action: "clear" as const }),
  psk: fc.option(fc.oneof(fc.constantFrom("Abc123!xyz", "k3y"), hostile), { nil: undefined }),
});

/** The same tunnel with every free-text value replaced by a harmless one of its kind. */
function benignTwin(tunnel: PeerTunnel): PeerTunnel {
  const id = (value: IkeIdentity, ip: string): IkeIdentity =>
    value.type === "fqdn"
      ? { type: "fqdn", value: "twin.example" }
      : { type: "address", value: ip };
  const twin: PeerTunnel = {
    ...tunnel,
    name: "twin",
    localAddress: "192.0.2.1",
    remoteAddress:
      tunnel.remoteAddress === CLOUD_GATEWAY_IP_PLACEHOLDER
        ? CLOUD_GATEWAY_IP_PLACEHOLDER
        : "198.51.100.1",
    localId: id(tunnel.localId, "192.0.2.1"),
    remoteId: id(tunnel.remoteId, "198.51.100.1"),
    selectors: tunnel.selectors.map((pair) => ({
      local: pair.local.map(() => "10.1.0.0/24"),
      remote: pair.remote.map(() => "10.2.0.0/24"),
    })),
  };
  if (tunnel.psk !== undefined) twin.psk = "TwinKey1";
  return twin;
}

/** Every character a device or swanctl could read as the end of a line. */
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;

type Grammar = {
  comment: RegExp;
  /** A token that may differ from the benign twin's: one value, nothing a parser would split. */
  value: RegExp;
};

const SET_TOKEN = "[\\x21\\x23-\\x26\\x28-\\x3e\\x40-\\x5b\\x5d-\\x7e]";
const SET_VALUE = new RegExp(`^(?:"${SET_TOKEN}+"|${SET_TOKEN}+)$`);

const GRAMMAR: Record<PeerConfigFormat, Grammar> = {
  swanctl: {
    comment: /^\s*#/,
    value: /^(?:"[^"\\\p{Cc}]*"|[^\s{}#="\\\p{Cc}\p{Cf}]+)$/u,
  },
  // Printable ASCII only, and no "?": the IOS and VRP command lines show help on "?".
  "cisco-ios": { comment: /^!/, value: /^[\x21-\x3e\x40-\x7e]+$/ },
  "huawei-vrp": { comment: /^#/, value: /^[\x21-\x3e\x40-\x7e]+$/ },
  // FortiOS, PAN-OS, Junos: a plain token, or one double-quoted string with nothing to end it early.
  fortigate: { comment: /^#/, value: SET_VALUE },
  "pan-os": { comment: /^#/, value: SET_VALUE },
  "juniper-srx": { comment: /^#/, value: SET_VALUE },
};

/**
 * The hostile rendering must be the twin's line for line: comments stay single comment lines,
 * commands keep their indentation and token count, and a token differs only as one clean value.
 */
function expectSameStructure(text: string, twinText: string, format: PeerConfigFormat) {
  const grammar = GRAMMAR[format];
  const lines = text.split(LINE_BREAK);
  const twinLines = twinText.split(LINE_BREAK);
  expect(lines.length, text).toBe(twinLines.length);
  twinLines.forEach((twinLine, i) => {
    const line = lines[i]!;
    if (grammar.comment.test(twinLine)) {
      expect(line, `line ${i + 1} must stay a comment`).toMatch(grammar.comment);
      if (format !== "swanctl") expect(line, `line ${i + 1}`).toMatch(/^[\x20-\x3e\x40-\x7e]*$/);
      else expect(line, `line ${i + 1}`).not.toMatch(/[\p{Cc}\p{Cf}]/u);
      return;
    }
    const indent = (s: string) => /^ */.exec(s)![0].length;
    expect(indent(line), `indentation of line ${i + 1}: ${line}`).toBe(indent(twinLine));
    const tokens = line.trim().split(" ");
    const twinTokens = twinLine.trim().split(" ");
    expect(tokens.length, `tokens of line ${i + 1}: ${line}`).toBe(twinTokens.length);
    tokens.forEach((token, j) => {
      if (token !== twinTokens[j]) expect(token, `line ${i + 1}: ${line}`).toMatch(grammar.value);
    });
  });
}

function isRefusal(error: unknown): boolean {
  return error instanceof Error && error.name === "PeerConfigRefusal";
}

/** Renders, or undefined when the renderer refused (and only a refusal is acceptable). */
function renderOrRefuse(tunnel: PeerTunnel, format: PeerConfigFormat): string | undefined {
  try {
    return renderPeerConfig(tunnel, format);
  } catch (error) {
    if (isRefusal(error)) return undefined;
    throw error;
  }
}

function checkTunnel(tunnel: PeerTunnel, format: PeerConfigFormat) {
  const text = renderOrRefuse(tunnel, format);
  if (text === undefined) return;
  expectSameStructure(text, renderPeerConfig(benignTwin(tunnel), format), format);
}

describe.each(PEER_CONFIG_FORMATS)("%s: hostile values are escaped or refused", (format) => {
  it("keeps the command structure for arbitrary strings in every field", () => {
    fc.assert(
      fc.property(tunnelArb, (tunnel) => checkTunnel(tunnel, format)),
      { numRuns: 400 },
    );
  });

  it.each(INJECTIONS)("never lets %j through any single field", (evil) => {
    const fields: ((t: PeerTunnel) => PeerTunnel)[] = [
      (t) => ({ ...t, name: evil }),
      (t) => ({ ...t, localAddress: evil }),
      (t) => ({ ...t, remoteAddress: evil }),
      (t) => ({ ...t, localId: { type: "fqdn", value: evil } }),
      (t) => ({ ...t, remoteId: { type: "fqdn", value: evil } }),
      (t) => ({ ...t, localId: { type: "address", value: evil } }),
      (t) => ({ ...t, selectors: [{ local: [evil], remote: ["10.0.0.0/24"] }] }),
      (t) => ({ ...t, selectors: [{ local: ["10.0.0.0/24"], remote: [evil] }] }),
      (t) => ({ ...t, psk: evil }),
    ];
    for (const edit of fields) checkTunnel(edit(fixture), format);
  });

  it("refuses an identity that is not an FQDN rather than mangling it", () => {
    const tunnel = { ...fixture, localId: { type: "fqdn" as const, value: "a b.example" } };
    expect(() => renderPeerConfig(tunnel, format)).toThrow(
      expect.objectContaining({ name: "PeerConfigRefusal", field: "localId" }),
    );
  });

  it("refuses a traffic selector that is not an IPv4 CIDR", () => {
    const selectors = [{ local: ["10.0.0.0/24\n permit ip any any"], remote: ["10.1.0.0/24"] }];
    expect(() => renderPeerConfig({ ...fixture, selectors }, format)).toThrow(
      expect.objectContaining({ name: "PeerConfigRefusal", field: "selectors" }),
    );
  });
});

describe("lineOf", () => {
  it("takes only values vouched for its own format", () => {
    const line = lineOf("cisco-ios");
    expect(line`set peer ${vouch("cisco-ios", "192.0.2.1")}`).toBe("set peer 192.0.2.1");
    // @ts-expect-error a raw string is not a vouched value
    expect(() => line`set peer ${"192.0.2.1\nusername evil"}`).toThrow("unvouched");
    // @ts-expect-error a value vouched for swanctl is not one for Cisco
    expect(line`set peer ${vouch("swanctl", "x")}`).toBe("set peer x");
    expect(() => vouch("huawei-vrp", "a\nb")).toThrow("control character");
  });

  it("refuses an object that only looks like a vouched value", () => {
    const line = lineOf("cisco-ios");
    // @ts-expect-error only vouch() makes a SafeValue: the brand is not in a literal's reach
    expect(() => line`set peer ${{ text: "192.0.2.1\nusername evil" }}`).toThrow("unvouched");
  });
});

describe("a hostile tunnel name", () => {
  const evil = "t\nusername evil privilege 15 secret 0 evil";

  it.each(PEER_CONFIG_FORMATS)("%s: is kept only as a one-line comment", (format) => {
    const text = renderPeerConfig({ ...fixture, name: evil }, format);
    expect(text.split("\n").filter((line) => line.startsWith("username"))).toEqual([]);
    expect(text).toContain("username evil privilege 15 secret 0 evil");
    expect(text.split("\n").find((line) => line.includes("username"))).toMatch(/^[#!]/);
  });
});

describe("keys each vendor cannot carry", () => {
  it("swanctl writes any key, quoted when plain and as hex otherwise", () => {
    expect(renderPeerConfig({ ...fixture, psk: "Abc123!xyz" }, "swanctl")).toContain(
      'secret = "Abc123!xyz"',
    );
    const odd = 'a"b\\c d\n}';
    expect(renderPeerConfig({ ...fixture, psk: odd }, "swanctl")).toContain(
      `secret = 0x${Buffer.from(odd).toString("hex")}`,
    );
  });

  it.each([
    ["cisco-ios", "a b"],
    ["cisco-ios", "k?y"],
    ["cisco-ios", "ключ"],
    ["huawei-vrp", "a b"],
    ["huawei-vrp", "k?y"],
    ["huawei-vrp", 'k"y'],
    ["pan-os", "a b"],
    ["pan-os", "k?y1234"],
    ["pan-os", 'k"y1234'],
    ["pan-os", "k\\y1234"],
    ["pan-os", "ключ-ключ"],
  ] as const)("%s refuses the key %j", (format, psk) => {
    expect(() => renderPeerConfig({ ...fixture, psk }, format)).toThrow(
      expect.objectContaining({ name: "PeerConfigRefusal", field: "psk" }),
    );
  });

  it("FortiGate and Junos write any other key as hex, so the device gets the same bytes", () => {
    const odd = 'a"b\\c d?\n}';
    const hex = Buffer.from(odd).toString("hex");
    expect(renderPeerConfig({ ...fixture, psk: odd }, "fortigate")).toContain(
      `set psksecret 0x${hex}`,
    );
    expect(renderPeerConfig({ ...fixture, psk: odd }, "juniper-srx")).toContain(
      `pre-shared-key hexadecimal ${hex}`,
    );
    // A plain key FortiOS would read as hex is written as hex too.
    expect(renderPeerConfig({ ...fixture, psk: "0xC0FFEE99" }, "fortigate")).toContain(
      `set psksecret 0x${Buffer.from("0xC0FFEE99").toString("hex")}`,
    );
    expect(renderPeerConfig({ ...fixture, psk: "Abc123!xyz" }, "fortigate")).toContain(
      'set psksecret "Abc123!xyz"',
    );
    expect(renderPeerConfig({ ...fixture, psk: "Abc123!xyz" }, "juniper-srx")).toContain(
      'pre-shared-key ascii-text "Abc123!xyz"',
    );
  });

  it.each(["k3y", "x".repeat(129)])("FortiGate refuses the key %j by its length", (psk) => {
    expect(() => renderPeerConfig({ ...fixture, psk }, "fortigate")).toThrow(
      expect.objectContaining({ name: "PeerConfigRefusal", field: "psk", reason: "pskLength" }),
    );
  });

  it("an algorithm the device lacks is a refusal, not a crash", () => {
    const suite = { ...RECOMMENDED_SUITE, ike: { ...RECOMMENDED_SUITE.ike, encryption: "sm4" } };
    expect(() =>
      renderPeerConfig({ ...fixture, suite: suite as PeerTunnel["suite"] }, "swanctl"),
    ).toThrow(expect.objectContaining({ name: "PeerConfigRefusal", field: "suite" }));
  });
});

describe("hostile strings in the design fields that reach the device", () => {
  const designs = fc.oneof(
    fc
      .record({ name: hostile, fqdn: hostile, peerFqdn: hostile, spd: hostile, psk: hostile })
      .map((v) =>
        variant(TENCENT_ON_PREM, (d) => {
          const params = d.site.tunnel.params;
          params.VpnConnectionName = v.name;
          params.IKEOptionsSpecification = {
            ...params.IKEOptionsSpecification,
            LocalIdentity: "FQDN",
            LocalFqdnName: v.fqdn,
            RemoteIdentity: "FQDN",
            RemoteFqdnName: v.peerFqdn,
          };
          params.SecurityPolicyDatabases[0].RemoteCidrBlock.push(v.spd);
          d.site.tunnel.psk = v.psk;
        }),
      ),
    fc
      .record({ name: hostile, localId: hostile, remoteId: hostile, subnet: hostile, psk: hostile })
      .map((v) =>
        variant(ALIBABA_TUNNEL, (d) => {
          const params = d.site.tunnel.params;
          params.Name = v.name;
          params.IkeConfig = { ...params.IkeConfig, LocalId: v.localId, RemoteId: v.remoteId };
          params.RemoteSubnet = `${params.RemoteSubnet},${v.subnet}`;
          d.site.tunnel.psk = v.psk;
        }),
      ),
  );

  it.each(PEER_CONFIG_FORMATS)("%s: refused or structurally the same", (format) => {
    fc.assert(
      fc.property(designs, (input) => {
        const parsed = linkDesignSchema.safeParse(input);
        if (!parsed.success) return;
        const mapped = peerTunnelOf(parsed.data);
        if (!mapped.ok) return;
        const design = parsed.data;
        const psk =
          design.kind === "tunnel" || design.kind === "onPrem" ? design.site.tunnel.psk : "";
        checkTunnel({ ...mapped.tunnel, psk }, format);
      }),
      { numRuns: 150 },
    );
  });
});
