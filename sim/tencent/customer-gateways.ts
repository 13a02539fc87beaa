import { z } from "zod";
import { isReservedPeerAddress, parseIpv4 } from "../cidr";
import type { TcCustomerGateway } from "../store/model";
import { newId } from "../store/store";
import type { TcAction } from "./action";
import { TcError } from "./errors";
import { describeBase, describeSelect, parseTencentParams, tagSchema, tencentTime } from "./params";

const FORBIDDEN_ASNS = [139341, 45090, 58835];

const createSchema = z.strictObject({
  CustomerGatewayName: z.string().min(1).max(60),
  IpAddress: z.string(),
  Tags: z.array(tagSchema).optional(),
  BgpAsn: z
    .number()
    .int()
    .min(1)
    .max(4294967295)
    .refine((n) => !FORBIDDEN_ASNS.includes(n), "this ASN is reserved by Tencent Cloud")
    .optional(),
});

export function tcCustomerGatewayView(cgw: TcCustomerGateway) {
  return {
    CustomerGatewayId: cgw.CustomerGatewayId,
    CustomerGatewayName: cgw.CustomerGatewayName,
    IpAddress: cgw.IpAddress,
    CreatedTime: tencentTime(cgw.createdAt),
    BgpAsn: cgw.BgpAsn,
    TagSet: cgw.TagSet,
  };
}

export const createCustomerGateway: TcAction = {
  mutates: true,
  rateLimit: 100,
  run({ params, region, ctx, now }) {
    const p = parseTencentParams(createSchema, params);
    const ip = parseIpv4(p.IpAddress);
    if (!ip || isReservedPeerAddress(ip)) {
      throw new TcError(
        "InvalidParameterValue.Malformed",
        `The IpAddress \`${p.IpAddress}\` is not a valid public IPv4 address.`,
      );
    }
    const tc = ctx.store.state.tencent;
    const inRegion = tc.customerGateways.filter((c) => c.region === region);
    if (inRegion.some((c) => c.IpAddress === p.IpAddress)) {
      throw new TcError(
        "UnsupportedOperation.RecordExists",
        `A customer gateway with IpAddress \`${p.IpAddress}\` already exists.`,
      );
    }
    if (inRegion.some((c) => c.CustomerGatewayName === p.CustomerGatewayName)) {
      throw new TcError(
        "InvalidParameterValue.Duplicate",
        `A customer gateway named \`${p.CustomerGatewayName}\` already exists.`,
      );
    }
    if (inRegion.length >= ctx.quotas.customerGatewaysPerRegion) {
      throw new TcError(
        "LimitExceeded",
        `The customer gateway quota (${ctx.quotas.customerGatewaysPerRegion}) of ${region} is used up.`,
      );
    }
    const cgw: TcCustomerGateway = {
      region,
      CustomerGatewayId: newId("cgw"),
      CustomerGatewayName: p.CustomerGatewayName,
      IpAddress: p.IpAddress,
      BgpAsn: p.BgpAsn ?? 0,
      TagSet: (p.Tags ?? []).map((t) => ({ Key: t.Key, Value: t.Value ?? "" })),
      createdAt: now,
    };
    tc.customerGateways.push(cgw);
    return { CustomerGateway: tcCustomerGatewayView(cgw) };
  },
};

const describeSchema = z.strictObject({
  CustomerGatewayIds: z.array(z.string()).optional(),
  ...describeBase,
});

export const describeCustomerGateways: TcAction = {
  mutates: false,
  rateLimit: 100,
  run({ params, region, ctx }) {
    const p = parseTencentParams(describeSchema, params);
    const { total, page } = describeSelect({
      items: ctx.store.state.tencent.customerGateways.filter((c) => c.region === region),
      ids: p.CustomerGatewayIds,
      idsParam: "CustomerGatewayIds",
      idOf: (c) => c.CustomerGatewayId,
      filters: p.Filters,
      filterFields: {
        "customer-gateway-id": (c) => c.CustomerGatewayId,
        "customer-gateway-name": (c) => c.CustomerGatewayName,
        "ip-address": (c) => c.IpAddress,
      },
      offset: p.Offset ?? 0,
      limit: p.Limit ?? 20,
    });
    return { CustomerGatewaySet: page.map(tcCustomerGatewayView), TotalCount: total };
  },
};
