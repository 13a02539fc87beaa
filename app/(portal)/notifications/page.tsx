import { getTranslations } from "next-intl/server";
import { ChannelTable } from "@/components/notifications/channel-table";
import { CreateChannelForm } from "@/components/notifications/create-channel-form";
import { DeliveryLog } from "@/components/notifications/delivery-log";
import { PreferencesForm } from "@/components/notifications/preferences-form";
import { PortalPageHeader, portalPageMetadata } from "@/components/shell/portal-page";
import { TitledSection } from "@/components/ui/titled-section";
import { requireUser } from "@/lib/auth/current-user";
import { listChannels } from "@/lib/data/notification-channels";
import { listDeliveries } from "@/lib/data/notification-deliveries";
import { getPreferences } from "@/lib/data/notification-preferences";
import { database } from "@/lib/db";
import { hasPermission } from "@/lib/permissions/permissions";

export const generateMetadata = portalPageMetadata("notifications");

/** Everyone's own mail choices; for admins also the channels and the delivery log. */
export default async function NotificationsPage() {
  const me = await requireUser();
  const t = await getTranslations("notifications");
  const db = await database();
  const preferences = await getPreferences(db, me.id);
  const manages = hasPermission(me.roles, "notify.manage");
  const [channels, deliveries] = manages
    ? await Promise.all([listChannels(db), listDeliveries(db, {})])
    : [[], []];
  return (
    <>
      <PortalPageHeader page="notifications" />
      <TitledSection title={t("yoursTitle")} className="space-y-4">
        <PreferencesForm initial={preferences} />
      </TitledSection>
      {manages ? (
        <>
          <TitledSection
            title={t("channelsTitle")}
            intro={t("channelsIntro")}
            className="space-y-4"
          >
            <ChannelTable initialChannels={channels} />
            <CreateChannelForm />
          </TitledSection>
          <TitledSection title={t("logTitle")} intro={t("logIntro")} className="space-y-4">
            <DeliveryLog initialDeliveries={deliveries} />
          </TitledSection>
        </>
      ) : null}
    </>
  );
}
