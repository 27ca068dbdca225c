import { Migration } from '@mikro-orm/migrations';

export class Migration20261122011155_search extends Migration {

  override name = 'Migration20261122011155_search';

  override up(): void | Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create index "client_search_idx" on "client" using gin ((lower(name || ' ' || coalesce(phone, '') || ' ' || coalesce(email, ''))) gin_trgm_ops);`);

    this.addSql(`alter table "message" add "search" tsvector generated always as (to_tsvector('russian'::regconfig, text)) stored null;`);
    this.addSql(`create index "message_search_idx" on "message" using gin ("search");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "client_search_idx";`);

    this.addSql(`drop index "message_search_idx";`);
    this.addSql(`alter table "message" drop column "search";`);
  }

}
