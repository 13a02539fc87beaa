import { PlaceholderPage, placeholderMetadata } from "@/components/shell/placeholder-page";

export const generateMetadata = () => placeholderMetadata("audit");

export default function Page() {
  return <PlaceholderPage page="audit" />;
}
