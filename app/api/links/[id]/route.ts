import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { readJson } from "@/lib/api/read-json";
import { withRoute } from "@/lib/api/with-route";
import { getLink, updateLinkDraft } from "@/lib/data/links";
import { getLinkPlanWithHash } from "@/lib/data/link-plan";

export const GET = withRoute<{ id: string }>(
  async ({ params, db }) => {
    const link = await getLink({ db, id: params.id });
    if (!link) throw new AppError("not_found", "No such link.");
    // Once submitted, the frozen plan; null only for a link past draft that has none.
    return { link, ...(await getLinkPlanWithHash({ db, id: link.id })) };
  },
  { permission: "link.read" },
);

/** Body: a whole design; an omitted or empty `psk` keeps the stored key. */
export const PUT = withRoute<{ id: string }>(
  async ({ request, params, db, user, meta }) => {
    const design = await readJson(request, z.record(z.string(), z.unknown()));
    const link = await updateLinkDraft({ db, id: params.id, design, actor: user, meta });
    return { link };
  },
  { permission: "link.create" },
);
