import { BackHomePage } from "@/components/shell/back-home-page";

export default function NotFound() {
  return <BackHomePage messages="notFound" />;
}
