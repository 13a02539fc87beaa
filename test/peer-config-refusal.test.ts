import { beforeAll, describe, expect, it } from "vitest";
import { database } from "@/lib/db";
import { storeLegacyDesignValue } from "./legacy-design";
import { PEER_CONFIG_FORMATS } from "@/lib/schemas/peer-config";
import { TENCENT_ON_PREM } from "@/lib/design/link/test-designs";
import { requestRoute, signedInUser, memoryDatabaseForFile } from "./kit/routes";
import { variant } from "./kit";
import { checkExchangesAgainstOpenApi } from "./kit/api-contract";

// The download route with values a device cannot carry: a clear 422 naming the field, never a
// 500 and never a file with an injected line.
memoryDatabaseForFile();
checkExchangesAgainstOpenApi();

const SPACED_PSK = "two words?";
const EVIL_NAME = "t\nusername evil privilege 15 secret 0 evil";
let token = "";

async function call(method: string, pattern: string, id: string, query = "", body?: unknown) {
  const response = await requestRoute({
    pattern,
    method,
    params: id ? { id } : undefined,
    query,
    token,
    body,
  });
  return { status: response.status, text: await response.text() };
}

type DesignEdit = Parameters<typeof variant>[1];
const designWith = (edit: DesignEdit) => variant(TENCENT_ON_PREM, edit);

async function createLink(edit: DesignEdit) {
  const answer = await call("POST", "/api/links", "", "", designWith(edit));
  expect(answer.status, answer.text).toBe(201);
  return (JSON.parse(answer.text) as { link: { id: string } }).link.id;
}

beforeAll(async () => {
  ({ token } = await signedInUser("requester"));
});

const PEER = "/api/links/[id]/peer-config";

describe("peer configuration values a device cannot carry", () => {
  it("answers 422 naming the key for Cisco, Huawei and PAN-OS; swanctl, FortiGate and Junos take it as hex", async () => {
    const id = await createLink((d) => {
      d.site.tunnel.psk = SPACED_PSK;
    });
    for (const format of ["cisco-ios", "huawei-vrp", "pan-os"]) {
      const answer = await call("POST", PEER, id, `?format=${format}`, { includePsk: true });
      expect(answer.status, answer.text).toBe(422);
      const body = JSON.parse(answer.text) as {
        error: { code: string; message: string; issues: { path: string; message: string }[] };
      };
      expect(body.error.code).toBe("unprocessable");
      expect(body.error.issues).toEqual([{ path: "psk", message: body.error.message }]);
      expect(body.error.message).toMatch(
        /pre-shared key cannot be written into a (Cisco|Huawei|Palo Alto)/,
      );
      expect(answer.text).not.toContain(SPACED_PSK);
    }
    const hex = Buffer.from(SPACED_PSK).toString("hex");
    const swanctl = await call("POST", PEER, id, "?format=swanctl", { includePsk: true });
    expect(swanctl.status).toBe(200);
    expect(swanctl.text).toContain(`secret = 0x${hex}`);
    const fortigate = await call("POST", PEER, id, "?format=fortigate", { includePsk: true });
    expect(fortigate.text).toContain(`set psksecret 0x${hex}`);
    const junos = await call("POST", PEER, id, "?format=juniper-srx", { includePsk: true });
    expect(junos.text).toContain(`pre-shared-key hexadecimal ${hex}`);
  });

  it("refuses a hostile tunnel name, also one stored before the check (409 naming the field)", async () => {
    const refused = await call(
      "POST",
      "/api/links",
      "",
      "",
      designWith((d) => {
        d.site.tunnel.params.VpnConnectionName = EVIL_NAME;
      }),
    );
    expect(refused.status, refused.text).toBe(422);
    // A row stored before control characters were refused is not rendered: 409 naming the field.
    const id = await createLink(() => {});
    await storeLegacyDesignValue(
      await database(),
      id,
      ["site", "tunnel", "params", "VpnConnectionName"],
      EVIL_NAME,
    );
    for (const format of PEER_CONFIG_FORMATS) {
      const answer = await call("GET", PEER, id, `?format=${format}`);
      expect(answer.status, answer.text).toBe(409);
      const body = JSON.parse(answer.text) as {
        error: { code: string; issues: { path: string }[] };
      };
      expect(body.error.code).toBe("conflict");
      expect(body.error.issues[0]?.path).toBe("site.tunnel.params.VpnConnectionName");
      expect(answer.text).not.toMatch(/^\s*username/m);
    }
  });
});
