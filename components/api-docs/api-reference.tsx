"use client";

import "@scalar/api-reference/style.css";
import { useEffect, useRef } from "react";

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
      });
    });
    return () => {
      unmounted = true;
      app?.destroy();
    };
  }, [documentUrl]);
  return <div ref={container} data-testid="api-reference" />;
}
