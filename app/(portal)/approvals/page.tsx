import { PlaceholderPage, placeholderMetadata } from "@/components/shell/placeholder-page";
import { requirePagePermission } from "@/lib/auth/current-user";

export const generateMetadata = () => placeholderMetadata("approvals");

export default async function Page() {
  await requirePagePermission("link.approve");
  return <PlaceholderPage page="approvals" />;
}
