"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import type { Role } from "@/lib/permissions/permissions";
import { ApiError } from "@/lib/query/fetch-json";
import { useSignIn } from "@/lib/query/use-session";
import { SubmitButton } from "@/components/ui/submit-row";
import { DemoUserList } from "./demo-user-list";

type Props = {
  next: string;
  ssoEnabled: boolean;
  ssoError: "sso_failed" | "no_roles" | null;
  demo: {
    users: readonly { email: string; name: string; roles: Role[] }[];
    password: string;
  } | null;
};

/** The two fields, each its own input type and the autocomplete password managers look for. */
const CREDENTIAL_FIELDS = [
  { name: "email", autoComplete: "username" },
  { name: "password", autoComplete: "current-password" },
] as const;

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-slate-900 focus:border-brand-600 focus:outline-2 focus:outline-brand-600";

export function SignInForm({ next, ssoEnabled, ssoError, demo }: Props) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [credentials, setCredentials] = useState({ email: "", password: "" });
  const signIn = useSignIn();
  const signInAs = (body: { email: string; password: string }) =>
    signIn.mutate(body, {
      onSuccess: () => {
        router.replace(next);
        router.refresh();
      },
    });

  function submit(event: FormEvent) {
    event.preventDefault();
    signInAs(credentials);
  }

  const error = signIn.error
    ? errorKey(signIn.error)
    : ssoError === "no_roles"
      ? "ssoNoRoles"
      : ssoError
        ? "ssoFailed"
        : null;

  return (
    <div className="space-y-8">
      <section className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
        <form onSubmit={submit} className="mt-6 space-y-4" noValidate>
          {CREDENTIAL_FIELDS.map(({ name, autoComplete }) => (
            <label key={name} className="block text-sm font-medium text-slate-700">
              {t(name)}
              <input
                type={name}
                name={name}
                autoComplete={autoComplete}
                required
                value={credentials[name]}
                onChange={(event) => setCredentials({ ...credentials, [name]: event.target.value })}
                className={inputClass}
              />
            </label>
          ))}
          {error ? (
            <p
              role="alert"
              data-testid="sign-in-error"
              className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800"
            >
              {t(error)}
            </p>
          ) : null}
          <SubmitButton
            wide
            pending={signIn.isPending}
            label={t("submit")}
            pendingLabel={t("submitting")}
          />
        </form>
        {ssoEnabled ? (
          <div className="mt-4 space-y-4 text-center">
            <p className="text-xs uppercase text-slate-400">{t("or")}</p>
            <a
              href={`/api/auth/oidc/start?next=${encodeURIComponent(next)}`}
              className="block w-full rounded-md border border-slate-300 px-4 py-2 font-medium text-slate-800 hover:bg-slate-50"
            >
              {t("sso")}
            </a>
          </div>
        ) : null}
      </section>
      {demo ? (
        <DemoUserList
          users={demo.users}
          password={demo.password}
          disabled={signIn.isPending}
          onPick={(user) => {
            const picked = { email: user.email, password: demo.password };
            setCredentials(picked);
            signInAs(picked);
          }}
        />
      ) : null}
    </div>
  );
}

function errorKey(error: Error) {
  if (!(error instanceof ApiError)) return "failed";
  if (error.code === "rate_limited") return "throttled";
  if (error.code === "unauthorized") return "wrongCredentials";
  if (error.code === "bad_request" || error.code === "unprocessable") return "invalid";
  return "failed";
}
