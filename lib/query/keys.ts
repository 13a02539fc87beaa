import type { PickerProvider, PickerResource } from "@/lib/schemas/cloud-picker";

const linkKey = (id: string) => ["links", "one", id] as const;

/**
 * Every TanStack Query key of the portal, from one factory, so a query and the invalidations that
 * refresh it cannot drift apart. Keys nest: invalidating `links.all()` refreshes every link query,
 * `link(id)` everything of that link (its execution).
 */
export const queryKeys = {
  users: {
    all: () => ["users"] as const,
  },
  /** The signed-in person's API tokens: GET /api/tokens. */
  apiTokens: () => ["api-tokens"] as const,
  /** Service accounts with their tokens (admins): GET /api/service-accounts. */
  serviceAccounts: () => ["service-accounts"] as const,
  notifications: {
    all: () => ["notifications"] as const,
    channels: () => ["notifications", "channels"] as const,
    deliveries: (state: string) => ["notifications", "deliveries", state] as const,
    preferences: () => ["notifications", "preferences"] as const,
  },
  /** The approval policy in force: GET /api/policy. */
  approvalPolicy: () => ["approval-policy"] as const,
  links: {
    all: () => ["links"] as const,
    /** The plan a design (not yet saved) would run: POST /api/links/plan. */
    planPreview: (design: unknown) => ["links", "plan-preview", JSON.stringify(design)] as const,
  },
  link: linkKey,
  execution: (linkId: string) => [...linkKey(linkId), "execution"] as const,
  /** What the link's new gateways would cost, asked of the cloud (GET /api/links/{id}/prices). */
  prices: (linkId: string) => [...linkKey(linkId), "prices"] as const,
  cloudPicker: (provider: PickerProvider, resource: PickerResource, search: string) =>
    ["cloud-picker", provider, resource, search] as const,
};
