import { z } from "zod";
import { withRoute } from "@/lib/api/with-route";
import { retryDelivery } from "@/lib/data/notification-deliveries";
import { AppError } from "@/lib/errors/app-error";

/** Sends a dead delivery again from a fresh retry schedule. */
export const POST = withRoute<{ id: string }>(
  async ({ params, db, user, meta }) => {
    const id = z.uuid().safeParse(params.id);
    if (!id.success) throw new AppError("not_found", "No such delivery.");
    await retryDelivery({ db, id: id.data, actor: user, meta });
    return { retried: true };
  },
  { permission: "notify.manage" },
);
