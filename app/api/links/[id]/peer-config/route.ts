import { readJson } from "@/lib/api/read-json";
import { textAttachment } from "@/lib/api/text-attachment";
import { withRoute } from "@/lib/api/with-route";
import { downloadPeerConfig } from "@/lib/data/link-downloads";
import { peerConfigQuerySchema, peerConfigWithPskSchema } from "@/lib/schemas/peer-config";

const formatOf = (url: URL) =>
  peerConfigQuerySchema.parse({ format: url.searchParams.get("format") ?? undefined }).format;

/** `?format=swanctl|cisco-ios|huawei-vrp`: the peer device's configuration, key as a placeholder. */
export const GET = withRoute<{ id: string }>(
  async ({ request, params, db, user, meta }) => {
    const format = formatOf(request.nextUrl);
    return textAttachment(
      await downloadPeerConfig({ db, id: params.id, format, includePsk: false, actor: user, meta }),
    );
  },
  { permission: "config.download" },
);

/** Body `{ includePsk: true }`: the same file with the pre-shared key, for the owner (audited). */
export const POST = withRoute<{ id: string }>(
  async ({ request, params, db, user, meta }) => {
    const format = formatOf(request.nextUrl);
    await readJson(request, peerConfigWithPskSchema);
    return textAttachment(
      await downloadPeerConfig({ db, id: params.id, format, includePsk: true, actor: user, meta }),
    );
  },
  { permission: "config.download" },
);
