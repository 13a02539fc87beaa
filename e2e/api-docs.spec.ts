import { expect, test } from "./fixtures/test";
import en from "../messages/en.json" with { type: "json" };
import { DEMO, signIn } from "./fixtures/sign-in";

/** The portal must work with no internet: every request the page makes stays on this machine. */
function leavesLoopback(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === "data:" || protocol === "blob:" || protocol === "about:") return false;
  return !["127.0.0.1", "localhost", "[::1]"].includes(hostname);
}

test("the API reference renders the document with no request leaving loopback", async ({
  page,
}) => {
  await signIn(page, { email: DEMO.viewer });
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));

  await page.goto("/");
  const nav = page.getByRole("navigation", { name: en.nav.label });
  await nav.getByRole("link", { name: en.nav.apiDocs, exact: true }).click();
  await expect(page).toHaveURL("/api-docs");
  // The portal's own title (Scalar renders the document's title as another h1 once it has loaded).
  await expect(
    page.getByRole("heading", { level: 1, name: en.pages.apiDocs.title, exact: true }),
  ).toBeVisible();

  // An operation of the document, rendered by Scalar from /api/openapi.json.
  const reference = page.getByTestId("api-reference");
  await expect(reference.getByText("List links").first()).toBeVisible({ timeout: 30_000 });
  await expect(reference.getByText("Show a link").first()).toBeVisible();
  await page.waitForLoadState("networkidle");

  expect(requests.some((url) => url.endsWith("/api/openapi.json"))).toBe(true);
  expect(requests.filter(leavesLoopback)).toEqual([]);
});

test("the document is served to signed-in people only", async ({ page, request }) => {
  expect((await request.get("/api/openapi.json")).status()).toBe(401);
  await signIn(page, { email: DEMO.viewer });
  const answer = await page.request.get("/api/openapi.json");
  expect(answer.status()).toBe(200);
  expect(await answer.json()).toMatchObject({ openapi: "3.1.0", paths: { "/api/links": {} } });
});
