import "server-only";

/** A text file the browser saves under `filename` (ASCII-safe names only), never cached. */
export function textAttachment({ filename, text }: { filename: string; text: string }): Response {
  return new Response(text, {
    headers: {
      "content-type": "text/plain; charset=utf-8",
      "content-disposition": `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
      "cache-control": "no-store",
    },
  });
}
