import { withRoute } from "@/lib/api/with-route";
import { testChannel } from "@/lib/data/notification-channels";
import { channelIdOf } from "../../channel-id";

/** Sends a test message through the channel now; the answer says whether it arrived. */
export const POST = withRoute<{ id: string }>(
  async ({ params, db, user, meta }) => ({
    result: await testChannel({ db, id: channelIdOf(params), actor: user, meta }),
  }),
  { permission: "notify.manage" },
);
