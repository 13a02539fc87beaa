import { PlaceholderPage, placeholderMetadata } from "@/components/shell/placeholder-page";
import { requirePagePermission } from "@/lib/auth/current-user";

export const generateMetadata = () => placeholderMetadata("links");

export default async function Page() {
  await requirePagePermission("link.read");
  return <PlaceholderPage page="links" />;
}
