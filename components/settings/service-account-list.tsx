"use client";

import { useTranslations } from "next-intl";
import { TokenForm } from "@/components/tokens/create-token-form";
import { TokenList } from "@/components/tokens/token-table";
import { ErrorAlert } from "@/components/ui/error-alert";
import { queryKeys } from "@/lib/query/keys";
import {
  useIssueServiceAccountToken,
  useServiceAccounts,
  useSetServiceAccountDisabled,
} from "@/lib/query/use-service-accounts";
import { hasPermission, PERMISSION_NAMES } from "@/lib/permissions/permissions";
import type { ServiceAccountView } from "@/lib/schemas/service-account";

/** Every service account: its roles and state, its tokens, and issuing a new one. */
export function ServiceAccountList({ initial }: { initial: ServiceAccountView[] }) {
  const t = useTranslations("settings.serviceAccounts");
  const { data: accounts } = useServiceAccounts(initial);
  if (accounts.length === 0) {
    return <p className="text-sm text-slate-600">{t("empty")}</p>;
  }
  return (
    <ul className="space-y-6">
      {accounts.map((account) => (
        <ServiceAccountCard key={account.id} account={account} />
      ))}
    </ul>
  );
}

function ServiceAccountCard({ account }: { account: ServiceAccountView }) {
  const t = useTranslations("settings.serviceAccounts");
  const s = useTranslations("settings");
  const roleName = useTranslations("roles");
  const issue = useIssueServiceAccountToken(account.id);
  const setDisabled = useSetServiceAccountDisabled(account.id);
  const held = PERMISSION_NAMES.filter((permission) => hasPermission(account.roles, permission));
  return (
    <li
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      data-testid={`service-account-${account.name}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <div>
          <h3 className="font-semibold text-slate-900">{account.name}</h3>
          <p className="text-xs text-slate-600">
            <code>{account.identity}</code> ·{" "}
            {account.roles.map((role) => roleName(role)).join(", ")} ·{" "}
            <span data-testid="service-account-state">
              {account.disabled ? s("disabled") : s("active")}
            </span>
          </p>
        </div>
        <button
          type="button"
          disabled={setDisabled.isPending}
          onClick={() => setDisabled.mutate(!account.disabled)}
          className="rounded-md border border-slate-300 px-3 py-1 text-sm text-slate-700 disabled:opacity-40"
        >
          {account.disabled ? s("enable") : s("disable")}
        </button>
      </div>
      <ErrorAlert error={setDisabled.error} text={(message) => t("error", { message })} />
      <TokenList
        tokens={account.tokens}
        list={queryKeys.serviceAccounts()}
        testId={`service-account-tokens-${account.name}`}
      />
      {account.disabled ? null : (
        <TokenForm held={held} create={issue} testId={`issue-token-${account.name}`} />
      )}
    </li>
  );
}
