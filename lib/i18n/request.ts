import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { LOCALE_COOKIE, requestLocaleOf, type Locale } from "./config";

async function resolveLocale(): Promise<Locale> {
  return requestLocaleOf({
    cookie: (await cookies()).get(LOCALE_COOKIE)?.value,
    acceptLanguage: (await headers()).get("accept-language"),
  });
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  const messages = (await import(`../../messages/${locale}.json`)) as { default: IntlMessages };
  return { locale, messages: messages.default, timeZone: "UTC" };
});
