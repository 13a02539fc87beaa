"use client";

import "@scalar/api-reference/style.css";
import { useEffect, useRef } from "react";

/**
 * Scalar's light theme draws muted text and the method colours below WCAG AA's 4.5:1 (#8e8e8e on
 * white is 3.3:1): these keep its look, darkened until each reaches 4.5:1 on its backgrounds.
 */
const READABLE_COLOURS = `.light-mode {
  --scalar-color-2: #595959 !important;
  --scalar-color-3: #666666 !important;
  --scalar-color-green: #00704a !important;
  --scalar-color-orange: #a63b00 !important;
  --scalar-color-red: #c20005 !important;
  --scalar-color-yellow: #7a6000 !important;
}`;

/**
 * The Scalar reference of the portal's OpenAPI document. Its code and styles are bundled with
 * the portal's own chunks (nothing from a CDN); telemetry, the default web fonts, the AI agent
 * and the MCP panel are off, so the page works with no internet.
 */
export function ApiReference({ documentUrl }: { documentUrl: string }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let app: { destroy: () => void } | undefined;
    let unmounted = false;
    void import("@scalar/api-reference").then(({ createApiReference }) => {
      if (unmounted || !container.current) return;
      app = createApiReference(container.current, {
        url: documentUrl,
        telemetry: false,
        withDefaultFonts: false,
        agent: { disabled: true },
        mcp: { disabled: true },
        hideClientButton: true,
        hideDarkModeToggle: true,
        showDeveloperTools: "never",
        documentDownloadType: "json",
        customCss: READABLE_COLOURS,
      });
    });
    return () => {
      unmounted = true;
      app?.destroy();
    };
  }, [documentUrl]);
  return <div ref={container} data-testid="api-reference" />;
}
