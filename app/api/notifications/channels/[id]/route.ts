import { readJson } from "@/lib/api/read-json";
import { withRoute } from "@/lib/api/with-route";
import { deleteChannel, updateChannel } from "@/lib/data/notification-channels";
import { updateChannelBodySchema } from "@/lib/schemas/notification";
import { channelIdOf } from "../channel-id";

export const PATCH = withRoute<{ id: string }>(
  async ({ request, params, db, user, meta }) => {
    const id = channelIdOf(params);
    const body = await readJson(request, updateChannelBodySchema);
    return { channel: await updateChannel({ db, id, actor: user, body, meta }) };
  },
  { permission: "notify.manage" },
);

export const DELETE = withRoute<{ id: string }>(
  async ({ params, db, user, meta }) => {
    await deleteChannel({ db, id: channelIdOf(params), actor: user, meta });
    return new Response(null, { status: 204 });
  },
  { permission: "notify.manage" },
);
