// FortiGate, PAN-OS and Juniper SRX: the whole file for the test designs (golden files under
// __golden__/, reviewed by hand against each vendor's command reference), the algorithm tables
// and what each device refuses.
import { describe, expect, it } from "vitest";
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import { ALIBABA_TUNNEL, TENCENT_ON_PREM } from "../link/test-designs";
import { RECOMMENDED_SUITE, type CryptoSuite } from "../crypto/suite";
import { DH_GROUP, ENCRYPTION, INTEGRITY } from "@/lib/net/crypto-vocabulary";
import { peerTunnelOf } from "./from-design";
import { renderPeerConfig } from "./render";
import { tunnel as fixture } from "./test-fixtures";
import type { PeerTunnel } from "./types";
import { FORTIOS, JUNOS, PANOS, type DeviceAlgorithms } from "./values/vendor-algorithms";
import { variant } from "@/test/kit";

const FORMATS = ["fortigate", "pan-os", "juniper-srx"] as const;
type SetFormat = (typeof FORMATS)[number];
const TABLES: Record<SetFormat, DeviceAlgorithms> = {
  fortigate: FORTIOS,
  "pan-os": PANOS,
  "juniper-srx": JUNOS,
};

function tunnelOf(input: unknown, created?: { gatewayPublicIp?: string }): PeerTunnel {
  const result = peerTunnelOf(linkDesignSchema.parse(input), created);
  if (!result.ok) throw new Error(`no peer tunnel: ${result.reason}`);
  return result.tunnel;
}

const DESIGNS: Record<string, PeerTunnel> = {
  // An active Tencent link: the created gateway's IP, and the key the owner asked for.
  "tencent-on-prem": {
    ...tunnelOf(TENCENT_ON_PREM, { gatewayPublicIp: "198.51.100.7" }),
    psk: "Sz0ffice!Key",
  },
  "alibaba-tunnel": tunnelOf(ALIBABA_TUNNEL),
  // Route-based, every crypto field left to Tencent's defaults (IKEv1, 3DES, SHA-1, group 1).
  "tencent-route-defaults": tunnelOf(
    variant(TENCENT_ON_PREM, (d) => {
      d.site.tunnel.params.RouteType = "StaticRoute";
      delete d.site.tunnel.params.SecurityPolicyDatabases;
      delete d.site.tunnel.params.IKEOptionsSpecification;
      delete d.site.tunnel.params.IPSECOptionsSpecification;
    }),
  ),
};

describe.each(FORMATS)("%s golden files", (format) => {
  it.each(Object.keys(DESIGNS))("renders the %s design as reviewed", async (design) => {
    await expect(renderPeerConfig(DESIGNS[design]!, format)).toMatchFileSnapshot(
      `__golden__/${design}.${format}.txt`,
    );
  });
});

const suiteWith = (edit: (suite: CryptoSuite) => void): CryptoSuite => {
  const suite = structuredClone(RECOMMENDED_SUITE);
  edit(suite);
  return suite;
};

const render = (format: SetFormat, suite: CryptoSuite) =>
  renderPeerConfig({ ...fixture, suite }, format);

const refusal = (reason: string) =>
  expect.objectContaining({ name: "PeerConfigRefusal", field: "suite", reason });

/** The line of each format that carries one concept's keyword. */
const WHERE: Record<SetFormat, Record<keyof DeviceAlgorithms, (kw: string) => string>> = {
  fortigate: {
    ikeEncryption: (kw) => `set proposal ${kw}-`,
    ikeIntegrity: (kw) => `-${kw}\n        set dhgrp`,
    espEncryption: (kw) => `set proposal ${kw}-`,
    espIntegrity: (kw) => `-${kw}\n        set pfs`,
    dhGroup: (kw) => `set dhgrp ${kw}\n`,
  },
  "pan-os": {
    ikeEncryption: (kw) => `ike-crypto-profiles shanghai-idc-ike encryption ${kw}\n`,
    ikeIntegrity: (kw) => `shanghai-idc-ike hash ${kw}\n`,
    espEncryption: (kw) => `shanghai-idc-ipsec esp encryption ${kw}\n`,
    espIntegrity: (kw) => `shanghai-idc-ipsec esp authentication ${kw}\n`,
    dhGroup: (kw) => `shanghai-idc-ike dh-group ${kw}\n`,
  },
  "juniper-srx": {
    ikeEncryption: (kw) => `shanghai-idc-ike encryption-algorithm ${kw}\n`,
    ikeIntegrity: (kw) => `shanghai-idc-ike authentication-algorithm ${kw}\n`,
    espEncryption: (kw) => `shanghai-idc-ipsec encryption-algorithm ${kw}\n`,
    espIntegrity: (kw) => `shanghai-idc-ipsec authentication-algorithm ${kw}\n`,
    dhGroup: (kw) => `shanghai-idc-ike dh-group ${kw}\n`,
  },
};

