import { z } from "zod";
import { nonEmpty } from "../common";
import { vpnConnectionParamsSchema as alibabaConnectionParams } from "../alibaba/create-vpn-connection";
import { vpnConnectionParamsSchema as tencentConnectionParams } from "../tencent/create-vpn-connection";
import { DH_GROUP, ENCRYPTION, INTEGRITY } from "@/lib/net/crypto-vocabulary";

/** Tencent PreShareKey: 1–128 characters (the API documents no charset). */
export const tencentPskSchema = nonEmpty("PreShareKey").max(
  128,
  "PreShareKey must be at most 128 characters",
);

/** Alibaba IkeConfig.Psk: 1–100 letters, digits and the documented symbols, no spaces. */
export const alibabaPskSchema = z
  .string({ error: "Psk is required" })
  .regex(
    /^[A-Za-z0-9~!`@#$%^&*()_\-+={}[\]|;:",.<>/?\\]{1,100}$/,
    "Psk must be 1–100 letters, digits or symbols, without spaces",
  );

/** A single-cloud tunnel: every API parameter, with the key kept apart as a secret. */
export const tencentTunnelSchema = z.object({
  params: tencentConnectionParams,
  psk: tencentPskSchema,
});

export const alibabaTunnelSchema = z
  .object({ params: alibabaConnectionParams, psk: alibabaPskSchema })
  .superRefine((tunnel, ctx) => {
    if (tunnel.params.IkeConfig?.Psk !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["params", "IkeConfig", "Psk"],
        message: "The pre-shared key is set once for the tunnel, not inside IkeConfig",
      });
    }
    tunnel.params.TunnelOptionsSpecification?.forEach((option, index) => {
      if (option.TunnelIkeConfig?.Psk !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["params", "TunnelOptionsSpecification", index, "TunnelIkeConfig", "Psk"],
          message: "The pre-shared key is set once for the tunnel, not inside IkeConfig",
        });
      }
    });
  });

const keysOf = <T extends object>(table: T) =>
  Object.keys(table) as [keyof T & string, ...(keyof T & string)[]];

/** The portal's neutral crypto suite (lib/design/crypto), used where one design feeds two clouds. */
export const cryptoSuiteSchema = z.object({
  ikeVersion: z.enum(["ikev1", "ikev2"]),
  exchangeMode: z.enum(["main", "aggressive"]),
  ike: z.object({
    encryption: z.enum(keysOf(ENCRYPTION)),
    integrity: z.enum(keysOf(INTEGRITY)),
    dhGroup: z.enum(keysOf(DH_GROUP)),
    lifetimeSeconds: z.number().int().min(60, "IKE SA lifetime must be at least 60 s"),
  }),
  ipsec: z.object({
    encryption: z.enum(keysOf(ENCRYPTION)),
    integrity: z.enum(keysOf(INTEGRITY)),
    pfsGroup: z.enum([...keysOf(DH_GROUP), "off"]),
    lifetimeSeconds: z.number().int().min(180, "IPsec SA lifetime must be at least 180 s"),
  }),
});

export type TencentTunnel = z.infer<typeof tencentTunnelSchema>;
export type AlibabaTunnel = z.infer<typeof alibabaTunnelSchema>;
