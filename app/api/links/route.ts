import { createRoute } from "@/lib/api/create-route";
import { withRoute } from "@/lib/api/with-route";
import { createLinkDraft } from "@/lib/data/links";
import { listLinks } from "@/lib/data/link-list";
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import { parseLinkQuery } from "@/lib/schemas/link/link-query";

export const GET = withRoute(
  async ({ request, db }) => listLinks({ db, query: parseLinkQuery(request.nextUrl.searchParams) }),
  { permission: "link.read" },
);

export const POST = createRoute(
  linkDesignSchema,
  async (design, { db, user, meta }) => ({
    link: await createLinkDraft({ db, design, owner: user, meta }),
  }),
  { permission: "link.create" },
);
