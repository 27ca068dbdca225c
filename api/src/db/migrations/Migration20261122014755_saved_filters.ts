import { Migration } from '@mikro-orm/migrations';

export class Migration20261122014755_saved_filters extends Migration {

  override name = 'Migration20261122014755_saved_filters';

  override up(): void | Promise<void> {
    this.addSql(`create table "saved_filter" ("id" uuid not null, "project_id" uuid not null, "owner_id" uuid not null, "name" varchar(255) not null, "shared" boolean not null default false, "filter" jsonb not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "saved_filter_project_id_index" on "saved_filter" ("project_id");`);

    this.addSql(`alter table "saved_filter" add constraint "saved_filter_project_id_foreign" foreign key ("project_id") references "project" ("id");`);
    this.addSql(`alter table "saved_filter" add constraint "saved_filter_owner_id_foreign" foreign key ("owner_id") references "operator" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "saved_filter" cascade;`);
  }

}
