import type { TencentBindings } from "./call-tencent";
import { createTencentCustomerGateway } from "./create-customer-gateway";
import { createTencentVpnConnection } from "./create-vpn-connection";
import { createTencentVpnGateway } from "./create-vpn-gateway";
import { deleteTencentVpnConnection } from "./delete-vpn-connection";
import { describeTencentCustomerGateways } from "./describe-customer-gateways";
import { describeTencentVpcTaskResult } from "./describe-vpc-task-result";
import { describeTencentVpcs } from "./describe-vpcs";
import { describeTencentVpnConnections } from "./describe-vpn-connections";
import { describeTencentVpnGateways } from "./describe-vpn-gateways";

export {
  createTencentCustomerGateway,
  createTencentVpnConnection,
  createTencentVpnGateway,
  deleteTencentVpnConnection,
  describeTencentCustomerGateways,
  describeTencentVpcTaskResult,
  describeTencentVpcs,
  describeTencentVpnConnections,
  describeTencentVpnGateways,
};
export type { TencentActionOptions, TencentBindings } from "./call-tencent";

/** Each catalogue action of Tencent → its function (lib/design/catalogue declares the action). */
export const TENCENT_CALLS = {
  CreateCustomerGateway: createTencentCustomerGateway,
  CreateVpnConnection: createTencentVpnConnection,
  CreateVpnGateway: createTencentVpnGateway,
  DeleteVpnConnection: deleteTencentVpnConnection,
  DescribeCustomerGateways: describeTencentCustomerGateways,
  DescribeVpcTaskResult: describeTencentVpcTaskResult,
  DescribeVpcs: describeTencentVpcs,
  DescribeVpnConnections: describeTencentVpnConnections,
  DescribeVpnGateways: describeTencentVpnGateways,
} satisfies TencentBindings;
