/** A cloud error's explanation for a person: what happened and what to do, in English and Chinese. */
export type Explanation = { en: string; zh: string };
