/**
 * A run taken over this many times keeps dying mid-way (a bug, a poison plan): stop resuming it
 * instead of looping, and let a person look (it can be retried once fixed). Applies to a link's
 * creation run and to a link plan's (teardown, clean-up) alike.
 */
export const MAX_CLAIMS = 25;

/** How a run claimed more than MAX_CLAIMS times is refused (`execution.refused`). */
export const TOO_MANY_RESUMES = {
  code: "Portal.TooManyResumes",
  message: `The execution was interrupted ${MAX_CLAIMS} times; it is no longer resumed automatically.`,
};
