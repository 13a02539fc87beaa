import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { readJson } from "@/lib/api/read-json";
import { withRoute } from "@/lib/api/with-route";
import { setUserDisabled, setUserRoles } from "@/lib/data/user-admin";
import { updateUserBodySchema } from "@/lib/schemas/user";

const userId = z.uuid();

export const PATCH = withRoute<{ id: string }>(
  async ({ request, params, db, user, meta }) => {
    const id = userId.safeParse(params.id);
    if (!id.success) throw new AppError("not_found", "No such user.");
    const body = await readJson(request, updateUserBodySchema);
    if (body.disabled === true && id.data === user.id) {
      throw new AppError("conflict", "You cannot disable your own account.");
    }
    let updated;
    if (body.roles) {
      updated = await setUserRoles({ db, userId: id.data, roles: body.roles, actor: user, meta });
    }
    if (body.disabled !== undefined) {
      updated = await setUserDisabled({
        db,
        userId: id.data,
        disabled: body.disabled,
        actor: user,
        meta,
      });
    }
    return { user: updated };
  },
  { permission: "user.manage" },
);
