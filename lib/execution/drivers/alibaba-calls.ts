import "server-only";
import { callOptions, createdResource, type CreatedResource, type DriverContext } from "./driver";

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

/** Still being set up after the create answered: the step's probe waits for it. */
const settling = { cloudState: undefined, complete: false };

/**
 * A step's create as one Alibaba call with its ClientToken: `idOf` reads the new resource's id from
 * the answer (or the request), `state` is where the resource stands once the call answered.
 */
export function createWithToken<Request, Answer extends { requestId: string }>(
  send: TokenSend<Request, Answer>,
  idOf: (answer: Answer, request: Request) => string,
  state: { cloudState: string | undefined; complete: boolean } = settling,
) {
  return async (ctx: DriverContext, params: Request, token: string): Promise<CreatedResource> => {
    const answer = await sendWithToken(ctx, token, send, params);
    return createdResource(idOf(answer, params), { requestId: answer.requestId }, state);
  };
}
