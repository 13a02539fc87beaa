import { PlaceholderPage, placeholderMetadata } from "@/components/shell/placeholder-page";

export const generateMetadata = () => placeholderMetadata("approvals");

export default function Page() {
  return <PlaceholderPage page="approvals" />;
}
