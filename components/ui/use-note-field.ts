import { useState } from "react";
import { useBodyCheck } from "./use-body-check";

/**
 * A note typed beside a request (a comment, a reason) and the check of the body that carries it:
 * `text` is the note as sent (trimmed, undefined when blank); `field` binds a TextAreaField to the
 * note and shows what `check` last found wrong.
 */
export function useNoteField() {
  const [value, setValue] = useState("");
  const body = useBodyCheck();
  return {
    text: value.trim() || undefined,
    check: body.check,
    field: { value, onChange: setValue, error: body.error },
  };
}
