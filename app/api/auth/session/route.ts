import { withRoute } from "@/lib/api/with-route";
import { hasPermission, PERMISSION_NAMES } from "@/lib/permissions/permissions";

/** Who is signed in and what they may do (the UI uses it only to hide controls). */
export const GET = withRoute(async ({ user }) => ({
  user,
  permissions: PERMISSION_NAMES.filter((permission) => hasPermission(user.roles, permission)),
}));
