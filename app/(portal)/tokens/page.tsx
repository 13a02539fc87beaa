import { getTranslations } from "next-intl/server";
import { PortalPageHeader, portalPageMetadata } from "@/components/shell/portal-page";
import { CreateTokenForm } from "@/components/tokens/create-token-form";
import { TokenTable } from "@/components/tokens/token-table";
import { TitledSection } from "@/components/ui/titled-section";
import { requireUser } from "@/lib/auth/current-user";
import { listApiTokens } from "@/lib/data/api-tokens";
import { database } from "@/lib/db";
import { hasPermission, PERMISSION_NAMES } from "@/lib/permissions/permissions";

export const generateMetadata = portalPageMetadata("tokens");

/** Every signed-in person's own API tokens; a token holds only scopes its owner's roles hold. */
export default async function TokensPage() {
  const me = await requireUser();
  const t = await getTranslations("tokens");
  const tokens = await listApiTokens({ db: await database(), userId: me.id });
  const held = PERMISSION_NAMES.filter((permission) => hasPermission(me.roles, permission));
  return (
    <>
      <PortalPageHeader page="tokens" />
      <TitledSection title={t("listTitle")} className="space-y-4">
        <TokenTable initialTokens={tokens} />
        {held.length > 0 ? <CreateTokenForm held={held} /> : null}
      </TitledSection>
    </>
  );
}
