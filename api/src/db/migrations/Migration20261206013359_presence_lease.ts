import { Migration } from '@mikro-orm/migrations';

export class Migration20261206013359_presence_lease extends Migration {

  override name = 'Migration20261206013359_presence_lease';

  override up(): void | Promise<void> {
    this.addSql(`create table "presence_lease" ("id" uuid not null, "operator_id" uuid not null, "token_id" uuid not null, "expires_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "presence_lease_token_id_index" on "presence_lease" ("token_id");`);
    this.addSql(`create index "presence_lease_operator_idx" on "presence_lease" ("operator_id", "expires_at");`);
    this.addSql(`create index "presence_lease_expires_idx" on "presence_lease" ("expires_at");`);

    this.addSql(`alter table "operator" add "online_until" timestamptz null;`);
    this.addSql(`create index "operator_online_idx" on "operator" ("project_id", "online_until") where "presence" = 'ONLINE';`);
    this.addSql(`create index "operator_lease_idx" on "operator" ("online_until") where "online_until" is not null;`);

    this.addSql(`alter table "presence_lease" add constraint "presence_lease_operator_id_foreign" foreign key ("operator_id") references "operator" ("id") on delete cascade;`);
    this.addSql(`alter table "presence_lease" add constraint "presence_lease_token_id_foreign" foreign key ("token_id") references "auth_token" ("id") on delete cascade;`);

    // Periods now record the presence everyone saw; nobody holds a lease yet, so nobody is online or away from now.
    this.addSql(`update "presence_period" set "ended_at" = now() where "ended_at" is null and "status" <> 'OFFLINE';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "presence_lease" cascade;`);

    this.addSql(`drop index "operator_online_idx";`);
    this.addSql(`drop index "operator_lease_idx";`);
    this.addSql(`alter table "operator" drop column "online_until";`);
  }

}
