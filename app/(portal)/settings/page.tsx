import { getTranslations } from "next-intl/server";
import { ApprovalPolicyForm } from "@/components/settings/approval-policy-form";
import { CreateUserForm } from "@/components/settings/create-user-form";
import { UserTable } from "@/components/settings/user-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/current-user";
import { getApprovalPolicy } from "@/lib/data/approval-policy";
import { listUsers } from "@/lib/data/users";
import { database } from "@/lib/db";

export async function generateMetadata() {
  const t = await getTranslations("pages");
  return { title: t("settings.title") };
}

export default async function SettingsPage() {
  const me = await requirePagePermission("user.manage");
  const t = await getTranslations("pages");
  const s = await getTranslations("settings");
  const p = await getTranslations("policy");
  const policy = await getApprovalPolicy(await database());
  const users = (await listUsers({ db: await database() })).map(
    ({ id, email, name, roles, disabled, sso }) => ({ id, email, name, roles, disabled, sso }),
  );
  return (
    <>
      <PageHeader title={t("settings.title")} intro={t("settings.intro")} />
      <section aria-labelledby="users-title" className="space-y-4">
        <div>
          <h2 id="users-title" className="text-lg font-semibold text-slate-900">
            {s("usersTitle")}
          </h2>
          <p className="text-sm text-slate-600">{s("usersIntro")}</p>
        </div>
        <UserTable initialUsers={users} currentUserId={me.id} />
        <CreateUserForm />
      </section>
      <section aria-labelledby="policy-title" className="mt-10 space-y-4">
        <div>
          <h2 id="policy-title" className="text-lg font-semibold text-slate-900">
            {p("title")}
          </h2>
          <p className="text-sm text-slate-600">{p("intro")}</p>
        </div>
        <ApprovalPolicyForm initial={policy} />
      </section>
    </>
  );
}
