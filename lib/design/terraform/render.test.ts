import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "@cdktf/hcl2json";
import { describe, expect, it } from "vitest";
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import { type LinkDesignInput } from "@/lib/schemas/link/design";
import {
  ALIBABA_DESTINATION_ROUTES,
  ALIBABA_GATEWAY,
  ALIBABA_TUNNEL,
  CLOUD_TO_CLOUD,
  CLOUD_TO_CLOUD_ROUTED,
  TENCENT_GATEWAY,
  TENCENT_ON_PREM,
  TENCENT_STATIC_ROUTES,
} from "@/lib/design/link/test-designs";
import { compilePlan } from "../plan/compile";
import type { CreatePlanStep } from "../plan/types";
import { renderTerraform, resourceName } from "./render";

/**
 * Golden files: `__golden__/<kind>.tf`, compared exactly. After an intended change, rewrite them
 * with `UPDATE_GOLDEN=1 npx vitest run lib/design/terraform` and review the diff.
 */
// eslint-disable-next-line no-restricted-syntax -- a test-only switch, not app configuration
const UPDATE = process.env.UPDATE_GOLDEN === "1";

const endpointHost = (provider: "tencent" | "alibaba", region: string) =>
  provider === "tencent" ? "vpc.tencentcloudapi.com" : `vpc.${region}.aliyuncs.com`;

const render = (design: LinkDesignInput) =>
  renderTerraform(compilePlan(linkDesignSchema.parse(design), { endpointHost }));

type Block = Record<string, unknown>;
type Parsed = {
  terraform?: {
    required_version?: string;
    required_providers?: Record<string, { source: string }>[];
  }[];
  import?: Block[];
  provider?: Record<string, Block[]>;
  variable?: Record<string, Block[]>;
  resource?: Record<string, Record<string, Block[]>>;
};

const KINDS: {
  file: string;
  design: LinkDesignInput;
  psk?: string;
  resources: Record<string, number>;
}[] = [
  { file: "tencent-gateway", design: TENCENT_GATEWAY, resources: { tencentcloud_vpn_gateway: 1 } },
  { file: "alibaba-gateway", design: ALIBABA_GATEWAY, resources: { alicloud_vpn_gateway: 1 } },
  {
    file: "tencent-on-prem",
    design: TENCENT_ON_PREM,
    psk: "Sz0ffice!Key",
    resources: {
      tencentcloud_vpn_gateway: 1,
      tencentcloud_vpn_customer_gateway: 1,
      tencentcloud_vpn_connection: 1,
    },
  },
  {
    file: "alibaba-tunnel",
    design: ALIBABA_TUNNEL,
    psk: "Bj-DC#2026",
    resources: { alicloud_vpn_connection: 1 },
  },
  {
    file: "cloud-to-cloud",
    design: CLOUD_TO_CLOUD,
    psk: "Cl0ud2Cl0ud!",
    resources: {
      tencentcloud_vpn_gateway: 1,
      tencentcloud_vpn_customer_gateway: 1,
      tencentcloud_vpn_connection: 1,
      alicloud_vpn_gateway: 1,
      alicloud_vpn_customer_gateway: 1,
      alicloud_vpn_connection: 1,
    },
  },
  {
    file: "tencent-routes",
    design: TENCENT_STATIC_ROUTES,
    psk: "Fs-Plant#2026",
    resources: {
      tencentcloud_vpn_gateway: 1,
      tencentcloud_vpn_customer_gateway: 1,
      tencentcloud_vpn_connection: 1,
      tencentcloud_route_table_entry: 2,
      tencentcloud_vpn_gateway_route: 2,
    },
  },
  {
    file: "alibaba-routes",
    design: ALIBABA_DESTINATION_ROUTES,
    psk: "Nb-DC#2026",
    resources: { alicloud_vpn_connection: 1, alicloud_route_entry: 1, alicloud_vpn_route_entry: 1 },
  },
];

const goldenPath = (file: string) =>
  fileURLToPath(new URL(`./__golden__/${file}.tf`, import.meta.url));

