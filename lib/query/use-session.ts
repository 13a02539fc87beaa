import { mutationOptions, useMutation } from "@tanstack/react-query";
import { fetchJson } from "./fetch-json";

/** Signs in with a local account (POST /api/auth/sign-in); the answer sets the session cookie. */
export const signInMutation = () =>
  mutationOptions({
    mutationFn: (body: { email: string; password: string }) =>
      fetchJson<unknown>("/api/auth/sign-in", { method: "POST", body }),
  });

export function useSignIn() {
  return useMutation(signInMutation());
}

/** Ends the session (POST /api/auth/sign-out). */
export const signOutMutation = () =>
  mutationOptions({
    mutationFn: () => fetchJson<unknown>("/api/auth/sign-out", { method: "POST" }),
  });

export function useSignOut() {
  return useMutation(signOutMutation());
}
