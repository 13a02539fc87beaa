import type { CloudProvider } from "./accounts";
import { ALIBABA_EXPLANATIONS } from "./error-explanations-alibaba";
import { TENCENT_EXPLANATIONS } from "./error-explanations-tencent";
import { TRANSPORT_CODES } from "./errors";
import type { Explanation } from "./explanation";

/**
 * User-facing explanations of cloud error codes, English and Chinese, each saying what to do
 * next. Keys are exact codes or families with one `*` (`AuthFailure.*`, `*NotFound`).
 */

export type ExplanationLanguage = "en" | "zh";

const TRANSPORT_EXPLANATIONS: Record<string, Explanation> = {
  [TRANSPORT_CODES.timeout]: {
    en: "The cloud did not answer in time. Read-only calls were retried; check the resource's state before repeating a change.",
    zh: "云平台未及时响应。只读请求已自动重试；重复变更前请先检查资源状态。",
  },
  [TRANSPORT_CODES.network]: {
    en: "The portal could not reach the cloud API. Check the server's network and the endpoint configuration.",
    zh: "门户无法连接云 API。请检查服务器网络和接入点配置。",
  },
  [TRANSPORT_CODES.httpStatus]: {
    en: "The cloud API answered with an unexpected HTTP status. Retry later; report it with the request id if it persists.",
    zh: "云 API 返回了意外的 HTTP 状态码。请稍后重试；如持续出现，请附上请求 ID 报告。",
  },
  [TRANSPORT_CODES.malformed]: {
    en: "The cloud API answered with something that is not a valid response. Retry later; report it with the request id if it persists.",
    zh: "云 API 返回了无效的响应。请稍后重试；如持续出现，请附上请求 ID 报告。",
  },
  [TRANSPORT_CODES.unexpectedShape]: {
    en: "The cloud API's response did not have the expected fields. The API may have changed: report it with the request id.",
    zh: "云 API 响应缺少预期字段，接口可能已变更。请附上请求 ID 报告。",
  },
  [TRANSPORT_CODES.invalidRequest]: {
    en: "The request failed the portal's own checks before it was sent. Correct the highlighted fields.",
    zh: "请求在发送前未通过门户校验。请修正标出的字段。",
  },
  [TRANSPORT_CODES.accountNotConfigured]: {
    en: "No credentials are configured for this cloud account. Ask the portal operator to set the account's environment variables.",
    zh: "该云账号未配置凭证。请门户运维人员设置该账号的环境变量。",
  },
};

const GENERIC: Explanation = {
  en: "The cloud returned an error the portal does not know yet. Read the cloud's message; report it with the request id if unclear.",
  zh: "云平台返回了门户尚未收录的错误。请阅读云平台的错误信息；如不清楚，请附上请求 ID 报告。",
};

function matchFamily(table: Record<string, Explanation>, code: string): Explanation | undefined {
  const families = Object.keys(table)
    .filter((key) => key.includes("*"))
    .sort((a, b) => b.length - a.length);
  for (const family of families) {
    const [prefix = "", suffix = ""] = family.split("*");
    if (code.startsWith(prefix) && code.endsWith(suffix) && code.length >= family.length - 1) {
      return table[family];
    }
  }
  return undefined;
}

export type ExplainedError = Explanation & { match: "exact" | "family" | "generic" };

/** The explanation for a code, looked up exactly, then by family, then a generic text. */
export function explainCloudError(options: {
  provider: CloudProvider;
  code: string;
}): ExplainedError {
  const table = {
    ...TRANSPORT_EXPLANATIONS,
    ...(options.provider === "tencent" ? TENCENT_EXPLANATIONS : ALIBABA_EXPLANATIONS),
  };
  const exact = options.code.includes("*") ? undefined : table[options.code];
  if (exact) return { ...exact, match: "exact" };
  const family = matchFamily(table, options.code);
  if (family) return { ...family, match: "family" };
  return { ...GENERIC, match: "generic" };
}
