import { BackHomePage } from "@/components/shell/back-home-page";

export default function Forbidden() {
  return <BackHomePage messages="forbidden" />;
}
