"use client";

import { useFormatter, useTranslations } from "next-intl";
import { ConfirmedActionButton } from "@/components/ui/confirmed-action-button";
import { DataTable, NameCell } from "@/components/ui/data-table";
import type { QueryKey } from "@tanstack/react-query";
import { queryKeys } from "@/lib/query/keys";
import { useApiTokens, useRevokeApiToken } from "@/lib/query/use-api-tokens";
import type { ApiTokenView } from "@/lib/schemas/api-token";

/** The person's tokens: what each may do, when it ends and was last used, and revoking it. */
export function TokenTable({ initialTokens }: { initialTokens: ApiTokenView[] }) {
  const { data: tokens } = useApiTokens(initialTokens);
  return <TokenList tokens={tokens} list={queryKeys.apiTokens()} testId="token-table" />;
}

/** Tokens as a table; revoking one refreshes `list`, the query they were read from. */
export function TokenList({
  tokens,
  list,
  testId,
}: {
  tokens: ApiTokenView[];
  list: QueryKey;
  testId: string;
}) {
  const t = useTranslations("tokens");
  return (
    <DataTable
      rows={tokens}
      renderRow={(token) => (
        <TokenRow key={`${token.id}:${token.state}`} token={token} list={list} />
      )}
      columns={[t("name"), t("scopes"), t("state"), t("expires"), t("lastUsed"), t("actions")]}
      empty={t("empty")}
      testId={testId}
    />
  );
}

function TokenRow({ token, list }: { token: ApiTokenView; list: QueryKey }) {
  const t = useTranslations("tokens");
  const format = useFormatter();
  const revoke = useRevokeApiToken(token.id, list);
  const when = (iso: string) => (
    <time dateTime={iso}>
      {format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" })}
    </time>
  );
  return (
    <tr data-testid={`token-row-${token.name}`} className="align-top">
      <NameCell
        name={token.name}
        detail={<code className="text-xs text-slate-500">{token.hint}</code>}
      />
      <td className="px-3 py-2">
        <ul className="space-y-0.5 text-xs">
          {token.scopes.map((scope) => (
            <li key={scope}>
              <code>{scope}</code>
            </li>
          ))}
        </ul>
      </td>
      <td className="px-3 py-2" data-testid="token-state">
        {t(`states.${token.state}`)}
      </td>
      <td className="whitespace-nowrap px-3 py-2 text-slate-600">{when(token.expiresAt)}</td>
      <td className="whitespace-nowrap px-3 py-2 text-slate-600">
        {token.lastUsedAt ? when(token.lastUsedAt) : t("never")}
        {token.lastUsedIp ? <div className="text-xs">{token.lastUsedIp}</div> : null}
      </td>
      <td className="px-3 py-2">
        {token.state === "active" ? (
          <ConfirmedActionButton
            label={t("revoke")}
            messages="tokens.revokeDialog"
            testId="revoke-token-confirm"
            request={revoke}
            onConfirm={() => revoke.mutate()}
          >
            <p>{t("revokeBody", { name: token.name, hint: token.hint })}</p>
          </ConfirmedActionButton>
        ) : null}
      </td>
    </tr>
  );
}
