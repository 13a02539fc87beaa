import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";

/**
 * The shared fixture itself (e2e/fixtures/test.ts), on pages served by the test (page.route on
 * the portal's origin), so the timing is the test's own: a page that hydrates 1.5 s after load.
 */

const LATE_HYDRATION_MS = 1_500;

/** A page whose button works only once the page has "hydrated", like a React page. */
function lateHydratingPage(title: string) {
  return `<!doctype html><html data-hydrated="false"><head><title>${title}</title></head><body>
<button id="act">Act</button><p id="out"></p>
<script>
  setTimeout(() => {
    document.getElementById("act").onclick = () => {
      document.getElementById("out").textContent = "acted";
    };
    document.documentElement.dataset.hydrated = "true";
  }, ${LATE_HYDRATION_MS});
</script></body></html>`;
}

async function serve(page: Page, path: string, body: string, headers: Record<string, string> = {}) {
  await page.route(`**${path}`, (route) =>
    route.fulfill({ contentType: "text/html", headers, body }),
  );
}

test("goto and reload return only once the page has hydrated: the first click is not lost", async ({
  page,
}) => {
  await serve(page, "/__fixture/late", lateHydratingPage("late"));
  await page.goto("/__fixture/late");
  await page.getByRole("button", { name: "Act" }).click();
  // A lost click is never retried, so waiting for the text cannot hide one.
  await expect(page.locator("#out")).toHaveText("acted");

  await page.reload();
  await page.getByRole("button", { name: "Act" }).click();
  await expect(page.locator("#out")).toHaveText("acted");
});

test("after a click loads a new document, the next click waits for it to hydrate", async ({
  page,
}) => {
  await serve(page, "/__fixture/late", lateHydratingPage("late"));
  await serve(
    page,
    "/__fixture/start",
    `<!doctype html><html data-hydrated="true"><body><a href="/__fixture/late">Next</a></body></html>`,
  );
  await page.goto("/__fixture/start");
  await page.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveTitle("late");
  await page.getByRole("button", { name: "Act" }).click();
  await expect(page.locator("#out")).toHaveText("acted");
});

test("a page without the marker (an API answer) is not waited for", async ({ page }) => {
  const response = await page.goto("/api/health");
  expect(response?.status()).toBe(200);
});

test("a page with a Content-Security-Policy and no violation passes", async ({ page }) => {
  await serve(
    page,
    "/__fixture/csp-clean",
    `<!doctype html><html><body><p>clean</p></body></html>`,
    { "content-security-policy": "default-src 'self'; script-src 'none'" },
  );
  await page.goto("/__fixture/csp-clean");
  await expect(page.getByText("clean")).toBeVisible();
});

test.describe("a Content-Security-Policy violation", () => {
  // The fixture fails the test after its body: expected to fail, so this passes only if it does.
  test.fail();

  test("fails the test that caused it", async ({ page }) => {
    await serve(
      page,
      "/__fixture/csp-violated",
      `<!doctype html><html><body><p>page</p><script>document.title = "ran";</script></body></html>`,
      { "content-security-policy": "script-src 'none'" },
    );
    await page.goto("/__fixture/csp-violated");
    await expect(page.getByText("page")).toBeVisible();
  });

  test("fails it on a page opened from the browser, not only the page fixture", async ({
    browser,
  }) => {
    const page = await browser.newPage();
    await serve(
      page,
      "/__fixture/csp-image",
      `<!doctype html><html><body><img alt="blocked" src="/favicon.ico"></body></html>`,
      { "content-security-policy": "img-src 'none'" },
    );
    await page.goto("/__fixture/csp-image");
    await expect(page.getByAltText("blocked")).toBeAttached();
    await page.close();
  });
});
