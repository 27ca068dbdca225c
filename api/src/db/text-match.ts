// What a user's words match is one rule, PostgreSQL's search_fold() (case aside, ё as е, Latin letters without
// accents; see Migration20261206013600_search_fold): both sides are folded in SQL, the same on any cluster locale.
// Text goes to SQL as the user typed it; nothing here folds it.

export type Sql = { sql: string; params: unknown[] };

/** A LIKE pattern for "contains `text`", its wildcards escaped. */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** `expression` contains `text`. */
export const foldedContains = (expression: string, text: string): Sql => ({
  sql: `search_fold(${expression}) like search_fold(?)`,
  params: [containsPattern(text)],
});

/**
 * `expression` contains `text`, through a trigram index on `key` (the search_key of `expression`): the ASCII key lets
 * the index find a superset whatever the cluster's locale, search_fold keeps the real matches.
 */
export const indexedContains = (expression: string, key: string, text: string): Sql => ({
  // The fold's LIKE inside coalesce() is a boolean to the planner, which counts it as half the key's matches; as a
  // LIKE on an expression without statistics it counted 1 in 10,000 of them, and a common name nested loops.
  sql: `${key} like search_key(?) and coalesce(search_fold(${expression}) like search_fold(?), false)`,
  params: [containsPattern(text), containsPattern(text)],
});
