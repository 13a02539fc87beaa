import { createRoute } from "@/lib/api/create-route";
import { withRoute } from "@/lib/api/with-route";
import { createServiceAccount, listServiceAccounts } from "@/lib/data/service-accounts";
import { createServiceAccountBodySchema } from "@/lib/schemas/service-account";

export const GET = withRoute(
  async ({ db }) => ({ serviceAccounts: await listServiceAccounts({ db }) }),
  {
    permission: "user.manage",
  },
);

export const POST = createRoute(
  createServiceAccountBodySchema,
  async (body, { db, user, meta }) => ({
    serviceAccount: await createServiceAccount({ db, body, actor: user, meta }),
  }),
  { permission: "user.manage" },
);
