import { readJson } from "@/lib/api/read-json";
import { withRoute } from "@/lib/api/with-route";
import { createChannel, listChannels } from "@/lib/data/notification-channels";
import { createChannelBodySchema } from "@/lib/schemas/notification";

export const GET = withRoute(async ({ db }) => ({ channels: await listChannels(db) }), {
  permission: "notify.manage",
});

export const POST = withRoute(
  async ({ request, db, user, meta }) => {
    const body = await readJson(request, createChannelBodySchema);
    return Response.json(await createChannel({ db, actor: user, body, meta }), { status: 201 });
  },
  { permission: "notify.manage" },
);
