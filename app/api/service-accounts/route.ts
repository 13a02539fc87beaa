import { readJson } from "@/lib/api/read-json";
import { withRoute } from "@/lib/api/with-route";
import { createServiceAccount, listServiceAccounts } from "@/lib/data/service-accounts";
import { createServiceAccountBodySchema } from "@/lib/schemas/service-account";

export const GET = withRoute(
  async ({ db }) => ({ serviceAccounts: await listServiceAccounts({ db }) }),
  {
    permission: "user.manage",
  },
);

export const POST = withRoute(
  async ({ request, db, user, meta }) => {
    const body = await readJson(request, createServiceAccountBodySchema);
    const serviceAccount = await createServiceAccount({ db, body, actor: user, meta });
    return Response.json({ serviceAccount }, { status: 201 });
  },
  { permission: "user.manage" },
);
