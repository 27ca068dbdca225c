import { Migration } from '@mikro-orm/migrations';

export class Migration20261208000000_broadcasts extends Migration {

  override name = 'Migration20261208000000_broadcasts';

  override up(): void | Promise<void> {
    this.addSql(`create table "broadcast" ("id" uuid not null, "project_id" uuid not null, "created_by_id" uuid null, "text" text not null, "file_ids" text[] not null default '{}', "channel_rule" text not null, "channel_id" uuid null, "audience" jsonb not null, "status" text not null, "send_at" timestamptz null, "rate_per_second" int not null, "total" int not null default 0, "sent" int not null default 0, "failed" int not null default 0, "skipped" int not null default 0, "created_at" timestamptz not null, "started_at" timestamptz null, "finished_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "broadcast_project_id_created_at_index" on "broadcast" ("project_id", "created_at");`);

    this.addSql(`create table "broadcast_recipient" ("id" uuid not null, "broadcast_id" uuid not null, "client_id" uuid not null, "status" text not null default 'PENDING', "reason" text null, "channel_id" uuid null, "message_id" uuid null, "created_at" timestamptz not null, "processed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "broadcast_recipient_broadcast_id_status_created_at_id_index" on "broadcast_recipient" ("broadcast_id", "status", "created_at", "id");`);
    this.addSql(`create index "broadcast_recipient_broadcast_id_created_at_id_index" on "broadcast_recipient" ("broadcast_id", "created_at", "id");`);
    this.addSql(`alter table "broadcast_recipient" add constraint "broadcast_recipient_broadcast_id_client_id_unique" unique ("broadcast_id", "client_id");`);

    this.addSql(`alter table "broadcast" add constraint "broadcast_project_id_foreign" foreign key ("project_id") references "project" ("id");`);
    this.addSql(`alter table "broadcast" add constraint "broadcast_created_by_id_foreign" foreign key ("created_by_id") references "operator" ("id") on delete set null;`);
    this.addSql(`alter table "broadcast" add constraint "broadcast_channel_id_foreign" foreign key ("channel_id") references "channel" ("id") on delete set null;`);
    this.addSql(`alter table "broadcast" add constraint "broadcast_channel_rule_check" check ("channel_rule" in ('LATEST', 'CHANNEL'));`);
    this.addSql(`alter table "broadcast" add constraint "broadcast_status_check" check ("status" in ('SCHEDULED', 'RUNNING', 'PAUSED', 'CANCELLED', 'COMPLETED'));`);

    this.addSql(`alter table "broadcast_recipient" add constraint "broadcast_recipient_broadcast_id_foreign" foreign key ("broadcast_id") references "broadcast" ("id") on delete cascade;`);
    this.addSql(`alter table "broadcast_recipient" add constraint "broadcast_recipient_client_id_foreign" foreign key ("client_id") references "client" ("id") on delete cascade;`);
    this.addSql(`alter table "broadcast_recipient" add constraint "broadcast_recipient_channel_id_foreign" foreign key ("channel_id") references "channel" ("id") on delete set null;`);
    this.addSql(`alter table "broadcast_recipient" add constraint "broadcast_recipient_status_check" check ("status" in ('PENDING', 'SENT', 'FAILED', 'SKIPPED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "broadcast_recipient" cascade;`);
    this.addSql(`drop table if exists "broadcast" cascade;`);
  }

}
