import { z } from "zod";
import { approveBodySchema, rejectBodySchema } from "@/lib/schemas/approval";
import { gatewayPricesResponseSchema } from "@/lib/schemas/link/gateway-prices";
import { retirementResultSchema, retirementRetryResultSchema } from "@/lib/schemas/link/link-views";
import { idPath, linkSteps } from "./common";
import type { ApiRoutes } from "./operation";

/** A step of a link's retirement: owner or approver checks, state checks (409). */
const retirementStep = linkSteps({
  description: "The link, its teardown plan and its approval so far.",
  schema: z.object({ link: retirementResultSchema }),
});

/** A link's life after creation: its prices before approval, its retirement. */
export const LINK_LIFECYCLE_ROUTES: ApiRoutes = {
  "/api/links/{id}/prices": {
    get: {
      summary: "Ask the cloud what the link's new gateways would cost",
      description:
        "Tencent InquiryPriceCreateVpnGateway per new Tencent gateway, asked now (never stored); " +
        "Alibaba has no price API and says so. No currency in the answer unless the account's site is set.",
      access: "link.read",
      path: idPath,
      answer: { description: "One entry per new gateway.", schema: gatewayPricesResponseSchema },
      errors: ["not_found", "conflict"],
    },
  },
  "/api/links/{id}/retire": {
    post: retirementStep({
      summary: "Request the retirement of an active link, or the clean-up of a failed one",
      description:
        "Owner or admin: the teardown of exactly what the link's run created waits for another " +
        "approver. On a failed link it is a clean-up (`kind: cleanup`); a rejection puts the link back.",
      access: "link.create",
    }),
  },
  "/api/links/{id}/retire/approve": {
    post: retirementStep({
      summary: "Approve a link's teardown",
      description: "`planHash` is the teardown hash the approver reviewed; never the requester.",
      access: "link.approve",
      body: approveBodySchema,
    }),
  },
  "/api/links/{id}/retire/reject": {
    post: retirementStep({
      summary: "Reject a link's teardown",
      description: "A comment is required; the link goes back to active.",
      access: "link.approve",
      body: rejectBodySchema,
    }),
  },
  "/api/links/{id}/retire/retry": {
    post: {
      summary: "Run a failed teardown again",
      description: "Owner or admin: from its failed steps; what is done stays done.",
      access: "link.create",
      path: idPath,
      answer: {
        description: "The queued run.",
        schema: z.object({ link: retirementRetryResultSchema }),
      },
      errors: ["not_found", "conflict"],
    },
  },
};
