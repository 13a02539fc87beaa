import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import { ALIBABA_GATEWAY, CLOUD_TO_CLOUD, TENCENT_ON_PREM } from "@/lib/design/link/test-designs";
import { compilePlan } from "@/lib/design/plan/compile";
import type { LinkDesignInput } from "@/lib/schemas/link/design";
import {
  hashLinkPlan,
  openLinkDesign,
  openLinkKey,
  sealDraftKey,
  sealLinkDesign,
  withStoredLinkKey,
} from "./link-key";
import { PskDecryptError } from "./psk";
import { variant } from "@/test/kit";

const key = randomBytes(32);
const PSK = "Sz0ffice!Key"; // TENCENT_ON_PREM's key
const endpointHost = () => "api.example.test";
const parse = (input: LinkDesignInput) => linkDesignSchema.parse(input);
const plainText = (value: unknown) => JSON.stringify(value);

describe("the link key (lib/crypto/link-key.ts)", () => {
  it("seals a design: the stored design has no key, the ciphertext opens to it", () => {
    const design = parse(TENCENT_ON_PREM);
    const sealed = sealLinkDesign({ design, key });
    expect(plainText(sealed.design)).not.toContain(PSK);
    expect(plainText(sealed.design)).not.toContain('"psk"');
    expect(sealed.pskCiphertext).toMatch(/^v1:/);
    expect(sealed.pskCiphertext).not.toContain(PSK);
    expect(openLinkKey({ pskCiphertext: sealed.pskCiphertext!, key })).toBe(PSK);
    // Round trip: the stored design and its ciphertext open to the design as sent.
    expect(openLinkDesign({ ...sealed, key })).toEqual({ design, psk: PSK });
  });

  it("round-trips a cloud ↔ cloud design's key, and gives a gateway-only design none", () => {
    const cloud = parse(CLOUD_TO_CLOUD);
    const sealed = sealLinkDesign({ design: cloud, key });
    expect(plainText(sealed.design)).not.toContain('"psk"');
    expect(openLinkDesign({ ...sealed, key }).design).toEqual(cloud);
    const gateway = sealLinkDesign({ design: parse(ALIBABA_GATEWAY), key });
    expect(gateway.pskCiphertext).toBeNull();
    expect(openLinkDesign({ ...gateway, key })).toEqual({
      design: parse(ALIBABA_GATEWAY),
      psk: null,
    });
  });

  it("refuses a ciphertext under another server key", () => {
    const { pskCiphertext } = sealLinkDesign({ design: parse(TENCENT_ON_PREM), key });
    expect(() => openLinkKey({ pskCiphertext: pskCiphertext!, key: randomBytes(32) })).toThrow(
      PskDecryptError,
    );
  });

  it("keeps the stored key on an edit without one, and takes a new one", () => {
    const { design: stored, pskCiphertext } = sealLinkDesign({
      design: parse(TENCENT_ON_PREM),
      key,
    });
    const kept = withStoredLinkKey({ raw: stored, pskCiphertext, key });
    expect(kept.newKey).toBe(false);
    expect(parse(kept.raw as LinkDesignInput)).toEqual(parse(TENCENT_ON_PREM));
    const emptyKey = variant(TENCENT_ON_PREM, (d) => {
      d.site.tunnel.psk = "";
    });
    expect(withStoredLinkKey({ raw: emptyKey, pskCiphertext, key }).newKey).toBe(false);
    const newKey = variant(emptyKey, (d) => {
      d.site.tunnel.psk = "N3w-Key!";
    });
    expect(withStoredLinkKey({ raw: newKey, pskCiphertext, key })).toEqual({
      raw: newKey,
      newKey: true,
    });
  });

  it("seals a wizard draft's key wherever it was typed, and leaves no key field in the data", () => {
    const typed = {
      kind: "gateway",
      site: { tunnel: { psk: PSK, params: { IkeConfig: { Psk: PSK } } } },
      peer: [{ params: { PreShareKey: PSK } }],
    };
    const sealed = sealDraftKey({ data: typed, key });
    expect(plainText(sealed.data)).not.toContain(PSK);
    expect(openLinkKey({ pskCiphertext: sealed.pskCiphertext!, key })).toBe(PSK);
    // The current kind's place wins over another kind's.
    const both = {
      kind: "cloudToCloud",
      site: { tunnel: { psk: "site" } },
      tunnel: { psk: "c2c" },
    };
    const cloud = sealDraftKey({ data: both, key });
    expect(openLinkKey({ pskCiphertext: cloud.pskCiphertext!, key })).toBe("c2c");
    expect(sealDraftKey({ data: { kind: "onPrem" }, key }).pskCiphertext).toBeUndefined();
  });

  it("hashes a plan stably, by the key's digest: the plan and its hash hold no key", () => {
    const { design: stored, pskCiphertext } = sealLinkDesign({
      design: parse(TENCENT_ON_PREM),
      key,
    });
    const { design, psk } = openLinkDesign({ design: stored, pskCiphertext, key });
    const plan = compilePlan(design, { endpointHost });
    expect(plainText(plan)).not.toContain(PSK);
    const hash = hashLinkPlan({ plan, psk, key });
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    // Stable: a fresh encryption (new IV) of the same key gives the same hash.
    const again = sealLinkDesign({ design: parse(TENCENT_ON_PREM), key });
    expect(again.pskCiphertext).not.toBe(pskCiphertext);
    const reopened = openLinkKey({ pskCiphertext: again.pskCiphertext!, key });
    expect(hashLinkPlan({ plan: structuredClone(plan), psk: reopened, key })).toBe(hash);
    // Another key, or another server key, is another hash.
    expect(hashLinkPlan({ plan, psk: "0ther!Key", key })).not.toBe(hash);
    expect(hashLinkPlan({ plan, psk, key: randomBytes(32) })).not.toBe(hash);
    // A plan that uses the key cannot be hashed without it.
    expect(() => hashLinkPlan({ plan, psk: null, key })).toThrow(/digest/);
  });
});