/** Every `${…}` reference in the parsed document (hcl2json writes expressions as `${expr}`). */
function references(value: unknown, found: string[] = []): string[] {
  if (typeof value === "string") {
    for (const m of value.matchAll(/\$\{([^}]+)\}/g)) found.push(m[1] ?? "");
  } else if (Array.isArray(value)) value.forEach((v) => references(v, found));
  else if (typeof value === "object" && value !== null) {
    Object.values(value).forEach((v) => references(v, found));
  }
  return found;
}

describe("renderTerraform golden files", () => {
  it.each(KINDS)("$file matches __golden__/$file.tf", ({ file, design }) => {
    const text = render(design);
    if (UPDATE || !existsSync(goldenPath(file))) writeFileSync(goldenPath(file), text);
    expect(text).toBe(readFileSync(goldenPath(file), "utf8"));
  });

  it.each(KINDS)("$file parses as HCL with the expected resources", async (kind) => {
    const text = readFileSync(goldenPath(kind.file), "utf8");
    const doc = (await parse(`${kind.file}.tf`, text)) as Parsed;
    const resources = doc.resource ?? {};

    const counts = Object.fromEntries(
      Object.entries(resources).map(([type, named]) => [type, Object.keys(named).length]),
    );
    expect(counts).toEqual(kind.resources);

    // Every provider used has a required_providers entry and a provider block.
    const required = Object.assign({}, ...(doc.terraform?.[0]?.required_providers ?? []));
    const used = new Set(Object.keys(resources).map((type) => type.split("_")[0] ?? ""));
    for (const name of used) {
      expect(required[name]?.source).toMatch(
        /^(tencentcloudstack\/tencentcloud|aliyun\/alicloud)$/,
      );
      expect(doc.provider?.[name]?.length).toBeGreaterThan(0);
      for (const p of doc.provider?.[name] ?? []) expect(p.region).toMatch(/^[a-z]+-[a-z-]+$/);
    }
    expect(Object.keys(required).sort()).toEqual([...used].sort());

    // Every reference resolves to a declared resource or variable.
    for (const ref of references(doc.resource)) {
      const [head, second, third] = ref.split(".");
      if (head === "var") expect(doc.variable?.[second ?? ""]).toBeDefined();
      else expect(resources[head ?? ""]?.[second ?? ""], ref).toBeDefined();
      if (head !== "var") expect(["id", "public_ip_address", "internet_ip"]).toContain(third);
    }

    // The key: a sensitive variable, used by each tunnel, its text nowhere.
    if (kind.psk) {
      expect(text).not.toContain(kind.psk);
      expect(doc.variable?.psk?.[0]).toMatchObject({ sensitive: true, type: "${string}" });
      for (const [name, [tunnel]] of Object.entries(resources.tencentcloud_vpn_connection ?? {})) {
        expect(tunnel?.pre_share_key, name).toBe("${var.psk}");
      }
      for (const [name, [tunnel]] of Object.entries(resources.alicloud_vpn_connection ?? {})) {
        const ike = (tunnel?.ike_config as Block[] | undefined)?.[0];
        expect(ike?.psk, name).toBe("${var.psk}");
      }
    } else {
      expect(doc.variable).toBeUndefined();
    }
  });
});

