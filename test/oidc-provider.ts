import { createServer, type Server } from "node:http";
import Provider from "oidc-provider";
import { freePort } from "./postgres-cluster";

/**
 * A real OpenID Connect provider (the `oidc-provider` package) on 127.0.0.1 and a random port,
 * with its development login form, for end-to-end sign-in tests.
 */

export type TestAccount = { email: string; name: string; groups: string[] };

export async function startOidcProvider(options: {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  accounts: Map<string, TestAccount>;
}): Promise<{ issuer: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    claims: {
      // Like most IdPs with a groups mapper: the groups claim comes with the openid scope.
      openid: ["sub", "groups"],
      email: ["email", "email_verified"],
      profile: ["name"],
    },
    conformIdTokenClaims: false,
    cookies: { keys: ["oidc-test-cookie-key"] },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx, id) {
      const account = options.accounts.get(id);
      if (!account) return undefined;
      return {
        accountId: id,
        claims: () => ({
          sub: id,
          email: account.email,
          email_verified: true,
          name: account.name,
          groups: account.groups,
        }),
      };
    },
    // First-party client: no consent screen.
    async loadExistingGrant(ctx) {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client!.clientId,
        accountId: ctx.oidc.session!.accountId!,
      });
      grant.addOIDCScope("openid email profile");
      grant.addOIDCClaims(["email", "email_verified", "name", "groups"]);
      await grant.save();
      return grant;
    },
  });
  provider.on("server_error", () => undefined);
  const server: Server = createServer(provider.callback());
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    issuer,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Plays the browser at the IdP: follows redirects with a cookie jar and submits the login form
 * as `accountId`, until the IdP redirects to the portal's callback. Returns that callback URL.
 */
export async function loginAtProvider(authorizationUrl: string, accountId: string): Promise<URL> {
  const jar = new Map<string, string>();
  let next: { url: string; init?: RequestInit } = { url: authorizationUrl };
  for (let step = 0; step < 12; step++) {
    const response = await fetch(next.url, {
      ...next.init,
      redirect: "manual",
      headers: {
        ...(next.init?.headers as Record<string, string> | undefined),
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
      },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ""] = cookie.split(";");
      const eq = pair.indexOf("=");
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    const location = response.headers.get("location");
    if (location) {
      const target = new URL(location, next.url);
      if (!target.href.startsWith(new URL(authorizationUrl).origin)) return target;
      next = { url: target.href };
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`IdP answered ${response.status} without a form or redirect`);
    const body = new URLSearchParams({
      prompt: html.includes('name="login"') ? "login" : "consent",
    });
    body.set("login", accountId);
    body.set("password", "any");
    next = {
      url: new URL(action.replace(/&amp;/g, "&"), next.url).href,
      init: {
        method: "POST",
        body: body.toString(),
        headers: { "content-type": "application/x-www-form-urlencoded" },
      },
    };
  }
  throw new Error("IdP login did not finish");
}
