"use client";

import { useEffect } from "react";

/**
 * Turns the server-rendered `<html data-hydrated="false">` into "true" once React has hydrated
 * the page. Until then a click on a button does nothing (no handler is attached yet), so the
 * end-to-end tests wait for this marker after every page load (e2e/fixtures/test.ts).
 */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
}
