import { readJson } from "@/lib/api/read-json";
import { withRoute } from "@/lib/api/with-route";
import { createUser, listUsers } from "@/lib/data/users";
import { createUserBodySchema } from "@/lib/schemas/user";

export const GET = withRoute(async ({ db }) => ({ users: await listUsers({ db }) }), {
  permission: "user.manage",
});

export const POST = withRoute(
  async ({ request, db, user, meta }) => {
    const body = await readJson(request, createUserBodySchema);
    const created = await createUser({ db, ...body, actor: user, via: "settings", meta });
    return Response.json({ user: created }, { status: 201 });
  },
  { permission: "user.manage" },
);
