import { z } from "zod";
import { readJson } from "@/lib/api/read-json";
import { refuseTokenCaller } from "@/lib/api/route-caller";
import { withRoute } from "@/lib/api/with-route";
import { issueServiceAccountToken } from "@/lib/data/service-accounts";
import { AppError } from "@/lib/errors/app-error";
import { createApiTokenBodySchema } from "@/lib/schemas/api-token";

const accountId = z.uuid();

/** An admin issues a service account's token; like every token, only from a session. */
export const POST = withRoute<{ id: string }>(
  async ({ request, params, db, user, token, meta }) => {
    refuseTokenCaller(token);
    const id = accountId.safeParse(params.id);
    if (!id.success) throw new AppError("not_found", "No such service account.");
    const body = await readJson(request, createApiTokenBodySchema);
    const issued = await issueServiceAccountToken({
      db,
      accountId: id.data,
      body,
      actor: user,
      meta,
    });
    return Response.json(issued, { status: 201 });
  },
  { permission: "user.manage" },
);
