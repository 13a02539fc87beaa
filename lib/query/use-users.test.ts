import { MutationObserver, QueryClient, QueryObserver } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeApi } from "@/test/fake-api";
import { createUserMutation, updateUserMutation, usersQuery, type UserSummary } from "./use-users";

const ADA: UserSummary = {
  id: "7d0c2a1e-0000-4000-8000-00000000000a",
  email: "ada@example.com",
  name: "Ada",
  roles: ["requester"],
  disabled: false,
  sso: false,
};

afterEach(() => vi.unstubAllGlobals());

describe("the users queries", () => {
  it("refresh the list after an account is created, and give the created account", async () => {
    let users: UserSummary[] = [];
    const requests = fakeApi({
      "GET /api/users": () => ({ users }),
      "POST /api/users": () => ((users = [ADA]), { user: ADA }),
    });
    const client = new QueryClient();
    const observer = new QueryObserver(client, usersQuery());
    const unsubscribe = observer.subscribe(() => {});
    await vi.waitFor(() => expect(observer.getCurrentResult().data).toEqual([]));
    const created = await new MutationObserver(client, createUserMutation()).mutate({
      email: ADA.email,
      name: ADA.name,
      roles: ADA.roles,
      password: "correct horse",
    });
    expect(created).toEqual(ADA);
    expect(observer.getCurrentResult().data).toEqual([ADA]);
    expect(requests).toEqual(["GET /api/users", "POST /api/users", "GET /api/users"]);
    unsubscribe();
  });

  it("refresh the list after an account changes", async () => {
    const requests = fakeApi({
      "GET /api/users": () => ({ users: [ADA] }),
      [`PATCH /api/users/${ADA.id}`]: () => ({ user: { ...ADA, disabled: true } }),
    });
    const client = new QueryClient();
    const unsubscribe = new QueryObserver(client, usersQuery()).subscribe(() => {});
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    await new MutationObserver(client, updateUserMutation(ADA.id)).mutate({
      disabled: true,
    });
    expect(requests).toEqual(["GET /api/users", `PATCH /api/users/${ADA.id}`, "GET /api/users"]);
    unsubscribe();
  });
});
