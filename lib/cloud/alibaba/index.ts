import type { AlibabaBindings } from "./call-alibaba";
import { createAlibabaCustomerGateway } from "./create-customer-gateway";
import { createAlibabaVpnConnection } from "./create-vpn-connection";
import { createAlibabaVpnGateway } from "./create-vpn-gateway";
import { describeAlibabaCustomerGateways } from "./describe-customer-gateways";
import { describeAlibabaRegions } from "./describe-regions";
import { describeAlibabaVpcs } from "./describe-vpcs";
import { describeAlibabaVpnConnections } from "./describe-vpn-connections";
import { describeAlibabaVpnGateway } from "./describe-vpn-gateway";
import { describeAlibabaVpnGateways } from "./describe-vpn-gateways";

export {
  createAlibabaCustomerGateway,
  createAlibabaVpnConnection,
  createAlibabaVpnGateway,
  describeAlibabaCustomerGateways,
  describeAlibabaRegions,
  describeAlibabaVpcs,
  describeAlibabaVpnConnections,
  describeAlibabaVpnGateway,
  describeAlibabaVpnGateways,
};
export type { AlibabaActionOptions, AlibabaBindings } from "./call-alibaba";

/** Each catalogue action of Alibaba → its function (lib/design/catalogue declares the action). */
export const ALIBABA_CALLS = {
  CreateCustomerGateway: createAlibabaCustomerGateway,
  CreateVpnConnection: createAlibabaVpnConnection,
  CreateVpnGateway: createAlibabaVpnGateway,
  DescribeCustomerGateways: describeAlibabaCustomerGateways,
  DescribeRegions: describeAlibabaRegions,
  DescribeVpcs: describeAlibabaVpcs,
  DescribeVpnConnections: describeAlibabaVpnConnections,
  DescribeVpnGateway: describeAlibabaVpnGateway,
  DescribeVpnGateways: describeAlibabaVpnGateways,
} satisfies AlibabaBindings;
