import { readJson } from "@/lib/api/read-json";
import { refuseTokenCaller } from "@/lib/api/route-caller";
import { withRoute } from "@/lib/api/with-route";
import { createApiToken, listApiTokens } from "@/lib/data/api-tokens";
import { createApiTokenBodySchema } from "@/lib/schemas/api-token";

export const GET = withRoute(async ({ db, user }) => ({
  tokens: await listApiTokens({ db, userId: user.id }),
}));

export const POST = withRoute(async ({ request, db, user, token, meta }) => {
  refuseTokenCaller(token);
  const body = await readJson(request, createApiTokenBodySchema);
  const created = await createApiToken({ db, owner: user, body, meta });
  return Response.json(created, { status: 201 });
});
