import { withRoute } from "@/lib/api/with-route";
import { listPickerItems } from "@/lib/data/cloud-pickers";
import { LOCALE_COOKIE, requestLocaleOf } from "@/lib/i18n/config";
import { pickerRequestSchema } from "@/lib/schemas/cloud-picker";
import { searchParamsObject } from "@/lib/schemas/search-params";

/** The wizard's pickers: live lists from the cloud (or the simulator), read with the server's keys. */
export const GET = withRoute<{ provider: string; resource: string }>(
  async ({ request, params, user }) => {
    const query = pickerRequestSchema.parse({
      ...searchParamsObject(request.nextUrl.searchParams),
      provider: params.provider,
      resource: params.resource,
    });
    const locale = requestLocaleOf({
      cookie: request.cookies.get(LOCALE_COOKIE)?.value,
      acceptLanguage: request.headers.get("accept-language"),
    });
    return listPickerItems(query, user, locale);
  },
  { permission: "link.create" },
);
