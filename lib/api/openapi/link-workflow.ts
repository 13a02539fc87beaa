import { z } from "zod";
import { approveBodySchema, rejectBodySchema } from "@/lib/schemas/approval";
import { linkExecutionViewSchema } from "@/lib/schemas/execution";
import { discardLinkBodySchema } from "@/lib/schemas/link/discard-link";
import {
  discardResultSchema,
  retryResultSchema,
  workflowResultSchema,
} from "@/lib/schemas/link/link-views";
import { idPath, linkSteps } from "./common";
import type { ApiRoutes } from "./operation";

/** A workflow step on one link: owner or approver checks, state checks (409). */
const step = linkSteps({
  description: "The link's state after the step.",
  schema: z.object({ link: workflowResultSchema }),
});

export const LINK_WORKFLOW_ROUTES: ApiRoutes = {
  "/api/links/{id}/submit": {
    post: {
      ...step({
        summary: "Submit a draft for approval",
        description:
          "Owner only: the plan and its hash are frozen; a blocking design check, a new route that clashes with its table's live routes, or a table gone from its VPC is a 422; a cloud that cannot be read to check the routes is a 502.",
        access: "link.submit",
      }),
      errors: ["not_found", "conflict", "unprocessable", "cloud_error"],
    },
  },
  "/api/links/{id}/withdraw": {
    post: step({
      summary: "Withdraw a link to draft",
      description:
        "Owner only: a submitted or rejected link goes back to draft; approvals are voided.",
      access: "link.submit",
    }),
  },
  "/api/links/{id}/approve": {
    post: step({
      summary: "Approve a link",
      description: "`planHash` is the hash the approver reviewed; a changed plan is refused.",
      access: "link.approve",
      body: approveBodySchema,
    }),
  },
  "/api/links/{id}/reject": {
    post: step({
      summary: "Reject a link",
      description: "A comment is required to reject.",
      access: "link.approve",
      body: rejectBodySchema,
    }),
  },
  "/api/links/{id}/discard": {
    post: {
      summary: "Discard a link that never ran",
      description: "The owner (or an admin) gives up a draft or rejected link; its key is erased.",
      access: "link.create",
      path: idPath,
      body: discardLinkBodySchema,
      bodyOptional: true,
      answer: { description: "Discarded.", schema: z.object({ link: discardResultSchema }) },
      errors: ["not_found", "conflict"],
    },
  },
  "/api/links/{id}/execution": {
    get: {
      summary: "Show a link's execution",
      description: "The latest execution, step by step; polled until it ends.",
      access: "link.read",
      path: idPath,
      answer: { description: "The execution view.", schema: linkExecutionViewSchema },
      errors: ["not_found"],
    },
  },
  "/api/links/{id}/retry": {
    post: {
      summary: "Retry a failed execution",
      description: "Owner only: queues the execution again from its failed step(s).",
      access: "link.submit",
      path: idPath,
      answer: { description: "The queued execution.", schema: retryResultSchema },
      errors: ["not_found", "conflict"],
    },
  },
};
