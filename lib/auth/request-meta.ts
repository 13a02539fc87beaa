import type { RequestMeta } from "@/lib/audit/append-audit-event";

/**
 * Client IP and user agent for audit rows and throttling. The IP is the first X-Forwarded-For hop
 * (Next's server sets it from the socket; a load balancer in front must overwrite, not append to,
 * what the client sent).
 */
export function requestMetaFrom(headers: Headers): RequestMeta {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const ip = forwarded || headers.get("x-real-ip")?.trim() || null;
  const userAgent = headers.get("user-agent")?.slice(0, 512) ?? null;
  return { ip: ip ? ip.slice(0, 64) : null, userAgent };
}
