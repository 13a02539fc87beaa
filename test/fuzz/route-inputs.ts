import { z } from "zod";
import { approveBodySchema, rejectBodySchema } from "@/lib/schemas/approval";
import { approvalPolicySchema } from "@/lib/schemas/approval-policy";
import { auditQuerySchema } from "@/lib/schemas/audit-query";
import {
  PICKER_PROVIDERS,
  PICKER_RESOURCES,
  pickerRequestShapeSchema,
} from "@/lib/schemas/cloud-picker";
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import { discardLinkBodySchema } from "@/lib/schemas/link/discard-link";
import { linkQuerySchema } from "@/lib/schemas/link/link-query";
import { wizardDraftCreateSchema, wizardDraftSaveSchema } from "@/lib/schemas/link/wizard-draft";
import { peerConfigQuerySchema, peerConfigWithPskSchema } from "@/lib/schemas/peer-config";
import { createApiTokenBodySchema } from "@/lib/schemas/api-token";
import { createServiceAccountBodySchema } from "@/lib/schemas/service-account";
import {
  createChannelBodySchema,
  deliveryQuerySchema,
  preferencesSchema,
  updateChannelBodySchema,
} from "@/lib/schemas/notification";
import { createUserBodySchema, signInBodySchema, updateUserBodySchema } from "@/lib/schemas/user";

/** Which seeded rows a path parameter may name (the suite adds random and hostile ids). */
export type KnownIds = "link" | "user" | "draft" | "discardable";

export type ParamInput = { schema: z.ZodType; known?: KnownIds };

/**
 * What each route handler reads, as the zod schemas it parses with: `body` (null: it reads no
 * body), `query`, and one entry per `[param]` of its path. The fuzz suite fails when a route, or
 * a parameter of its path, is missing here — a new route is fuzzed once it is listed.
 */
export type RouteInputs = {
  body: z.ZodType | null;
  query?: z.ZodType;
  params?: Record<string, ParamInput>;
};

const linkId: Record<string, ParamInput> = { id: { schema: z.uuid(), known: "link" } };
const draftId: Record<string, ParamInput> = { id: { schema: z.uuid(), known: "draft" } };
/** Discarding is final: its own seeded links, so the other routes keep theirs to work on. */
const discardableLinkId: Record<string, ParamInput> = {
  id: { schema: z.uuid(), known: "discardable" },
};
/** The plan preview and the draft update take any object and validate it as a design inside. */
const designOrAnyObject = z.union([linkDesignSchema, z.record(z.string(), z.unknown())]);

export const ROUTE_INPUTS: Record<string, RouteInputs> = {
  "GET /api/health": { body: null },
  "GET /api/openapi.json": { body: null },
  "GET /api/metrics": { body: null },
  "POST /api/auth/sign-in": { body: signInBodySchema },
  "POST /api/auth/sign-out": { body: null },
  "GET /api/auth/session": { body: null },
  "GET /api/auth/oidc/start": { body: null, query: z.object({ next: z.string() }) },
  "GET /api/auth/oidc/callback": {
    body: null,
    query: z.object({ code: z.string(), state: z.string(), error: z.string().optional() }),
  },
  "GET /api/tokens": { body: null },
  "POST /api/tokens": { body: createApiTokenBodySchema },
  "POST /api/tokens/[id]/revoke": { body: null, params: { id: { schema: z.uuid() } } },
  "GET /api/service-accounts": { body: null },
  "POST /api/service-accounts": { body: createServiceAccountBodySchema },
  "POST /api/service-accounts/[id]/tokens": {
    body: createApiTokenBodySchema,
    params: { id: { schema: z.uuid() } },
  },
  "GET /api/notifications/channels": { body: null },
  "POST /api/notifications/channels": { body: createChannelBodySchema },
  "PATCH /api/notifications/channels/[id]": {
    body: updateChannelBodySchema,
    params: { id: { schema: z.uuid() } },
  },
  "DELETE /api/notifications/channels/[id]": { body: null, params: { id: { schema: z.uuid() } } },
  // Never a real channel's id: a fuzzed test message must not leave this machine.
  "POST /api/notifications/channels/[id]/test": {
    body: null,
    params: { id: { schema: z.uuid() } },
  },
  "GET /api/notifications/deliveries": { body: null, query: deliveryQuerySchema },
  "POST /api/notifications/deliveries/[id]/retry": {
    body: null,
    params: { id: { schema: z.uuid() } },
  },
  "GET /api/notifications/preferences": { body: null },
  "PUT /api/notifications/preferences": { body: preferencesSchema },
  "GET /api/users": { body: null },
  "POST /api/users": { body: createUserBodySchema },
  "PATCH /api/users/[id]": {
    body: updateUserBodySchema,
    params: { id: { schema: z.uuid(), known: "user" } },
  },
  "GET /api/audit": { body: null, query: auditQuerySchema },
  "GET /api/audit/export": { body: null, query: auditQuerySchema },
  "GET /api/links": { body: null, query: linkQuerySchema },
  "POST /api/links": { body: linkDesignSchema },
  "POST /api/links/plan": { body: designOrAnyObject },
  "GET /api/links/[id]": { body: null, params: linkId },
  "PUT /api/links/[id]": { body: designOrAnyObject, params: linkId },
  "POST /api/links/[id]/psk": { body: null, params: linkId },
  "POST /api/links/[id]/submit": { body: null, params: linkId },
  "POST /api/links/[id]/withdraw": { body: null, params: linkId },
  "POST /api/links/[id]/discard": { body: discardLinkBodySchema, params: discardableLinkId },
  "POST /api/links/[id]/approve": { body: approveBodySchema, params: linkId },
  "POST /api/links/[id]/reject": { body: rejectBodySchema, params: linkId },
  "POST /api/links/[id]/retry": { body: null, params: linkId },
  "POST /api/links/[id]/retire": { body: null, params: linkId },
  "POST /api/links/[id]/retire/approve": { body: approveBodySchema, params: linkId },
  "POST /api/links/[id]/retire/reject": { body: rejectBodySchema, params: linkId },
  "POST /api/links/[id]/retire/retry": { body: null, params: linkId },
  "GET /api/links/[id]/execution": { body: null, params: linkId },
  "GET /api/links/[id]/peer-config": { body: null, query: peerConfigQuerySchema, params: linkId },
  "POST /api/links/[id]/peer-config": {
    body: peerConfigWithPskSchema,
    query: peerConfigQuerySchema,
    params: linkId,
  },
  "GET /api/links/[id]/terraform": { body: null, params: linkId },
  "GET /api/links/[id]/prices": { body: null, params: linkId },
  "GET /api/cloud/[provider]/[resource]": {
    body: null,
    query: pickerRequestShapeSchema.omit({ provider: true, resource: true }),
    params: {
      provider: { schema: z.enum(PICKER_PROVIDERS) },
      resource: { schema: z.enum(PICKER_RESOURCES) },
    },
  },
  "GET /api/policy": { body: null },
  "PUT /api/policy": { body: approvalPolicySchema },
  "GET /api/wizard-drafts": { body: null },
  "POST /api/wizard-drafts": { body: wizardDraftCreateSchema },
  "GET /api/wizard-drafts/[id]": { body: null, params: draftId },
  "PUT /api/wizard-drafts/[id]": { body: wizardDraftSaveSchema, params: draftId },
  "DELETE /api/wizard-drafts/[id]": { body: null, params: draftId },
  "POST /api/wizard-drafts/[id]/finish": { body: null, params: draftId },
};
