export const REQUEST_ID_HEADER = "x-request-id";
/** Set by proxy.ts on the request: the path (and query) being rendered, for "sign in and come back". */
export const PORTAL_PATH_HEADER = "x-portal-path";

const ACCEPTABLE_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Keeps a well-formed incoming id (from a load balancer) and otherwise makes a new one. */
export function requestIdFrom(incoming: string | null | undefined): string {
  return incoming && ACCEPTABLE_ID.test(incoming) ? incoming : crypto.randomUUID();
}
