import type { MessageKeys, Messages, NestedKeyOf } from "next-intl";

/** The full key of any message (`lint.crypto.…`, `lint.address.…`, …). */
export type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;

/**
 * A finding's message key, which the finding carries as text (`lint.crypto.<rule>` or
 * `lint.address.<rule>`): typed here as a key of the messages. That every rule has its message in
 * both languages is checked by lib/design/messages.test.ts, not by the compiler.
 */
export function findingMessageKey(key: string): MessageKey {
  return key as MessageKey;
}

/**
 * The message citing the standard behind a crypto finding (`lint.citations.<rule>`), so the
 * citation reads in the reader's language; lib/design/messages.test.ts checks every rule has one.
 */
export function citationMessageKey(rule: string): MessageKey {
  return `lint.citations.${rule}` as MessageKey;
}
