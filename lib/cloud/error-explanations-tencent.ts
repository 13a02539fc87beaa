import type { Explanation } from "./explanation";

/** Tencent codes → what happened and what to do (en / zh-CN). Exact codes first, then families. */
export const TENCENT_EXPLANATIONS: Record<string, Explanation> = {
  "AuthFailure.SignatureFailure": {
    en: "Tencent Cloud rejected the request signature. Check that the account's SecretKey matches its SecretId (no stray spaces) and that the server clock is correct.",
    zh: "腾讯云拒绝了请求签名。请确认该账号的 SecretKey 与 SecretId 匹配（没有多余空格），并检查服务器时间是否准确。",
  },
  "AuthFailure.SignatureExpire": {
    en: "The request timestamp differs from Tencent Cloud's clock by more than 5 minutes. Synchronise the portal server's clock (NTP) and try again.",
    zh: "请求时间戳与腾讯云服务器时间相差超过 5 分钟。请同步门户服务器时间（NTP）后重试。",
  },
  "AuthFailure.SecretIdNotFound": {
    en: "The SecretId does not exist or is disabled. Ask the cloud administrator to check the API key in CAM and update the portal's environment.",
    zh: "SecretId 不存在或已被禁用。请云管理员在访问管理（CAM）中检查 API 密钥并更新门户环境配置。",
  },
  "AuthFailure.InvalidSecretId": {
    en: "The configured SecretId is not an API key. Use a CAM API key (SecretId/SecretKey) for this account.",
    zh: "配置的 SecretId 不是 API 密钥类型。请为该账号使用 CAM API 密钥（SecretId/SecretKey）。",
  },
  "AuthFailure.InvalidAuthorization": {
    en: "The Authorization header was malformed. This is a portal defect: report it with the request id.",
    zh: "Authorization 请求头格式错误。这是门户缺陷，请附上请求 ID 报告。",
  },
  "AuthFailure.MFAFailure": {
    en: "Multi-factor authentication failed for this key. Use a key that does not require MFA for API calls.",
    zh: "该密钥的多因素认证失败。请使用调用 API 时无需 MFA 的密钥。",
  },
  "AuthFailure.TokenFailure": {
    en: "The temporary session token is invalid or expired. Refresh the temporary credentials (TENCENTCLOUD_SESSION_TOKEN) and retry.",
    zh: "临时凭证的 Token 无效或已过期。请刷新临时凭证（TENCENTCLOUD_SESSION_TOKEN）后重试。",
  },
  "AuthFailure.UnauthorizedOperation": {
    en: "CAM denies this action to the account's key. Ask the cloud administrator to grant the VPC/VPN permission.",
    zh: "访问管理（CAM）策略不允许该密钥执行此操作。请云管理员授予相应的 VPC/VPN 权限。",
  },
  RequestLimitExceeded: {
    en: "Too many requests for this API. The portal retries read-only calls automatically; wait a moment and try again.",
    zh: "该接口请求频率超限。门户会自动重试只读请求，请稍候再试。",
  },
  "RequestLimitExceeded.UinLimitExceeded": {
    en: "The account's overall request rate is exceeded. Wait a moment and try again.",
    zh: "账号整体请求频率超限。请稍候再试。",
  },
  "InvalidParameter.Coexist": {
    en: "Two parameters that cannot be used together were both sent (for example ids and Filters). Remove one of them.",
    zh: "同时传入了不能共存的参数（例如 ID 列表和 Filters）。请去掉其中一个。",
  },
  "InvalidParameterValue.Malformed": {
    en: "A parameter value is malformed (wrong id prefix, CIDR or IP syntax). Check the highlighted field.",
    zh: "参数值格式错误（ID 前缀、CIDR 或 IP 格式不正确）。请检查对应字段。",
  },
  "InvalidParameterValue.VpcCidrConflict": {
    en: "The customer-side CIDR overlaps the VPC's own CIDR. Choose remote CIDRs that do not overlap the VPC address space.",
    zh: "对端网段与 VPC 网段重叠。请选择与 VPC 地址空间不重叠的对端网段。",
  },
  "InvalidParameterValue.VpnConnSpdCidrConflict": {
    en: "In the SPD a local and a remote CIDR overlap, or the policy overlaps another tunnel's. Make each local/remote pair distinct.",
    zh: "SPD 策略中的本端和对端网段重叠，或与其他通道的策略冲突。请确保每组本端/对端网段不重叠。",
  },
  "InvalidParameterValue.VpnConnCidrConflict": {
    en: "The tunnel's CIDRs conflict with another tunnel on the same gateway. Change the CIDRs or use another gateway.",
    zh: "该通道的网段与同一网关的其他通道冲突。请修改网段或使用其他网关。",
  },
  "InvalidParameterValue.VpnConnBgpTunnelCidrMask": {
    en: "The BGP tunnel CIDR must be a /30. Use a /30 inside 169.254.0.0/16.",
    zh: "BGP 隧道网段必须是 /30。请使用 169.254.0.0/16 内的 /30 网段。",
  },
  "InvalidParameterValue.VpnConnBgpTunnelCidrNotSupported": {
    en: "A BGP IP lies outside the tunnel CIDR. Put both BGP IPs inside the /30 tunnel CIDR.",
    zh: "BGP IP 不在隧道网段内。请将两端 BGP IP 都设置在 /30 隧道网段内。",
  },
  "InvalidParameterValue.TooLong": {
    en: "A value is too long (names are limited to 60 characters). Shorten it.",
    zh: "参数值过长（名称最多 60 个字符）。请缩短。",
  },
  "InvalidParameterValue.Duplicate": {
    en: "A resource with this value already exists (for example the same name or IP). Choose another value or reuse the existing resource.",
    zh: "已存在相同取值的资源（例如同名或同 IP）。请更换取值或复用已有资源。",
  },
  "UnsupportedOperation.VpnConnRouteTypeMixed": {
    en: "BGP and non-BGP tunnels cannot be mixed on one VPN gateway. Use the same route type as the gateway's other tunnels.",
    zh: "同一 VPN 网关上不能混用 BGP 与非 BGP 通道。请使用与该网关其他通道相同的路由类型。",
  },
  "UnsupportedOperation.VpnConnCidrNotSupportedHealthCheck": {
    en: "Policy (SPD) tunnels cannot use the health check. Disable the health check or use route-based mode.",
    zh: "SPD 策略型通道不支持健康检查。请关闭健康检查或改用路由型通道。",
  },
  "UnsupportedOperation.InsufficientFunds": {
    en: "The account balance is insufficient for this purchase. Top up the account, then retry.",
    zh: "账户余额不足，无法购买。请充值后重试。",
  },
  "UnsupportedOperation.VpnGwVpcIdMustHave": {
    en: "A VPC-type VPN gateway needs a VpcId. Select the VPC.",
    zh: "VPC 类型的 VPN 网关必须指定 VpcId。请选择 VPC。",
  },
  "UnsupportedOperation.VpnGwVpcIdNotHave": {
    en: "A CCN-type VPN gateway must not have a VpcId. Leave the VPC empty.",
    zh: "云联网类型的 VPN 网关不能指定 VpcId。请将 VPC 留空。",
  },
  "UnsupportedOperation.DeleteVpnConnInvalidState": {
    en: "The tunnel is being created, updated or deleted. Wait until it is stable, then delete it.",
    zh: "通道正在创建、更新或删除中。请等待状态稳定后再删除。",
  },
  "UnsupportedOperation.MutexOperationTaskRunning": {
    en: "Another operation is running on this resource. Wait for it to finish and retry.",
    zh: "该资源上有其他操作正在进行。请等待完成后重试。",
  },
  "UnsupportedOperation.BindCloudFirewall": {
    en: "The VPN gateway is bound to Cloud Firewall. Unbind it on the Cloud Firewall page, then delete it.",
    zh: "该 VPN 网关已绑定云防火墙。请先在云防火墙页面解绑，再删除。",
  },
  "UnauthorizedOperation.NoRealNameAuthentication": {
    en: "The account has not completed real-name verification. Complete it in the Tencent Cloud console.",
    zh: "账号未完成实名认证。请在腾讯云控制台完成实名认证。",
  },
  "InvalidVpcId.NotFound": {
    en: "The VPC does not exist in this region. Check the region and VPC id.",
    zh: "该地域下不存在此 VPC。请检查地域和 VPC ID。",
  },
  UnsupportedRegion: {
    en: "The action is not available in this region. Choose another region.",
    zh: "该地域不支持此操作。请选择其他地域。",
  },
  LimitExceeded: {
    en: "A quota is exhausted (gateways, tunnels or customer gateways). Delete unused resources or ask for a quota increase.",
    zh: "配额已用完（网关、通道或对端网关）。请删除不用的资源或申请提升配额。",
  },
  VpcLimitExceeded: {
    en: "The VPC resource quota is exhausted. Delete unused resources or ask for a quota increase.",
    zh: "VPC 资源配额已用完。请删除不用的资源或申请提升配额。",
  },
  ResourceInUse: {
    en: "The resource is in use by another resource. Detach or delete the dependent resource first.",
    zh: "资源正被其他资源使用。请先解绑或删除依赖的资源。",
  },
  ServiceUnavailable: {
    en: "Tencent Cloud is temporarily unavailable. Retry in a few minutes.",
    zh: "腾讯云服务暂时不可用。请几分钟后重试。",
  },
  ActionOffline: {
    en: "This API has been retired by Tencent Cloud. The portal needs an update: report it.",
    zh: "该接口已被腾讯云下线。门户需要更新，请报告此问题。",
  },
  DryRunOperation: {
    en: "The dry run succeeded: the request would have been accepted. Nothing was created.",
    zh: "预检成功：该请求可以被接受。未创建任何资源。",
  },
  // Routes (cloud-api-lifecycle.md §1.11–1.12).
  "InvalidParameterValue.VpnGatewayRouteDuplicate": {
    en: "The VPN gateway already routes this destination to this tunnel. Nothing to add: the existing route is in place.",
    zh: "该 VPN 网关已有指向此通道的相同目的路由，无需重复添加。",
  },
  "InvalidParameterValue.RouteNextHopInvalid": {
    en: "The next hop is not valid for this route table: the VPN gateway must belong to the table's VPC.",
    zh: "下一跳对该路由表无效：VPN 网关必须属于该路由表所在的 VPC。",
  },
  "UnsupportedOperation.EcmpWithUserRoute": {
    en: "The route table already sends this destination elsewhere. Delete or change that route first, or choose another destination.",
    zh: "路由表中已有相同目的网段指向其他下一跳。请先删除或修改该路由，或选择其他目的网段。",
  },
  "UnsupportedOperation.SystemRoute": {
    en: "This is a system route kept by the cloud (local or CCN); it cannot be changed or deleted.",
    zh: "这是云平台维护的系统路由（本地或云联网），不能修改或删除。",
  },
  "UnsupportedOperation.VpnUnsupportedRouteEcmpForCvmVpn": {
    en: "Gateways below version 3.1 cannot have two routes with the same destination and priority. Give the backup route priority 100.",
    zh: "3.1 以下版本的网关不支持相同目的网段和优先级的等价路由。请将备用路由的优先级设为 100。",
  },
  "IpIn*": {
    en: "The portal server's IP address is blocked for this key. Ask the cloud administrator to allow it.",
    zh: "门户服务器的 IP 被禁止使用该密钥。请云管理员放行。",
  },
  "IpNot*": {
    en: "The portal server's IP address is not on this key's allow list. Ask the cloud administrator to add it.",
    zh: "门户服务器的 IP 不在该密钥的白名单中。请云管理员添加。",
  },
  "NoSuch*": {
    en: "The product, API version or action is unknown to Tencent Cloud. This is a portal defect: report it with the request id.",
    zh: "腾讯云无法识别该产品、接口版本或操作。这是门户缺陷，请附上请求 ID 报告。",
  },
  "Invalid*": {
    en: "Tencent Cloud rejected the request as invalid. Read the message and adjust the input.",
    zh: "腾讯云认为请求无效。请阅读错误信息并调整输入。",
  },
  "Unsupported*": {
    en: "Tencent Cloud does not support this request here. Read the message and adjust the design.",
    zh: "腾讯云在此处不支持该请求。请阅读错误信息并调整设计。",
  },
  // Families: used when no exact entry exists.
  "AuthFailure.*": {
    en: "Tencent Cloud could not authenticate the request. Check the account's keys and the server clock.",
    zh: "腾讯云无法认证该请求。请检查账号密钥和服务器时间。",
  },
  "InvalidParameter*": {
    en: "Tencent Cloud rejected a parameter. Check the fields of the form against the message.",
    zh: "腾讯云拒绝了某个参数。请根据错误信息检查表单字段。",
  },
  "MissingParameter*": {
    en: "A required parameter is missing. This is usually a portal defect: report it with the request id.",
    zh: "缺少必填参数。这通常是门户缺陷，请附上请求 ID 报告。",
  },
  "UnknownParameter*": {
    en: "Tencent Cloud did not recognise a parameter. This is a portal defect: report it with the request id.",
    zh: "腾讯云无法识别某个参数。这是门户缺陷，请附上请求 ID 报告。",
  },
  "UnsupportedOperation*": {
    en: "The operation is not allowed in the resource's current state or configuration. Read the message, adjust the design, and retry.",
    zh: "在资源当前状态或配置下不支持该操作。请阅读错误信息、调整设计后重试。",
  },
  "UnauthorizedOperation*": {
    en: "The account is not allowed to do this. Ask the cloud administrator to grant the permission.",
    zh: "该账号无权执行此操作。请云管理员授予相应权限。",
  },
  "*NotFound": {
    en: "The resource was not found: it may have been deleted or belong to another region or account.",
    zh: "未找到该资源：它可能已被删除，或属于其他地域或账号。",
  },
  "Resource*": {
    en: "The resource is missing, busy or sold out. Check it in the console and retry later.",
    zh: "资源不存在、繁忙或已售罄。请在控制台检查后稍后重试。",
  },
  "Internal*": {
    en: "Tencent Cloud had an internal error. Retry later; if it persists, open a ticket with the request id.",
    zh: "腾讯云内部错误。请稍后重试；如持续出现，请携带请求 ID 提交工单。",
  },
  "FailedOperation*": {
    en: "Tencent Cloud could not complete the operation. Retry later; if it persists, open a ticket with the request id.",
    zh: "腾讯云未能完成该操作。请稍后重试；如持续出现，请携带请求 ID 提交工单。",
  },
  "*LimitExceeded": {
    en: "A limit was exceeded. Reduce the request size or rate, or ask for a quota increase.",
    zh: "超出限制。请减少请求规模或频率，或申请提升配额。",
  },
};
