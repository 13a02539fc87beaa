import { describe, expect, it } from "vitest";
import {
  ALIBABA_AUTH,
  ALIBABA_IKE_ENC,
  ALIBABA_IKE_PFS,
  ALIBABA_IPSEC_PFS,
} from "@/lib/schemas/alibaba/vpn-connection-configs";
import {
  IKE_AUTHENTICATION,
  IKE_DH_GROUPS,
  IKE_ENCRYPTION,
  IPSEC_ENCRYPTION,
  IPSEC_INTEGRITY_LEGACY,
  IPSEC_PFS,
} from "@/lib/schemas/tencent/shared";
import { DH_GROUP, ENCRYPTION, INTEGRITY, PFS_OFF, spellingsOf } from "./crypto-vocabulary";

/** The API schemas and the vocabulary table must offer exactly the same algorithms. */
const same = (a: readonly string[], b: readonly string[]) =>
  expect([...a].sort()).toEqual([...b].sort());

describe("vocabulary ↔ API schemas", () => {
  it("Tencent", () => {
    same(IKE_ENCRYPTION, spellingsOf(ENCRYPTION, "tencentIke"));
    same(IKE_AUTHENTICATION, spellingsOf(INTEGRITY, "tencentIke"));
    same(IKE_DH_GROUPS, spellingsOf(DH_GROUP, "tencentIke"));
    same(IPSEC_ENCRYPTION, spellingsOf(ENCRYPTION, "tencentIpsec"));
    same(IPSEC_INTEGRITY_LEGACY, spellingsOf(INTEGRITY, "tencentIpsec"));
    // Terraform's PFS spelling (GROUPn) is accepted too, for the groups Terraform lists.
    const terraformPfs = ["GROUP1", "GROUP2", "GROUP5", "GROUP14", "GROUP24"];
    same(IPSEC_PFS, [
      PFS_OFF.tencentIpsec,
      ...spellingsOf(DH_GROUP, "tencentIpsec"),
      ...terraformPfs,
    ]);
  });

  it("Alibaba", () => {
    same(ALIBABA_IKE_ENC, spellingsOf(ENCRYPTION, "alibaba"));
    same(ALIBABA_AUTH, spellingsOf(INTEGRITY, "alibaba"));
    same(ALIBABA_IKE_PFS, spellingsOf(DH_GROUP, "alibaba"));
    same(ALIBABA_IPSEC_PFS, [PFS_OFF.alibaba, ...spellingsOf(DH_GROUP, "alibaba")]);
  });
});