describe("renderTerraform", () => {
  it("never writes any design's pre-shared key", () => {
    for (const kind of KINDS) {
      if (kind.psk) expect(render(kind.design)).not.toContain(kind.psk);
    }
  });

  it("maps Tencent crypto, SPD and Alibaba lists to provider syntax", () => {
    const onPrem = render(TENCENT_ON_PREM);
    expect(onPrem).toContain('ike_proto_encry_algorithm  = "AES-CBC-256"');
    expect(onPrem).toContain('ipsec_pfs_dh_group         = "DH-GROUP14"');
    expect(onPrem).toMatch(/security_group_policy \{\n\s+local_cidr_block  = "10\.10\.1\.0\/24"/);
    expect(render(CLOUD_TO_CLOUD)).toContain(
      "ip_address            = tencentcloud_vpn_gateway.tencent_gateway.public_ip_address",
    );
    expect(render(ALIBABA_TUNNEL)).toContain('local_subnet        = ["192.168.0.0/24"]');
  });

  it("aliases providers when one cloud is used in two regions", () => {
    const plan = compilePlan(linkDesignSchema.parse(CLOUD_TO_CLOUD), { endpointHost });
    const moved = plan.steps.map((s) =>
      s.id === "tencent-customer-gateway" ? { ...s, region: "ap-shanghai" } : s,
    );
    const text = renderTerraform({ ...plan, steps: moved });
    expect(text).toContain('alias  = "ap_guangzhou"');
    expect(text).toContain('alias  = "ap_shanghai"');
    expect(text).toContain("provider          = tencentcloud.ap_shanghai");
  });

  it("keeps a parameter without a provider argument as a comment, not silently", () => {
    const plan = compilePlan(linkDesignSchema.parse(TENCENT_ON_PREM), { endpointHost });
    const steps = plan.steps.map((s) =>
      s.id === "tencent-tunnel"
        ? ({
            ...s,
            params: { ...s.params, Route: { DestinationCidrBlock: "10.0.0.0/8" } },
          } as CreatePlanStep)
        : s,
    );
    expect(renderTerraform({ ...plan, steps })).toContain(
      '  # not expressible in the provider: Route = {"DestinationCidrBlock":"10.0.0.0/8"}\n}',
    );
  });

  it("maps BGP ASNs and tags to the Tencent gateway", () => {
    const plan = compilePlan(linkDesignSchema.parse(TENCENT_GATEWAY), { endpointHost });
    const [gateway] = plan.steps;
    if (!gateway) throw new Error("no step");
    const params = { ...gateway.params, BgpAsn: 64512, Tags: [{ Key: "env", Value: "prod" }] };
    const text = renderTerraform({ ...plan, steps: [{ ...gateway, params } as CreatePlanStep] });
    expect(text).toContain("bgp_asn            = 64512");
    expect(text).toContain('tags               = { env = "prod" }');
  });

  it("writes a dual-tunnel Alibaba connection as tunnel_options_specification blocks", async () => {
    const plan = compilePlan(linkDesignSchema.parse(ALIBABA_TUNNEL), { endpointHost });
    const [tunnel] = plan.steps;
    if (!tunnel) throw new Error("no step");
    const side = (role: string, cgw: string) => ({
      CustomerGatewayId: cgw,
      Role: role,
      EnableDpd: true,
      TunnelIkeConfig: { IkeVersion: "ikev2", LocalId: "hz", Psk: { $secret: "psk" as const } },
      TunnelIpsecConfig: { IpsecPfs: "group14" },
      TunnelBgpConfig: { LocalAsn: 65010, TunnelCidr: "169.254.10.0/30" },
    });
    const kept = ["RegionId", "VpnGatewayId", "LocalSubnet", "RemoteSubnet"];
    const params = {
      ...Object.fromEntries(Object.entries(tunnel.params).filter(([k]) => kept.includes(k))),
      TunnelOptionsSpecification: [side("master", "cgw-a"), side("slave", "cgw-b")],
    };
    const text = renderTerraform({ ...plan, steps: [{ ...tunnel, params } as CreatePlanStep] });
    const doc = (await parse("dual.tf", text)) as Parsed;
    const [connection] = doc.resource?.alicloud_vpn_connection?.alibaba_tunnel ?? [];
    const tunnels = connection?.tunnel_options_specification as Block[];
    expect(tunnels.map((t) => [t.role, t.customer_gateway_id])).toEqual([
      ["master", "cgw-a"],
      ["slave", "cgw-b"],
    ]);
    expect(tunnels[0]?.tunnel_ike_config).toEqual([
      { ike_version: "ikev2", local_id: "hz", psk: "${var.psk}" },
    ]);
    expect(tunnels[0]?.tunnel_bgp_config).toEqual([
      { local_asn: "65010", tunnel_cidr: "169.254.10.0/30" },
    ]);
    expect(text).not.toContain("not expressible");
  });

  it("refuses a reference to a step that is not in the plan", () => {
    const plan = compilePlan(linkDesignSchema.parse(CLOUD_TO_CLOUD), { endpointHost });
    expect(() => renderTerraform({ ...plan, steps: plan.steps.slice(2) })).toThrow(
      /not in the plan/,
    );
  });

  describe("import blocks for the resources a run made", () => {
    const plan = compilePlan(linkDesignSchema.parse(CLOUD_TO_CLOUD), { endpointHost });
    const ids = new Map(plan.steps.map((s, i) => [s.id, `id-${i}-of-${s.id}`]));

    it("takes every created resource into the state, with Terraform 1.5+ required", async () => {
      const doc = (await parse("active.tf", renderTerraform(plan, { imports: ids }))) as Parsed;
      expect(doc.terraform?.[0]?.required_version).toBe(">= 1.5.0");
      const imported = (doc.import ?? []).map((b) => [b.to, b.id]);
      expect(imported).toEqual(
        plan.steps.map((s) => {
          const type = Object.keys(doc.resource ?? {}).find((t) =>
            Object.keys(doc.resource?.[t] ?? {}).includes(resourceName(s.id)),
          );
          return [`\${${type}.${resourceName(s.id)}}`, ids.get(s.id)];
        }),
      );
    });

    it("imports only what was made, through the step's aliased provider", async () => {
      const moved = plan.steps.map((s) =>
        s.id === "tencent-customer-gateway" ? { ...s, region: "ap-shanghai" } : s,
      );
      const only = new Map([["tencent-customer-gateway", "cgw-made"]]);
      const text = renderTerraform({ ...plan, steps: moved }, { imports: only });
      const doc = (await parse("partial.tf", text)) as Parsed;
      expect(doc.import).toEqual([
        {
          provider: "${tencentcloud.ap_shanghai}",
          to: "${tencentcloud_vpn_customer_gateway.tencent_customer_gateway}",
          id: "cgw-made",
        },
      ]);
    });

    it("writes an id from the cloud as a literal, never as an expression", async () => {
      const hostile = 'x"}\n${file("/etc/passwd")}%{ if true }';
      const only = new Map([["tencent-gateway", hostile]]);
      const doc = (await parse("hostile.tf", renderTerraform(plan, { imports: only }))) as Parsed;
      // hcl2json keeps a template's escapes: `$${` and `%%{` are the literal `${` and `%{`.
      expect(doc.import?.[0]?.id).toBe(
        hostile.replace("${", () => "$${").replace("%{", () => "%%{"),
      );
      expect(String(doc.import?.[0]?.id)).not.toMatch(/(?<![$%])[$%]\{/);
    });

    it("names route entries that exist without guessing their composite import id", async () => {
      const routed = compilePlan(linkDesignSchema.parse(CLOUD_TO_CLOUD_ROUTED), { endpointHost });
      const made = new Map(routed.steps.map((s, i) => [s.id, `id-${i}\nnot-a-line`]));
      const text = renderTerraform(routed, { imports: made });
      const doc = (await parse("routed.tf", text)) as Parsed;
      const routes = routed.steps.filter((s) => /Route/.test(s.action));
      expect(routes.length).toBeGreaterThan(0);
      expect(doc.import).toHaveLength(routed.steps.length - routes.length);
      for (const step of routes) {
        expect(text).toContain(
          `${resourceName(step.id)} exists (${JSON.stringify(made.get(step.id))})`,
        );
      }
      expect(text).not.toMatch(/^not-a-line/m);
    });

    it("has no import block and no version floor for a link that made nothing", async () => {
      const doc = (await parse("new.tf", renderTerraform(plan))) as Parsed;
      expect(doc.import).toBeUndefined();
      expect(doc.terraform?.[0]?.required_version).toBeUndefined();
    });
  });
});
