import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditEvents } from "@/lib/db/schema";
import { CLOUD_GATEWAY_IP_PLACEHOLDER } from "@/lib/design/peer-config/from-design";
import { PSK_PLACEHOLDER } from "@/lib/design/peer-config/types";
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import { PEER_CONFIG_FORMATS } from "@/lib/schemas/peer-config";
import {
  ALIBABA_TUNNEL,
  CLOUD_TO_CLOUD,
  TENCENT_GATEWAY,
  TENCENT_ON_PREM,
} from "@/lib/design/link/test-designs";
import { DB_KINDS } from "@/test/test-database";
import { makeTestUser } from "@/test/test-users";
import { downloadPeerConfig, exportLinkTerraform } from "./link-downloads";
import { createLinkDraft } from "./links";
import { storeLegacyDesignValue } from "@/test/legacy-design";
import { variant } from "@/test/kit";
import { auditRowsOf, suiteDatabase } from "@/test/kit/database";

const TUNNEL_NAME_PATH = ["site", "tunnel", "params", "VpnConnectionName"];

const design = (input: unknown) => linkDesignSchema.parse(input);

const TENCENT_PSK = "Sz0ffice!Key";
const ALIBABA_PSK = "Bj-DC#2026";

describe.each(DB_KINDS)("link downloads on %s", (kind) => {
  const handle = suiteDatabase(kind);
  let owner: { id: string; email: string; name: string; roles: string[] };
  let other: { id: string; email: string; name: string; roles: string[] };
  let tencentId = "";
  let alibabaId = "";
  beforeAll(async () => {
    const make = (email: string) => makeTestUser(handle.db, email);
    owner = await make("owner@downloads.test");
    other = await make("other@downloads.test");
    const create = async (input: unknown) =>
      (await createLinkDraft({ db: handle.db, design: design(input), owner })).id;
    tencentId = await create(TENCENT_ON_PREM);
    alibabaId = await create(ALIBABA_TUNNEL);
  });

  const downloads = (target: string) =>
    handle.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, "link.peer_config_downloaded"),
          eq(auditEvents.targetId, target),
        ),
      );

  it("renders swanctl.conf with the designed proposals and placeholders, never the key", async () => {
    const file = await downloadPeerConfig({
      db: handle.db,
      id: tencentId,
      format: "swanctl",
      includePsk: false,
      actor: other,
    });
    expect(file.filename).toBe("gz-sz-office.swanctl.conf");
    expect(file.text).toContain("proposals = aes256-sha256-modp2048");
    expect(file.text).toContain("esp_proposals = aes256-sha256-modp2048");
    expect(file.text).toContain("local_ts = 192.168.10.0/24,192.168.11.0/24");
    expect(file.text).toContain("remote_ts = 10.10.1.0/24");
    expect(file.text).toContain("local_addrs = 203.0.113.20");
    expect(file.text).toContain(`remote_addrs = ${CLOUD_GATEWAY_IP_PLACEHOLDER}`);
    expect(file.text).toContain(PSK_PLACEHOLDER);
    expect(file.text).not.toContain(TENCENT_PSK);
    const rows = await downloads(tencentId);
    expect(rows.map((r) => [r.actorId, r.payload])).toEqual([
      [other.id, { format: "swanctl", withPsk: false }],
    ]);
  });

  it.each(PEER_CONFIG_FORMATS)(
    "renders %s for an Alibaba tunnel with the gateway's IP",
    async (format) => {
      const file = await downloadPeerConfig({
        db: handle.db,
        id: alibabaId,
        format,
        includePsk: false,
        actor: owner,
      });
      expect(file.filename).toBe(
        `hz-bj-dc.${format === "swanctl" ? "swanctl.conf" : `${format}.txt`}`,
      );
      expect(file.text).toContain("203.0.113.10");
      expect(file.text).toContain("172.31.0.0");
      expect(file.text).toContain(PSK_PLACEHOLDER);
      expect(file.text).not.toContain(ALIBABA_PSK);
    },
  );

  it("puts the key in only for the owner, and audits it", async () => {
    await expect(
      downloadPeerConfig({
        db: handle.db,
        id: alibabaId,
        format: "cisco-ios",
        includePsk: true,
        actor: other,
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const before = (await downloads(alibabaId)).length;
    const file = await downloadPeerConfig({
      db: handle.db,
      id: alibabaId,
      format: "cisco-ios",
      includePsk: true,
      actor: owner,
    });
    expect(file.text).toContain(ALIBABA_PSK);
    expect(file.text).not.toContain(PSK_PLACEHOLDER);
    const rows = await downloads(alibabaId);
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({
      actorId: owner.id,
      payload: { format: "cisco-ios", withPsk: true },
    });
    expect(rows.filter((r) => r.actorId === other.id)).toEqual([]);
  });

  it("refuses designs without a peer device with a clear conflict, and unknown links", async () => {
    const gateway = await createLinkDraft({
      db: handle.db,
      design: design(TENCENT_GATEWAY),
      owner,
    });
    const cloud = await createLinkDraft({ db: handle.db, design: design(CLOUD_TO_CLOUD), owner });
    const call = (id: string) =>
      downloadPeerConfig({ db: handle.db, id, format: "swanctl", includePsk: false, actor: owner });
    await expect(call(gateway.id)).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining("VPN gateway only"),
    });
    await expect(call(cloud.id)).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining("Terraform export"),
    });
    await expect(call("not-a-uuid")).rejects.toMatchObject({ code: "not_found" });
    await expect(call("00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await downloads(gateway.id)).toEqual([]);
    expect(await downloads(cloud.id)).toEqual([]);
  });

  it("refuses a hostile tunnel name: in a design, and from a row stored before that check", async () => {
    const evil = "t\nusername evil privilege 15 secret 0 evil";
    expect(() =>
      design(
        variant(TENCENT_ON_PREM, (d) => {
          d.site.tunnel.params.VpnConnectionName = evil;
        }),
      ),
    ).toThrow(/control characters/);
    const hostile = await createLinkDraft({
      db: handle.db,
      design: design(TENCENT_ON_PREM),
      owner,
    });
    await storeLegacyDesignValue(handle.db, hostile.id, TUNNEL_NAME_PATH, evil);
    for (const format of PEER_CONFIG_FORMATS) {
      await expect(
        downloadPeerConfig({
          db: handle.db,
          id: hostile.id,
          format,
          includePsk: false,
          actor: owner,
        }),
        format,
      ).rejects.toMatchObject({
        code: "conflict",
        message: expect.stringContaining("site.tunnel.params.VpnConnectionName"),
        issues: [{ path: "site.tunnel.params.VpnConnectionName", message: expect.any(String) }],
      });
    }
    expect(await downloads(hostile.id)).toEqual([]);
  });

  it("answers 422 naming the key when a device cannot carry it, and audits nothing", async () => {
    const spaced = await createLinkDraft({
      db: handle.db,
      design: design(
        variant(TENCENT_ON_PREM, (d) => {
          d.site.tunnel.psk = "two words?";
        }),
      ),
      owner,
    });
    const call = (format: (typeof PEER_CONFIG_FORMATS)[number]) =>
      downloadPeerConfig({ db: handle.db, id: spaced.id, format, includePsk: true, actor: owner });
    for (const format of ["cisco-ios", "huawei-vrp"] as const) {
      await expect(call(format)).rejects.toMatchObject({
        code: "unprocessable",
        issues: [{ path: "psk", message: expect.stringContaining("cannot be written") }],
      });
    }
    expect(await downloads(spaced.id)).toEqual([]);
    // swanctl carries any key (as hex), so that download works and is audited.
    const file = await call("swanctl");
    expect(file.text).toContain(`secret = 0x${Buffer.from("two words?").toString("hex")}`);
    expect(await downloads(spaced.id)).toHaveLength(1);
  });

  it("exports Terraform with the key as a variable, and audits the download", async () => {
    const cloud = await createLinkDraft({ db: handle.db, design: design(CLOUD_TO_CLOUD), owner });
    const file = await exportLinkTerraform({ db: handle.db, id: cloud.id, actor: owner });
    expect(await auditRowsOf(handle.db, "link.terraform_downloaded", cloud.id)).toHaveLength(1);
    expect(file.filename).toBe("Guangzhou-Hangzhou.tf");
    expect(file.text).toContain('variable "psk"');
    expect(file.text).toContain("var.psk");
    expect(file.text).toContain('resource "tencentcloud_vpn_connection"');
    expect(file.text).toContain('resource "alicloud_vpn_connection"');
    expect(file.text).not.toContain("Cl0ud2Cl0ud!");
    await expect(
      exportLinkTerraform({ db: handle.db, id: "nope", actor: owner }),
    ).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
