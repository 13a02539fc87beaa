import { createRoute } from "@/lib/api/create-route";
import { withRoute } from "@/lib/api/with-route";
import { createUser, listUsers } from "@/lib/data/users";
import { createUserBodySchema } from "@/lib/schemas/user";

export const GET = withRoute(async ({ db }) => ({ users: await listUsers({ db }) }), {
  permission: "user.manage",
});

export const POST = createRoute(
  createUserBodySchema,
  async (body, { db, user, meta }) => ({
    user: await createUser({ db, ...body, actor: user, via: "settings", meta }),
  }),
  { permission: "user.manage" },
);
