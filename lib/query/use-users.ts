import { queryOptions, useMutation, useQuery } from "@tanstack/react-query";
import type { Role } from "@/lib/permissions/permissions";
import type { CreateUserBody, UpdateUserBody } from "@/lib/schemas/user";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";
import { refreshingMutation } from "./refreshing-mutation";

/** A user as GET /api/users lists it. */
export type UserSummary = {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  disabled: boolean;
  sso: boolean;
};

/** The accounts of the portal (admins only): GET /api/users. */
export const usersQuery = () =>
  queryOptions({
    queryKey: queryKeys.users.all(),
    queryFn: () => fetchJson<{ users: UserSummary[] }>("/api/users").then((body) => body.users),
  });

export function useUsers(initialUsers: UserSummary[]) {
  return useQuery({ ...usersQuery(), initialData: initialUsers });
}

/** Adds a local account (POST /api/users), then refreshes the list. */
export const createUserMutation = () =>
  refreshingMutation(queryKeys.users.all(), (body: CreateUserBody) =>
    fetchJson<{ user: UserSummary }>("/api/users", { method: "POST", body }).then(
      (answer) => answer.user,
    ),
  );

export function useCreateUser() {
  return useMutation(createUserMutation());
}

/** Changes one account's roles or disables it (PATCH /api/users/{id}), then refreshes the list. */
export const updateUserMutation = (userId: string) =>
  refreshingMutation(queryKeys.users.all(), (body: UpdateUserBody) =>
    fetchJson<{ user: UserSummary }>(`/api/users/${userId}`, { method: "PATCH", body }).then(
      (answer) => answer.user,
    ),
  );

export function useUpdateUser(userId: string) {
  return useMutation(updateUserMutation(userId));
}
