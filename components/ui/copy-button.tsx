"use client";

import { useState } from "react";
import { secondaryButtonClass } from "./submit-row";

/** Copies `text` to the clipboard; says `copiedLabel` once it did. */
export function CopyButton({
  text,
  label,
  copiedLabel,
}: {
  text: string;
  label: string;
  copiedLabel: string;
}) {
  const [copiedText, setCopiedText] = useState<string | null>(null);
  return (
    <button
      type="button"
      className={secondaryButtonClass}
      disabled={!text}
      onClick={() => {
        void navigator.clipboard?.writeText(text).then(() => setCopiedText(text));
      }}
    >
      {copiedText === text ? copiedLabel : label}
    </button>
  );
}
