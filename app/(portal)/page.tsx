import { PlaceholderPage, placeholderMetadata } from "@/components/shell/placeholder-page";

export const generateMetadata = () => placeholderMetadata("links");

export default function Page() {
  return <PlaceholderPage page="links" />;
}
