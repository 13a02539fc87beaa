import { z } from "zod";
import { isReservedPeerAddress, parseIpv4 } from "../cidr";
import type { AliCustomerGateway } from "../store/model";
import { newId } from "../store/store";
import { alibabaIdempotentAction } from "./action";
import { alibabaDescribe } from "./describe";
import { AliError, quotaFull } from "./errors";
import { aliDescription, aliLabel, matchesIfGiven, readTags } from "./params";

const asnSchema = z.string().transform((text, ctx) => {
  const parts = text.split(".");
  const nums = parts.map((p) => (/^\d+$/.test(p) ? Number(p) : Number.NaN));
  const value =
    nums.length === 2 ? (nums[0] ?? 0) * 65536 + (nums[1] ?? 0) : (nums[0] ?? Number.NaN);
  if (
    nums.length > 2 ||
    !Number.isInteger(value) ||
    value < 1 ||
    value > 4294967295 ||
    value === 45104
  ) {
    ctx.addIssue({ code: "custom", message: "1-4294967295 (or a.b), not 45104" });
    return z.NEVER;
  }
  return value;
});

/** The BGP MD5 key: 1-64 printable ASCII characters, no space and no `?`. */
export const authKeySchema = z
  .string()
  .regex(/^[\x21-\x3e\x40-\x7e]{1,64}$/, "1-64 ASCII characters without spaces or ?");

const createParams = {
  IpAddress: z.string().min(1),
  Name: aliLabel.optional(),
  Description: aliDescription.optional(),
  Asn: asnSchema.optional(),
  AuthKey: authKeySchema.optional(),
  ResourceGroupId: z.string().optional(),
};

export function aliCustomerGatewayView(cgw: AliCustomerGateway) {
  return {
    CustomerGatewayId: cgw.CustomerGatewayId,
    IpAddress: cgw.IpAddress,
    Name: cgw.Name,
    Description: cgw.Description,
    Asn: cgw.Asn ?? 0,
    AuthKey: "",
    CreateTime: cgw.createdAt,
    Tags: { Tag: cgw.Tags },
  };
}

export const createCustomerGateway = alibabaIdempotentAction({
  ratePerMinute: 120,
  params: createParams,
  run(p, { params, region, ctx, now, ali }) {
    const tags = readTags(params);
    const ip = parseIpv4(p.IpAddress);
    if (!ip || isReservedPeerAddress(ip)) {
      throw new AliError(
        "InvalidIpAddress.WrongFormat",
        `The specified IpAddress "${p.IpAddress}" is not a valid peer address.`,
      );
    }
    const inRegion = ali.customerGateways.filter((c) => c.region === region);
    if (inRegion.some((c) => c.IpAddress === p.IpAddress)) {
      throw new AliError(
        "InvalidIpAddress.AlreadyExist",
        `A customer gateway with IpAddress "${p.IpAddress}" already exists.`,
      );
    }
    if (inRegion.length >= ctx.quotas.customerGatewaysPerRegion) {
      throw quotaFull("customer gateway", ctx.quotas.customerGatewaysPerRegion, region);
    }
    const id = newId("cgw", 10);
    const cgw: AliCustomerGateway = {
      region,
      CustomerGatewayId: id,
      IpAddress: p.IpAddress,
      Name: p.Name ?? "",
      Description: p.Description ?? "",
      Asn: p.Asn,
      Tags: tags,
      createdAt: now,
    };
    ali.customerGateways.push(cgw);
    return {
      CustomerGatewayId: id,
      IpAddress: cgw.IpAddress,
      Name: cgw.Name,
      Description: cgw.Description,
      CreateTime: now,
    };
  },
});

export const describeCustomerGateways = alibabaDescribe({
  params: { CustomerGatewayId: z.string().optional() },
  rows: (ali) => ali.customerGateways,
  matches: (c, p) => matchesIfGiven(p.CustomerGatewayId, c.CustomerGatewayId),
  list: ["CustomerGateways", "CustomerGateway"],
  view: aliCustomerGatewayView,
});