/** Each concept's neutral ids and where a suite takes them (CBC ciphers keep integrity in play). */
const CONCEPTS = {
  ikeEncryption: {
    ids: Object.keys(ENCRYPTION).filter((id) => !id.endsWith("gcm")),
    set: (s: CryptoSuite, id: string) => void (s.ike.encryption = id as never),
  },
  ikeIntegrity: {
    ids: Object.keys(INTEGRITY),
    set: (s: CryptoSuite, id: string) => void (s.ike.integrity = id as never),
  },
  espEncryption: {
    ids: Object.keys(ENCRYPTION).filter((id) => !id.endsWith("gcm")),
    set: (s: CryptoSuite, id: string) => void (s.ipsec.encryption = id as never),
  },
  espIntegrity: {
    ids: Object.keys(INTEGRITY),
    set: (s: CryptoSuite, id: string) => void (s.ipsec.integrity = id as never),
  },
  dhGroup: {
    ids: Object.keys(DH_GROUP),
    set: (s: CryptoSuite, id: string) => void (s.ike.dhGroup = id as never),
  },
} as const;

describe.each(FORMATS)("%s algorithm table", (format) => {
  it.each(Object.keys(CONCEPTS) as (keyof typeof CONCEPTS)[])(
    "writes each %s keyword where the device reads it, and refuses the ids it lacks",
    (concept) => {
      const { ids, set } = CONCEPTS[concept];
      for (const id of ids) {
        const suite = suiteWith((s) => set(s, id));
        const keyword = TABLES[format][concept][id as never] as string | undefined;
        if (keyword) expect(render(format, suite), id).toContain(WHERE[format][concept](keyword));
        else expect(() => render(format, suite), id).toThrow(refusal("algorithm"));
      }
    },
  );
});

describe("what each device cannot express", () => {
  it.each(FORMATS)("%s has no SM4 / SM3 (Chinese national algorithms)", (format) => {
    expect(() =>
      render(
        format,
        suiteWith((s) => (s.ike.encryption = "sm4")),
      ),
    ).toThrow(refusal("algorithm"));
    expect(() =>
      render(
        format,
        suiteWith((s) => (s.ipsec.integrity = "sm3")),
      ),
    ).toThrow(refusal("algorithm"));
  });

  it.each(FORMATS)("%s refuses GCM for IKE with IKEv1, and takes it with IKEv2", (format) => {
    const gcm = suiteWith((s) => {
      s.ike.encryption = "aes256gcm";
      s.ike.integrity = "sha384";
    });
    expect(() => render(format, { ...gcm, ikeVersion: "ikev1" })).toThrow(refusal("ikev1Gcm"));
    expect(render(format, gcm)).toContain(
      {
        fortigate: "set proposal aes256gcm-prfsha384",
        "pan-os": "encryption aes-256-gcm",
        "juniper-srx": "encryption-algorithm aes-256-gcm",
      }[format],
    );
  });

  it("Junos takes a GCM IKE cipher only with the PRF it implies, and writes no hash for it", () => {
    const gcm = (encryption: "aes128gcm" | "aes256gcm", integrity: "sha256" | "sha384") =>
      suiteWith((s) => {
        s.ike.encryption = encryption;
        s.ike.integrity = integrity;
      });
    const text = render("juniper-srx", gcm("aes128gcm", "sha256"));
    expect(text).toContain("ike encryption-algorithm aes-128-gcm");
    expect(text).not.toMatch(/ike proposal .* authentication-algorithm/);
    expect(() => render("juniper-srx", gcm("aes256gcm", "sha256"))).toThrow(refusal("gcmPrf"));
    expect(() => render("juniper-srx", gcm("aes128gcm", "sha384"))).toThrow(refusal("gcmPrf"));
    // FortiOS names the PRF itself, so any hash goes.
    expect(render("fortigate", gcm("aes256gcm", "sha256"))).toContain("aes256gcm-prfsha256");
  });

  it.each([
    ["fortigate", 119, 172801, "set keylife 172800"],
    ["juniper-srx", 179, 86401, "lifetime-seconds 86400"],
    ["pan-os", 179, 65536 * 3600, "lifetime days 1\n"],
  ] as const)("%s refuses a lifetime outside its range", (format, below, above, atMax) => {
    const life = (seconds: number) => suiteWith((s) => (s.ike.lifetimeSeconds = seconds));
    expect(() => render(format, life(below))).toThrow(refusal("lifetime"));
    expect(() => render(format, life(above))).toThrow(refusal("lifetime"));
    const max = { fortigate: 172800, "juniper-srx": 86400, "pan-os": 86400 }[format];
    expect(render(format, life(max))).toContain(atMax);
  });

  it("PAN-OS writes a lifetime in the largest unit that divides it", () => {
    const life = (seconds: number) =>
      render(
        "pan-os",
        suiteWith((s) => (s.ipsec.lifetimeSeconds = seconds)),
      );
    expect(life(3600)).toContain("shanghai-idc-ipsec lifetime hours 1\n");
    expect(life(5400)).toContain("shanghai-idc-ipsec lifetime minutes 90\n");
    expect(life(1801)).toContain("shanghai-idc-ipsec lifetime seconds 1801\n");
    expect(() => life(65537)).toThrow(refusal("lifetime"));
  });

  it("only Junos has DH group 24 and AES-192-GCM for ESP", () => {
    const group24 = suiteWith((s) => (s.ipsec.pfsGroup = "24"));
    const gcm192 = suiteWith((s) => (s.ipsec.encryption = "aes192gcm"));
    for (const format of ["fortigate", "pan-os"] as const) {
      expect(() => render(format, group24)).toThrow(refusal("algorithm"));
      expect(() => render(format, gcm192)).toThrow(refusal("algorithm"));
    }
    expect(render("juniper-srx", group24)).toContain("perfect-forward-secrecy keys group24");
    expect(render("juniper-srx", gcm192)).toContain("encryption-algorithm aes-192-gcm");
  });
});

