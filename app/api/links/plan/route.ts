import { z } from "zod";
import { readJson } from "@/lib/api/read-json";
import { withRoute } from "@/lib/api/with-route";
import { previewLinkPlan } from "@/lib/data/link-plan";

/**
 * The plan a design compiles to, for the wizard's review: the same validation as saving it. The
 * key may be left out (it is then stood in for); the plan never contains it either way.
 */
export const POST = withRoute(
  async ({ request }) => {
    const design = await readJson(request, z.record(z.string(), z.unknown()));
    return { plan: previewLinkPlan(design) };
  },
  { permission: "link.create" },
);
