import { createRoute } from "@/lib/api/create-route";
import { withRoute } from "@/lib/api/with-route";
import { createChannel, listChannels } from "@/lib/data/notification-channels";
import { createChannelBodySchema } from "@/lib/schemas/notification";

export const GET = withRoute(async ({ db }) => ({ channels: await listChannels(db) }), {
  permission: "notify.manage",
});

export const POST = createRoute(
  createChannelBodySchema,
  async (body, { db, user, meta }) => createChannel({ db, actor: user, body, meta }),
  { permission: "notify.manage" },
);
