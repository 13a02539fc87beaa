import { z } from "zod";
import { refuseTokenCaller } from "@/lib/api/route-caller";
import { withRoute } from "@/lib/api/with-route";
import { revokeApiToken } from "@/lib/data/api-tokens";
import { AppError } from "@/lib/errors/app-error";
import { hasPermission } from "@/lib/permissions/permissions";

const tokenId = z.uuid();

/** The owner revokes their token; an admin (user.manage) anyone's. */
export const POST = withRoute<{ id: string }>(async ({ params, db, user, token, meta }) => {
  refuseTokenCaller(token);
  const id = tokenId.safeParse(params.id);
  if (!id.success) throw new AppError("not_found", "No such token.");
  const anyOwner = hasPermission(user.roles, "user.manage");
  return { token: await revokeApiToken({ db, id: id.data, actor: user, anyOwner, meta }) };
});
