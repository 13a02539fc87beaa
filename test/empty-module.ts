// Stands in for "server-only" under Vitest: that package throws outside Next's server build.
export {};
