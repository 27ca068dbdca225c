import { Migration } from '@mikro-orm/migrations';
import { cyrillic, latin, searchKey as asciiSearchKey } from './Migration20261206013600_search_fold.ts';

// Client search on the embedded PostgreSQL (`--locale=C`) walked the inbox and computed each client's key and fold
// again per row (about 8 µs each), and its key mapped Петров and Petrov alike, so a Russian name's index hits were
// half Latin ones the fold then threw away. Now:
// - search_key writes each Cyrillic letter as "0" and a capital (Петров: 0P0E0T0R0O0V): ASCII, so pg_trgm indexes
//   it on any locale, and apart from Latin text, whose fold has no capitals; still one code per character, so the
//   key of a text holds the key of its parts;
// - the client's key and folded text are stored columns, computed once per write: what the index finds is checked,
//   and what the planner estimates is counted (the statistics of a column), without a function call per row.
const capitals = latin.toUpperCase();
const searchKey = `case when $1 ~ '[À-ӿ]' then regexp_replace(translate(search_fold($1), '${cyrillic}', '${capitals}'), '([A-Z])', '0\\1', 'g') else fold_case($1) end`;

const clientSearchKey = `search_key(name) || ' ' || search_key(coalesce(phone, '')) || ' ' || search_key(coalesce(email, ''))`;
const clientSearchText = `search_fold(name || ' ' || coalesce(phone, '') || ' ' || coalesce(email, ''))`;

export class Migration20261216100000_client_search_columns extends Migration {

  override name = 'Migration20261216100000_client_search_columns';

  override up(): void | Promise<void> {
    this.addSql(`create or replace function search_key(text) returns text language sql immutable parallel safe return ${searchKey};`);
    this.addSql(`drop index "client_search_idx";`);
    this.addSql(`alter table "client" add "search_key" text generated always as (${clientSearchKey}) stored, add "search_text" text generated always as (${clientSearchText}) stored;`);
    this.addSql(`create index "client_search_idx" on "client" using gin ("search_key" gin_trgm_ops);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "client_search_idx";`);
    this.addSql(`alter table "client" drop column "search_key", drop column "search_text";`);
    this.addSql(`create or replace function search_key(text) returns text language sql immutable parallel safe return ${asciiSearchKey};`);
    this.addSql(`create index "client_search_idx" on "client" using gin ((${clientSearchKey}) gin_trgm_ops);`);
  }

}
