import { useTranslations } from "next-intl";
import { useState } from "react";
import type { z } from "zod";

/**
 * Checks a request body against its schema before it is sent, saving a round trip: `check` gives
 * the parsed body, or undefined while `error` says what is wrong, in the reader's language (the
 * schemas' messages are message keys). The server checks again.
 */
export function useBodyCheck() {
  const t = useTranslations();
  const [issue, setIssue] = useState<string>();
  function check<Body>(schema: z.ZodType<Body>, body: unknown): Body | undefined {
    const parsed = schema.safeParse(body);
    // A failed parse always has an issue; the fallback only satisfies the type.
    setIssue(
      parsed.success ? undefined : (parsed.error.issues[0]?.message ?? "validation.textInvalid"),
    );
    return parsed.success ? parsed.data : undefined;
  }
  return { check, error: issue ? t(issue as "validation.textInvalid") : undefined };
}
