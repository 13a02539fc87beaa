import type { AliAction, AliActionInput } from "./action";
import { AliError } from "./errors";

function fingerprint(params: Record<string, string>): string {
  const rest = { ...params };
  delete rest.ClientToken;
  return JSON.stringify(
    Object.keys(rest)
      .sort()
      .map((k) => [k, rest[k]]),
  );
}

/**
 * ClientToken idempotency: a repeated token with the same parameters answers with the first
 * response (same resource, no second one); with other parameters it is IdempotentParameterMismatch.
 */
export function withClientToken(
  actionName: string,
  input: AliActionInput,
  action: AliAction,
): Record<string, unknown> {
  const token = input.params.ClientToken;
  if (!token) return action.run(input);
  const tokens = input.ali.clientTokens;
  const key = `${input.region}:${actionName}:${token}`;
  const print = fingerprint(input.params);
  const seen = tokens.find((t) => t.key === key);
  if (seen) {
    if (seen.response.__fingerprint !== print) {
      throw new AliError(
        "IdempotentParameterMismatch",
        "The request uses the same ClientToken as a previous, but non-identical request.",
      );
    }
    const response = { ...seen.response };
    delete response.__fingerprint;
    return response;
  }
  const response = action.run(input);
  tokens.push({ key, response: { ...response, __fingerprint: print }, createdAt: input.now });
  return response;
}
