import { PlaceholderPage, placeholderMetadata } from "@/components/shell/placeholder-page";

export const generateMetadata = () => placeholderMetadata("newLink");

export default function Page() {
  return <PlaceholderPage page="newLink" />;
}
