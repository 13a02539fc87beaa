/**
 * The product's nouns and the one word each language uses for them. Every message that says the
 * English word says the Chinese one (lib/i18n/glossary.test.ts), so "link" is never 链路 on one
 * page and 连接 on the next. `notFor` lists English phrases that contain the word but mean
 * something else ("dead peer detection" is DPD, not a peer).
 */
export type GlossaryTerm = {
  en: RegExp;
  zh: string;
  /** Chinese words that must not stand for the term. */
  avoid: readonly string[];
  notFor?: readonly RegExp[];
};

export const GLOSSARY: Record<string, GlossaryTerm> = {
  link: { en: /\blinks?\b/i, zh: "链路", avoid: ["连接"] },
  tunnel: { en: /\btunnels?\b/i, zh: "隧道", avoid: [] },
  customerGateway: {
    en: /\bcustomer gateways?\b/i,
    zh: "对端网关",
    avoid: ["用户网关", "客户网关"],
  },
  gateway: { en: /\bgateways?\b/i, zh: "网关", avoid: [] },
  peer: { en: /\bpeers?\b/i, zh: "对端", avoid: [], notFor: [/dead peer detection/i, /\{peer\}/] },
  draft: { en: /\bdrafts?\b/i, zh: "草稿", avoid: [] },
};
