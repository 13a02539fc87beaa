import { hasPermission } from "./permissions";

/**
 * Who may discard a link (a draft or rejected one): its owner, with `link.create`, or an admin,
 * whoever owns it. A rule about the person as well as the role, so it lives beside the table
 * rather than in it; the server enforces it and the link page reads it to offer the button.
 */
export function mayDiscardLink(
  actor: { id: string; roles: readonly string[] },
  ownerId: string,
): boolean {
  if (actor.roles.includes("admin")) return true;
  return actor.id === ownerId && hasPermission(actor.roles, "link.create");
}
