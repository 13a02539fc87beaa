"use client";

import { useTranslations } from "next-intl";
import { DataTable } from "@/components/ui/data-table";
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
    <DataTable
      columns={[t("name"), t("roles"), t("status"), t("actions")]}
      rows={users}
      renderRow={(user) => (
        <UserRow
          key={`${user.id}:${user.roles.join()}`}
          user={user}
          isSelf={user.id === currentUserId}
        />
      )}
    />
  );
}
