import type { Role } from "@/lib/permissions/permissions";

/**
 * Sandbox-only demo accounts, one per role (two approvers, so one can approve after the other).
 * Shown with their password on the sign-in page in sandbox mode; never created in live mode.
 */
export const DEMO_PASSWORD = "sandbox-demo-password";

export const DEMO_USERS: readonly { email: string; name: string; roles: Role[] }[] = [
  { email: "requester@demo.test", name: "Rita Requester", roles: ["requester"] },
  { email: "approver@demo.test", name: "Alex Approver", roles: ["approver"] },
  { email: "approver2@demo.test", name: "Bo Second-Approver", roles: ["approver"] },
  { email: "admin@demo.test", name: "Ada Admin", roles: ["admin"] },
  { email: "viewer@demo.test", name: "Vic Viewer", roles: ["viewer"] },
];