describe("suite details", () => {
  const legacy = suiteWith((s) => {
    s.ikeVersion = "ikev1";
    s.exchangeMode = "aggressive";
    s.ipsec.pfsGroup = "off";
    s.ipsec.encryption = "aes128gcm";
  });

  it("FortiGate: IKEv1 mode, PFS off, a GCM phase 2 without a hash", () => {
    const text = render("fortigate", legacy);
    expect(text).toContain("set ike-version 1\n        set mode aggressive");
    expect(text).toContain("set proposal aes128gcm\n        set pfs disable");
  });

  it("PAN-OS: IKEv1 exchange mode and DPD under ikev1, no-pfs, ESP authentication none", () => {
    const text = render("pan-os", legacy);
    expect(text).toContain("gateway shanghai-idc-gw protocol ikev1 exchange-mode aggressive");
    expect(text).toContain("gateway shanghai-idc-gw protocol ikev1 dpd interval 30");
    expect(text).toContain("shanghai-idc-ipsec dh-group no-pfs");
    expect(text).toContain("shanghai-idc-ipsec esp authentication none");
  });

  it("Junos: IKEv1 policy mode, no PFS line, no ESP authentication with GCM", () => {
    const text = render("juniper-srx", legacy);
    expect(text).toContain("set security ike policy shanghai-idc-ike mode aggressive");
    expect(text).toContain("gateway shanghai-idc-gw version v1-only");
    expect(text).not.toContain("perfect-forward-secrecy");
    expect(text).not.toMatch(/ipsec proposal .* authentication-algorithm/);
  });

  it.each(FORMATS)("%s: one CHILD_SA per selector pair, and DPD only when enabled", (format) => {
    const count = {
      fortigate: /set phase1name/g,
      "pan-os": / protocol any$/gm,
      "juniper-srx": /local-ip /g,
    }[format];
    // The fixture's two rows are 2 × 1 and 1 × 1 networks: three pairs.
    expect(render(format, RECOMMENDED_SUITE).match(count)).toHaveLength(3);
    const noDpd = renderPeerConfig({ ...fixture, dpd: { ...fixture.dpd, enabled: false } }, format);
    expect(noDpd).not.toMatch(/dpd-retryinterval|dpd interval|dead-peer-detection interval/);
  });

  it.each(["fortigate", "pan-os"] as const)(
    "%s never routes 0.0.0.0/0 into the tunnel on its own",
    (format) => {
      const text = renderPeerConfig(DESIGNS["tencent-route-defaults"]!, format);
      expect(text).not.toMatch(/set dst 0\.0\.0\.0 0\.0\.0\.0|destination 0\.0\.0\.0\/0/);
      expect(text).toMatch(
        /^# Route the cloud networks to .* \(the selectors are 0\.0\.0\.0\/0\)\.$/m,
      );
    },
  );
});
