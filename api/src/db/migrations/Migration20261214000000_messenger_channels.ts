import { Migration } from '@mikro-orm/migrations';

export class Migration20261214000000_messenger_channels extends Migration {

  override name = 'Migration20261214000000_messenger_channels';

  override up(): void | Promise<void> {
    this.addSql(`create table "inbound_event" ("id" uuid not null, "project_id" uuid not null, "channel_id" uuid not null, "key" varchar(300) not null, "event" jsonb not null, "received_at" timestamptz not null, "processed_at" timestamptz null, "attempts" int not null default 0, "error" varchar(500) null, "processing_until" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "inbound_event_pending_idx" on "inbound_event" ("received_at") where "processed_at" is null;`);
    this.addSql(`create index "inbound_event_processed_idx" on "inbound_event" ("processed_at") where "processed_at" is not null;`);
    this.addSql(`alter table "inbound_event" add constraint "inbound_event_key_unique" unique ("channel_id", "key");`);

    this.addSql(`alter table "channel" add "status" text not null default 'ACTIVE', add "config" jsonb not null default '{}', add "secrets" text null, add "connected_at" timestamptz null, add "last_inbound_at" timestamptz null, add "last_error" varchar(500) null, add "last_error_at" timestamptz null, add "listen_position" text null, add "listen_owner" varchar(255) null, add "listen_until" timestamptz null;`);
    this.addSql(`alter table "channel" add constraint "channel_status_check" check ("status" in ('ACTIVE', 'PAUSED', 'DISCONNECTED'));`);

    this.addSql(`alter table "client_channel" add "unreachable_at" timestamptz null;`);

    this.addSql(`alter table "message" add "subject" varchar(998) null, add "html" text null, add "failure_code" varchar(255) null;`);
    this.addSql(`create index "message_external_idx" on "message" ("external_id") where "external_id" is not null;`);

    this.addSql(`alter table "inbound_event" add constraint "inbound_event_project_id_foreign" foreign key ("project_id") references "project" ("id");`);
    this.addSql(`alter table "inbound_event" add constraint "inbound_event_channel_id_foreign" foreign key ("channel_id") references "channel" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "inbound_event" cascade;`);

    this.addSql(`alter table "channel" drop constraint "channel_status_check";`);
    this.addSql(`alter table "channel" drop column "status", drop column "config", drop column "secrets", drop column "connected_at", drop column "last_inbound_at", drop column "last_error", drop column "last_error_at", drop column "listen_position", drop column "listen_owner", drop column "listen_until";`);

    this.addSql(`alter table "client_channel" drop column "unreachable_at";`);

    this.addSql(`drop index "message_external_idx";`);
    this.addSql(`alter table "message" drop column "subject", drop column "html", drop column "failure_code";`);
  }

}
