import "server-only";
import { callOptions, type DriverContext } from "./driver";

type TokenSend<Request, Answer> = (
  options: ReturnType<typeof callOptions> & { request: Request & { ClientToken: string } },
) => Promise<Answer>;

/**
 * Sends an Alibaba call with the step's ClientToken, the same on every attempt for the step's
 * whole life (also after a crash): a resend answers like the first call, never a second resource.
 */
export function sendWithToken<Request, Answer>(
  ctx: DriverContext,
  token: string,
  send: TokenSend<Request, Answer>,
  request: Request,
): Promise<Answer> {
  return send({ ...callOptions(ctx), request: { ...request, ClientToken: token } });
}

/** An Alibaba delete with the step's ClientToken; what is kept of its answer is the request id. */
export async function deleteWithToken<Request>(
  ctx: DriverContext,
  token: string,
  send: TokenSend<Request, { requestId: string }>,
  request: Request,
): Promise<{ requestId: string }> {
  const { requestId } = await sendWithToken(ctx, token, send, request);
  return { requestId };
}
