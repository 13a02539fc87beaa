import { ApiReference } from "@/components/api-docs/api-reference";
import { PortalPageHeader, portalPageMetadata } from "@/components/shell/portal-page";
import { requireUser } from "@/lib/auth/current-user";

export const generateMetadata = portalPageMetadata("apiDocs");

/** The API reference, for every signed-in person (the document is served to them too). */
export default async function ApiDocsPage() {
  await requireUser();
  return (
    <>
      <PortalPageHeader page="apiDocs" />
      <ApiReference documentUrl="/api/openapi.json" />
    </>
  );
}
