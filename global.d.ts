import type en from "./messages/en.json";
import type { Locale } from "./lib/i18n/config";

declare global {
  type IntlMessages = typeof en;
}

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}
