import { z } from "zod";
import { isReservedPeerAddress, parseIpv4 } from "../cidr";
import type { TcCustomerGateway } from "../store/model";
import { newId } from "../store/store";
import { tencentAction } from "./action";
import { checkRoomFor, TcError } from "./errors";
import { tencentDescribe } from "./describe";
import { bgpAsnSchema, tagSchema, tagSet, tencentTime } from "./params";
import { storedFields } from "../store/stored-fields";

const createSchema = z.strictObject({
  CustomerGatewayName: z.string().min(1).max(60),
  IpAddress: z.string(),
  Tags: z.array(tagSchema).optional(),
  BgpAsn: bgpAsnSchema.optional(),
});

export function tcCustomerGatewayView(cgw: TcCustomerGateway) {
  return {
    ...storedFields(cgw, [
      "CustomerGatewayId",
      "CustomerGatewayName",
      "IpAddress",
      "BgpAsn",
      "TagSet",
    ]),
    CreatedTime: tencentTime(cgw.createdAt),
  };
}

export const createCustomerGateway = tencentAction({
  mutates: true,
  rateLimit: 100,
  schema: createSchema,
  run(p, { region, ctx, now, tc }) {
    const ip = parseIpv4(p.IpAddress);
    if (!ip || isReservedPeerAddress(ip)) {
      throw new TcError(
        "InvalidParameterValue.Malformed",
        `The IpAddress \`${p.IpAddress}\` is not a valid public IPv4 address.`,
      );
    }
    // The doc asks for the peer's public IP (cloud-api.md §2.6); Alibaba alone allows private ones.
    if (ip.range() === "private") {
      throw new TcError(
        "InvalidParameterValue",
        `The IpAddress \`${p.IpAddress}\` is a private address; a customer gateway needs a public one.`,
      );
    }
    const inRegion = tc.customerGateways.filter((c) => c.region === region);
    if (inRegion.some((c) => c.IpAddress === p.IpAddress)) {
      throw new TcError(
        "UnsupportedOperation.RecordExists",
        `A customer gateway with IpAddress \`${p.IpAddress}\` already exists.`,
      );
    }
    checkRoomFor({
      what: "customer gateway",
      siblings: inRegion,
      sameName: (c) => c.CustomerGatewayName === p.CustomerGatewayName,
      name: p.CustomerGatewayName,
      quota: ctx.quotas.customerGatewaysPerRegion,
      scope: region,
    });
    const cgw: TcCustomerGateway = {
      region,
      CustomerGatewayId: newId("cgw"),
      CustomerGatewayName: p.CustomerGatewayName,
      IpAddress: p.IpAddress,
      BgpAsn: p.BgpAsn ?? 0,
      TagSet: tagSet(p.Tags),
      createdAt: now,
    };
    tc.customerGateways.push(cgw);
    return { CustomerGateway: tcCustomerGatewayView(cgw) };
  },
});

export const describeCustomerGateways = tencentDescribe<TcCustomerGateway>({
  idField: "CustomerGatewayId",
  rows: (tc) => tc.customerGateways,
  fieldFilters: ["CustomerGatewayName", "IpAddress"],
  setName: "CustomerGatewaySet",
  view: tcCustomerGatewayView,
});
