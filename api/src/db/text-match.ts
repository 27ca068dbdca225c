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
 * A text contains `text`, through a trigram index on `key`, its search_key column, and `folded`, its search_fold
 * column: the key lets the index find the candidates whatever the cluster's locale, the fold keeps the real matches.
 * Both are stored, so a row costs no function call, and the planner counts the key's matches from its statistics.
 */
export const indexedContains = (folded: string, key: string, text: string): Sql => ({
  // The fold's LIKE inside coalesce() is a boolean to the planner, which counts it as half the key's matches: the key
  // finds almost only real matches (it keeps Cyrillic apart from Latin), and two LIKEs counted apart would multiply
  // into too few: a common short word would then be matched against every client before the inbox.
  sql: `${key} like search_key(?) and coalesce(${folded} like search_fold(?), false)`,
  params: [containsPattern(text), containsPattern(text)],
});
