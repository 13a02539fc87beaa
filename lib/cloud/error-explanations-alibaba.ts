import type { Explanation } from "./explanation";

/** Alibaba codes → what happened and what to do (en / zh-CN). Exact codes first, then families. */
export const ALIBABA_EXPLANATIONS: Record<string, Explanation> = {
  SignatureDoesNotMatch: {
    en: "Alibaba Cloud rejected the request signature. Check that the AccessKey secret matches the AccessKey id (no stray spaces).",
    zh: "阿里云拒绝了请求签名。请确认 AccessKey Secret 与 AccessKey ID 匹配（没有多余空格）。",
  },
  IncompleteSignature: {
    en: "The signature parameters were incomplete. This is a portal defect: report it with the request id.",
    zh: "签名参数不完整。这是门户缺陷，请附上请求 ID 报告。",
  },
  "InvalidAccessKeyId.NotFound": {
    en: "The AccessKey id does not exist or is disabled. Ask the cloud administrator to check it in RAM and update the portal's environment.",
    zh: "AccessKey ID 不存在或已禁用。请云管理员在 RAM 中检查并更新门户环境配置。",
  },
  "InvalidTimeStamp.Expired": {
    en: "The request time differs from Alibaba Cloud's clock by more than 15 minutes. Synchronise the server clock (NTP).",
    zh: "请求时间与阿里云服务器时间相差超过 15 分钟。请同步服务器时间（NTP）。",
  },
  "InvalidTimeStamp.Format": {
    en: "The request timestamp format was invalid. This is a portal defect: report it with the request id.",
    zh: "请求时间戳格式错误。这是门户缺陷，请附上请求 ID 报告。",
  },
  SignatureNonceUsed: {
    en: "The request nonce was reused. Retry; if it repeats, report it with the request id.",
    zh: "请求随机数被重复使用。请重试；如反复出现，请附上请求 ID 报告。",
  },
  // Routes (cloud-api-lifecycle.md §2.8, §2.10).
  "RouterEntryConflict.Duplicated": {
    en: "The route table already has an entry for this destination. Delete or change it first, or choose another destination.",
    zh: "路由表中已有该目的网段的路由条目。请先删除或修改它，或选择其他目的网段。",
  },
  "InvalidRouteEntry.NotFound": {
    en: "The route entry does not exist (any more). When deleting, it is already gone.",
    zh: "该路由条目不存在（或已被删除）。如果是删除操作，说明它已不在了。",
  },
  IncorrectRouteEntryStatus: {
    en: "The route entry is still being created or deleted. Wait until it is Available and try again.",
    zh: "该路由条目仍在创建或删除中。请等待其状态变为可用后重试。",
  },
  OperationConflict: {
    en: "Another change to this VPC's routes is under way. Wait a moment and try again.",
    zh: "该 VPC 的路由正在进行其他变更。请稍候再试。",
  },
  "VpnGateway.FinancialLocked": {
    en: "The VPN gateway is locked for an overdue payment. Settle the account, then try again.",
    zh: "该 VPN 网关因欠费被锁定。请先结清欠费后重试。",
  },
  "Throttling*": {
    en: "Too many requests for this API. The portal retries safe calls automatically; wait a minute and try again.",
    zh: "该接口请求过于频繁。门户会自动重试安全的请求，请稍等一分钟再试。",
  },
  "Resource.QuotaFull": {
    en: "The quota for this resource is full. Delete unused gateways/connections or ask for a quota increase in the Quota Center.",
    zh: "该资源配额已满。请删除不用的网关/连接，或在配额中心申请提升配额。",
  },
  "OperationFailed.SslNotSupport": {
    en: "SSL-VPN is not supported for this gateway or region. Disable SSL or pick another region.",
    zh: "该网关或地域不支持 SSL-VPN。请关闭 SSL 或选择其他地域。",
  },
  "InvalidIpAddress.AlreadyExist": {
    en: "A customer gateway with this IP already exists in the region. Reuse it instead of creating another.",
    zh: "该地域已存在使用此 IP 的用户网关。请复用它，无需重复创建。",
  },
  "InvalidIpAddress.WrongFormat": {
    en: "The peer IP address is not valid (reserved ranges are refused). Enter the peer device's public IP.",
    zh: "对端 IP 地址无效（保留网段不被接受）。请输入对端设备的公网 IP。",
  },
  InvalidName: {
    en: "The name is invalid: 1–100 characters, starting with a letter, and not starting with http:// or https://.",
    zh: "名称无效：长度 1–100 个字符，以字母开头，且不能以 http:// 或 https:// 开头。",
  },
  InvalidDescription: {
    en: "The description is invalid: 1–100 characters, not starting with http:// or https://.",
    zh: "描述无效：长度 1–100 个字符，且不能以 http:// 或 https:// 开头。",
  },
  ForbiddenRelease: {
    en: "A subscription gateway cannot be released before it expires. Wait for expiry or change the billing method.",
    zh: "包年包月网关到期前不能释放。请等待到期或变更计费方式。",
  },
  "DependencyViolation.*": {
    en: "Other resources still depend on this one (IPsec connections, SSL servers, GRE tunnels or routes). Delete them first, then retry.",
    zh: "仍有其他资源依赖此资源（IPsec 连接、SSL 服务端、GRE 隧道或路由）。请先删除它们，再重试。",
  },
  "*.Configuring": {
    en: "The VPN gateway is busy applying another change (only one connection change at a time). The portal retries; otherwise wait and retry.",
    zh: "VPN 网关正在执行其他变更（每次只能变更一个连接）。门户会自动重试，否则请稍后重试。",
  },
  "VpnTask.CONFLICT": {
    en: "Another task is running on this VPN gateway. Wait for it to finish and retry.",
    zh: "该 VPN 网关上有其他任务正在运行。请等待完成后重试。",
  },
  TaskConflict: {
    en: "Another task is running on this resource. Wait for it to finish and retry.",
    zh: "该资源上有其他任务正在运行。请等待完成后重试。",
  },
  "IncorrectStatus.VpnGateway": {
    en: "The VPN gateway is not in a state that allows this operation. Wait until it is active.",
    zh: "VPN 网关当前状态不允许此操作。请等待其变为可用（active）。",
  },
  INSTANCE_NOT_EXISTS: {
    en: "The resource no longer exists. Refresh the view.",
    zh: "资源已不存在。请刷新页面。",
  },
  "Forbidden*": {
    en: "The RAM user is not allowed to do this. Ask the cloud administrator to grant the VPC/VPN permission.",
    zh: "RAM 用户无权执行此操作。请云管理员授予 VPC/VPN 相关权限。",
  },
  "Forbbiden*": {
    en: "The RAM sub-user is not allowed to do this. Ask the cloud administrator to grant the VPC/VPN permission.",
    zh: "RAM 子用户无权执行此操作。请云管理员授予 VPC/VPN 相关权限。",
  },
  "Missing*": {
    en: "A required parameter is missing. This is usually a portal defect: report it with the request id.",
    zh: "缺少必填参数。这通常是门户缺陷，请附上请求 ID 报告。",
  },
  "InvalidParameter*": {
    en: "Alibaba Cloud rejected a parameter. Check the form fields against the message.",
    zh: "阿里云拒绝了某个参数。请根据错误信息检查表单字段。",
  },
  "*NotFound": {
    en: "The resource or API was not found: it may have been deleted or belong to another region or account.",
    zh: "未找到该资源或接口：它可能已被删除，或属于其他地域或账号。",
  },
  "Invalid*": {
    en: "Alibaba Cloud rejected the request as invalid. Read the message and adjust the input.",
    zh: "阿里云认为请求无效。请阅读错误信息并调整输入。",
  },
  UnsupportedHTTPMethod: {
    en: "The HTTP method is not supported. This is a portal defect: report it with the request id.",
    zh: "不支持该 HTTP 方法。这是门户缺陷，请附上请求 ID 报告。",
  },
  "InternalError*": {
    en: "Alibaba Cloud had an internal error. Retry later; if it persists, open a ticket with the request id.",
    zh: "阿里云内部错误。请稍后重试；如持续出现，请携带请求 ID 提交工单。",
  },
  ServiceUnavailable: {
    en: "Alibaba Cloud is temporarily unavailable. Retry in a few minutes.",
    zh: "阿里云服务暂时不可用。请几分钟后重试。",
  },
};
