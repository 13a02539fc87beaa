import { readJson } from "@/lib/api/read-json";
import { withRoute } from "@/lib/api/with-route";
import { createLinkDraft } from "@/lib/data/links";
import { listLinks } from "@/lib/data/link-list";
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import { parseLinkQuery } from "@/lib/schemas/link/link-query";

export const GET = withRoute(
  async ({ request, db }) => listLinks({ db, query: parseLinkQuery(request.nextUrl.searchParams) }),
  { permission: "link.read" },
);

export const POST = withRoute(
  async ({ request, db, user, meta }) => {
    const design = await readJson(request, linkDesignSchema);
    const link = await createLinkDraft({ db, design, owner: user, meta });
    return Response.json({ link }, { status: 201 });
  },
  { permission: "link.create" },
);
