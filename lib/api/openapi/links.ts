import { z } from "zod";
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import { linkQuerySchema } from "@/lib/schemas/link/link-query";
import {
  linkDetailSchema,
  linkPageSchema,
  linkWithPlanSchema,
  planSchema,
} from "@/lib/schemas/link/link-views";
import { idPath } from "./common";
import type { ApiRoutes } from "./operation";

/** Any object: the route validates it as a design inside (422 with the design's field errors). */
const designObject = z
  .record(z.string(), z.unknown())
  .meta({ description: "A link design (the `LinkDesign` schema), validated by the route." });

export const LINK_ROUTES: ApiRoutes = {
  "/api/links": {
    get: {
      summary: "List links",
      description: "Filtered, most recently updated first, one page.",
      access: "link.read",
      query: linkQuerySchema,
      answer: { description: "One page of links.", schema: linkPageSchema },
    },
    post: {
      summary: "Create a draft link",
      access: "link.create",
      body: linkDesignSchema,
      answer: {
        status: 201,
        description: "The new draft.",
        schema: z.object({ link: linkDetailSchema }),
      },
    },
  },
  "/api/links/plan": {
    post: {
      summary: "Preview a design's plan",
      description:
        "The plan a design compiles to, with the same validation as saving it. The key may be left out.",
      access: "link.create",
      body: designObject,
      answer: { description: "The plan.", schema: z.object({ plan: planSchema }) },
    },
  },
  "/api/links/{id}": {
    get: {
      summary: "Show a link",
      access: "link.read",
      path: idPath,
      answer: { description: "The link and its plan.", schema: linkWithPlanSchema },
      errors: ["not_found"],
    },
    put: {
      summary: "Update a draft's design",
      description: "A whole design; an omitted or empty `psk` keeps the stored key. Owner only.",
      access: "link.create",
      path: idPath,
      body: designObject,
      answer: { description: "The updated draft.", schema: z.object({ link: linkDetailSchema }) },
      errors: ["not_found", "conflict"],
    },
  },
};
