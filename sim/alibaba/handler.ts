import type { IncomingCall, Reply, SimContext } from "../context";

export async function handleAlibaba(_call: IncomingCall, _ctx: SimContext): Promise<Reply> {
  return { status: 404, body: { Code: "InvalidAction.NotFound", Message: "todo" } };
}
