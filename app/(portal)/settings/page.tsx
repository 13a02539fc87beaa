import { getTranslations } from "next-intl/server";
import { ApprovalPolicyForm } from "@/components/settings/approval-policy-form";
import { CreateServiceAccountForm } from "@/components/settings/create-service-account-form";
import { CreateUserForm } from "@/components/settings/create-user-form";
import { ServiceAccountList } from "@/components/settings/service-account-list";
import { UserTable } from "@/components/settings/user-table";
import { PortalPageHeader, portalPageMetadata } from "@/components/shell/portal-page";
import { TitledSection } from "@/components/ui/titled-section";
import { requirePagePermission } from "@/lib/auth/current-user";
import { getApprovalPolicy } from "@/lib/data/approval-policy";
import { listServiceAccounts } from "@/lib/data/service-accounts";
import { listUsers } from "@/lib/data/users";
import { database } from "@/lib/db";

export const generateMetadata = portalPageMetadata("settings");

export default async function SettingsPage() {
  const me = await requirePagePermission("user.manage");
  const s = await getTranslations("settings");
  const p = await getTranslations("policy");
  const policy = await getApprovalPolicy(await database());
  const serviceAccounts = await listServiceAccounts({ db: await database() });
  const users = (await listUsers({ db: await database() })).map(
    ({ id, email, name, roles, disabled, sso }) => ({ id, email, name, roles, disabled, sso }),
  );
  return (
    <>
      <PortalPageHeader page="settings" />
      <TitledSection title={s("usersTitle")} intro={s("usersIntro")} className="space-y-4">
        <UserTable initialUsers={users} currentUserId={me.id} />
        <CreateUserForm />
      </TitledSection>
      <TitledSection
        title={s("serviceAccounts.title")}
        intro={s("serviceAccounts.intro")}
        className="mt-10 space-y-4"
      >
        <ServiceAccountList initial={serviceAccounts} />
        <CreateServiceAccountForm />
      </TitledSection>
      <TitledSection title={p("title")} intro={p("intro")} className="mt-10 space-y-4">
        <ApprovalPolicyForm initial={policy} />
      </TitledSection>
    </>
  );
}
