import { withRoute } from "@/lib/api/with-route";
import { revealLinkPsk } from "@/lib/data/links";

/** Shows the stored pre-shared key to the link's owner (POST: Origin-checked, and audited). */
export const POST = withRoute<{ id: string }>(
  async ({ params, db, user, meta }) => {
    const psk = await revealLinkPsk({ db, id: params.id, actor: user, meta });
    return Response.json({ psk }, { headers: { "cache-control": "no-store" } });
  },
  { permission: "link.create" },
);
