"use client";

import { useTranslations } from "next-intl";
import { useUsers, type UserSummary } from "@/lib/query/use-users";
import { UserRow } from "./user-row";

export function UserTable({
  initialUsers,
  currentUserId,
}: {
  initialUsers: UserSummary[];
  currentUserId: string;
}) {
  const t = useTranslations("settings");
  const { data: users } = useUsers(initialUsers);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th className="px-3 py-2 font-medium">{t("name")}</th>
            <th className="px-3 py-2 font-medium">{t("roles")}</th>
            <th className="px-3 py-2 font-medium">{t("status")}</th>
            <th className="px-3 py-2 font-medium">{t("actions")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {users.map((user) => (
            <UserRow
              key={`${user.id}:${user.roles.join()}`}
              user={user}
              isSelf={user.id === currentUserId}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
