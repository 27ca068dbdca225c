import { Migration } from '@mikro-orm/migrations';

// Test runs in the process editor: hidden test versions (numbered 0, outside the published numbering) and each
// designer's test client per process.
export class Migration20261212000000_process_tests extends Migration {

  override name = 'Migration20261212000000_process_tests';

  override up(): void | Promise<void> {
    this.addSql(`alter table "process_version" add column "test" boolean not null default false;`);
    this.addSql(`alter table "process_version" drop constraint "process_version_process_id_version_unique";`);
    this.addSql(`create unique index "process_version_process_id_version_unique" on "process_version" ("process_id", "version") where not test;`);

    this.addSql(`create table "process_test" ("id" uuid not null, "project_id" uuid not null, "process_id" uuid not null, "designer" varchar(100) not null, "client_id" uuid not null, "client_channel_id" uuid not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "process_test" add constraint "process_test_process_id_designer_unique" unique ("process_id", "designer");`);
    this.addSql(`alter table "process_test" add constraint "process_test_project_id_foreign" foreign key ("project_id") references "project" ("id");`);
    this.addSql(`alter table "process_test" add constraint "process_test_process_id_foreign" foreign key ("process_id") references "process" ("id") on delete cascade;`);
    this.addSql(`alter table "process_test" add constraint "process_test_client_id_foreign" foreign key ("client_id") references "client" ("id") on delete cascade;`);
    this.addSql(`alter table "process_test" add constraint "process_test_client_channel_id_foreign" foreign key ("client_channel_id") references "client_channel" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "process_test" cascade;`);
    this.addSql(`delete from "process_version" where "test";`);
    this.addSql(`drop index if exists "process_version_process_id_version_unique";`);
    this.addSql(`alter table "process_version" add constraint "process_version_process_id_version_unique" unique ("process_id", "version");`);
    this.addSql(`alter table "process_version" drop column "test";`);
  }

}
