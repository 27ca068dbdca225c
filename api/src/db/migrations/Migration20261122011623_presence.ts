import { Migration } from '@mikro-orm/migrations';

export class Migration20261122011623_presence extends Migration {

  override name = 'Migration20261122011623_presence';

  override up(): void | Promise<void> {
    this.addSql(`create table "presence_period" ("id" uuid not null, "project_id" uuid not null, "operator_id" uuid not null, "status" text not null, "started_at" timestamptz not null, "ended_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "presence_period_project_id_index" on "presence_period" ("project_id");`);
    this.addSql(`create index "presence_period_operator_idx" on "presence_period" ("operator_id", "started_at");`);

    this.addSql(`alter table "project" add "auto_assign" boolean not null default true;`);

    this.addSql(`alter table "operator" add "presence" text not null default 'OFFLINE', add "capacity" int not null default 10, add "last_assigned_at" timestamptz null;`);
    this.addSql(`alter table "operator" add constraint "operator_presence_check" check ("presence" in ('ONLINE', 'AWAY', 'OFFLINE'));`);

    this.addSql(`alter table "presence_period" add constraint "presence_period_project_id_foreign" foreign key ("project_id") references "project" ("id");`);
    this.addSql(`alter table "presence_period" add constraint "presence_period_operator_id_foreign" foreign key ("operator_id") references "operator" ("id");`);
    this.addSql(`alter table "presence_period" add constraint "presence_period_status_check" check ("status" in ('ONLINE', 'AWAY', 'OFFLINE'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "presence_period" cascade;`);

    this.addSql(`alter table "operator" drop constraint "operator_presence_check";`);
    this.addSql(`alter table "operator" drop column "presence", drop column "capacity", drop column "last_assigned_at";`);

    this.addSql(`alter table "project" drop column "auto_assign";`);
  }

}
