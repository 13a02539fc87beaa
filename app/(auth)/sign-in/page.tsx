import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/auth/demo-users";
import { oidcEnabled } from "@/lib/auth/oidc-config";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { env } from "@/lib/env";

export async function generateMetadata() {
  const t = await getTranslations("auth");
  return { title: t("title") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const next = safeNextPath(typeof params.next === "string" ? params.next : undefined);
  if (await getCurrentUser()) redirect(next);
  const sandbox = env().mode === "sandbox";
  const error = params.error === "sso_failed" || params.error === "no_roles" ? params.error : null;
  return (
    <SignInForm
      next={next}
      ssoEnabled={oidcEnabled()}
      ssoError={error}
      demo={sandbox ? { users: DEMO_USERS, password: DEMO_PASSWORD } : null}
    />
  );
}
