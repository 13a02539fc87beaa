import { withRoute } from "@/lib/api/with-route";
import { portalOpenApiDocument } from "@/lib/api/openapi/document";

/** The OpenAPI 3.1 document of this API (lib/api/openapi), for any signed-in person. */
export const GET = withRoute(async () => portalOpenApiDocument());
