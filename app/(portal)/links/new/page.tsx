import { PlaceholderPage, placeholderMetadata } from "@/components/shell/placeholder-page";
import { requirePagePermission } from "@/lib/auth/current-user";

export const generateMetadata = () => placeholderMetadata("newLink");

export default async function Page() {
  await requirePagePermission("link.create");
  return <PlaceholderPage page="newLink" />;
}
