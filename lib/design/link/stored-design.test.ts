import { describe, expect, it } from "vitest";
import { linkDesignShapeSchema } from "@/lib/schemas/link/design";
import { withoutLinkPsk } from "./link-psk";
import { parseStoredLinkDesign, readStoredLinkDesignShape } from "./stored-design";
import { TENCENT_ON_PREM } from "./test-designs";

describe("reading a stored design", () => {
  const stored = withoutLinkPsk(linkDesignShapeSchema.parse(TENCENT_ON_PREM));

  it("reads the same settings whether or not the design checks run", () => {
    expect(readStoredLinkDesignShape(stored)).toEqual(parseStoredLinkDesign(stored));
  });

  it("still shows a design the checks refuse when only its shape is read", () => {
    // A remote network inside the VPC's own block: the cloud would refuse it (VpcCidrConflict).
    const input = structuredClone(TENCENT_ON_PREM);
    if (input.kind !== "onPrem" || input.site.provider !== "tencent" || !input.site.tunnel) {
      throw new Error("TENCENT_ON_PREM is a Tencent link with a tunnel");
    }
    input.site.tunnel.params.SecurityPolicyDatabases = [
      { LocalCidrBlock: "10.10.1.0/24", RemoteCidrBlock: ["10.10.5.0/24"] },
    ];
    const design = withoutLinkPsk(linkDesignShapeSchema.parse(input));
    expect(() => parseStoredLinkDesign(design)).toThrow();
    expect(readStoredLinkDesignShape(design).name).toBe(TENCENT_ON_PREM.name);
  });
});
