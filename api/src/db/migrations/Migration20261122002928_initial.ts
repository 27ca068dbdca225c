import { Migration } from '@mikro-orm/migrations';

export class Migration20261122002928_initial extends Migration {

  override name = 'Migration20261122002928_initial';

  override up(): void | Promise<void> {
    this.addSql(`create table "project" ("id" uuid not null, "name" varchar(255) not null, "time_zone" varchar(255) not null default 'UTC', "created_at" timestamptz not null, primary key ("id"));`);

    this.addSql(`create table "operator" ("id" uuid not null, "project_id" uuid not null, "name" varchar(255) not null, "email" varchar(255) not null, "password_hash" varchar(255) not null, "avatar_url" varchar(255) null, "role" text not null default 'OPERATOR', "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "operator_project_id_index" on "operator" ("project_id");`);
    this.addSql(`alter table "operator" add constraint "operator_email_unique" unique ("email");`);

    this.addSql(`create table "client" ("id" uuid not null, "project_id" uuid not null, "name" varchar(255) not null, "avatar_url" varchar(255) null, "phone" varchar(255) null, "email" varchar(255) null, "created_at" timestamptz not null, "last_activity_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "client_project_id_last_activity_at_index" on "client" ("project_id", "last_activity_at");`);

    this.addSql(`create table "channel" ("id" uuid not null, "project_id" uuid not null, "kind" text not null, "name" varchar(255) not null, "public_key" varchar(255) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "channel_project_id_index" on "channel" ("project_id");`);
    this.addSql(`alter table "channel" add constraint "channel_public_key_unique" unique ("public_key");`);

    this.addSql(`create table "client_channel" ("id" uuid not null, "project_id" uuid not null, "client_id" uuid not null, "channel_id" uuid not null, "platform_id" varchar(255) not null, "access_token_hash" varchar(255) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "client_channel_project_id_index" on "client_channel" ("project_id");`);
    this.addSql(`create index "client_channel_client_id_index" on "client_channel" ("client_id");`);
    this.addSql(`alter table "client_channel" add constraint "client_channel_access_token_hash_unique" unique ("access_token_hash");`);
    this.addSql(`alter table "client_channel" add constraint "client_channel_channel_id_platform_id_unique" unique ("channel_id", "platform_id");`);

    this.addSql(`create table "conversation" ("id" uuid not null, "project_id" uuid not null, "client_id" uuid not null, "channel_id" uuid not null, "client_channel_id" uuid not null, "status" text not null default 'OPEN', "assignee_id" uuid null, "last_activity_at" timestamptz not null, "last_message_id" uuid null, "unread_count" int not null default 0, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "conversation_client_id_index" on "conversation" ("client_id");`);
    this.addSql(`alter table "conversation" add constraint "conversation_client_channel_id_unique" unique ("client_channel_id");`);
    this.addSql(`create index "conversation_assignee_id_index" on "conversation" ("assignee_id");`);
    this.addSql(`create index "conversation_inbox_idx" on "conversation" ("project_id", "last_activity_at", "id");`);

    this.addSql(`create table "message" ("id" uuid not null, "project_id" uuid not null, "conversation_id" uuid not null, "direction" text not null, "sender_kind" text not null, "author_id" uuid null, "text" text not null, "status" text not null, "failure_reason" varchar(255) null, "dedupe_key" varchar(255) null, "external_id" varchar(255) null, "created_at" timestamptz not null, "sent_at" timestamptz null, "delivered_at" timestamptz null, "read_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "message_project_id_index" on "message" ("project_id");`);
    this.addSql(`create index "message_timeline_idx" on "message" ("conversation_id", "created_at", "id");`);
    this.addSql(`create index "message_queued_idx" on "message" ("created_at") where "status" = 'QUEUED';`);
    this.addSql(`alter table "message" add constraint "message_dedupe_key_unique" unique ("conversation_id", "dedupe_key");`);

    this.addSql(`create table "auth_token" ("id" uuid not null, "project_id" uuid not null, "operator_id" uuid null, "kind" text not null, "name" varchar(255) null, "token_hash" varchar(255) not null, "created_at" timestamptz not null, "expires_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "auth_token_project_id_index" on "auth_token" ("project_id");`);
    this.addSql(`create index "auth_token_operator_id_index" on "auth_token" ("operator_id");`);
    this.addSql(`alter table "auth_token" add constraint "auth_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`alter table "operator" add constraint "operator_project_id_foreign" foreign key ("project_id") references "project" ("id");`);
    this.addSql(`alter table "operator" add constraint "operator_role_check" check ("role" in ('OWNER', 'ADMIN', 'MANAGER', 'OPERATOR'));`);

    this.addSql(`alter table "client" add constraint "client_project_id_foreign" foreign key ("project_id") references "project" ("id");`);

    this.addSql(`alter table "channel" add constraint "channel_project_id_foreign" foreign key ("project_id") references "project" ("id");`);
    this.addSql(`alter table "channel" add constraint "channel_kind_check" check ("kind" in ('WEBCHAT', 'TELEGRAM', 'WHATSAPP', 'VK', 'EMAIL'));`);

    this.addSql(`alter table "client_channel" add constraint "client_channel_project_id_foreign" foreign key ("project_id") references "project" ("id");`);
    this.addSql(`alter table "client_channel" add constraint "client_channel_client_id_foreign" foreign key ("client_id") references "client" ("id");`);
    this.addSql(`alter table "client_channel" add constraint "client_channel_channel_id_foreign" foreign key ("channel_id") references "channel" ("id");`);

    this.addSql(`alter table "conversation" add constraint "conversation_project_id_foreign" foreign key ("project_id") references "project" ("id");`);
    this.addSql(`alter table "conversation" add constraint "conversation_client_id_foreign" foreign key ("client_id") references "client" ("id");`);
    this.addSql(`alter table "conversation" add constraint "conversation_channel_id_foreign" foreign key ("channel_id") references "channel" ("id");`);
    this.addSql(`alter table "conversation" add constraint "conversation_client_channel_id_foreign" foreign key ("client_channel_id") references "client_channel" ("id");`);
    this.addSql(`alter table "conversation" add constraint "conversation_assignee_id_foreign" foreign key ("assignee_id") references "operator" ("id") on delete set null;`);
    this.addSql(`alter table "conversation" add constraint "conversation_status_check" check ("status" in ('OPEN', 'CLOSED'));`);

    this.addSql(`alter table "message" add constraint "message_project_id_foreign" foreign key ("project_id") references "project" ("id");`);
    this.addSql(`alter table "message" add constraint "message_conversation_id_foreign" foreign key ("conversation_id") references "conversation" ("id");`);
    this.addSql(`alter table "message" add constraint "message_author_id_foreign" foreign key ("author_id") references "operator" ("id") on delete set null;`);
    this.addSql(`alter table "message" add constraint "message_direction_check" check ("direction" in ('INBOUND', 'OUTBOUND'));`);
    this.addSql(`alter table "message" add constraint "message_sender_kind_check" check ("sender_kind" in ('CLIENT', 'OPERATOR', 'BOT', 'SYSTEM'));`);
    this.addSql(`alter table "message" add constraint "message_status_check" check ("status" in ('QUEUED', 'SENT', 'DELIVERED', 'READ', 'FAILED'));`);

    this.addSql(`alter table "auth_token" add constraint "auth_token_project_id_foreign" foreign key ("project_id") references "project" ("id");`);
    this.addSql(`alter table "auth_token" add constraint "auth_token_operator_id_foreign" foreign key ("operator_id") references "operator" ("id") on delete set null;`);
    this.addSql(`alter table "auth_token" add constraint "auth_token_kind_check" check ("kind" in ('SESSION', 'API'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "operator" drop constraint "operator_project_id_foreign";`);
    this.addSql(`alter table "client" drop constraint "client_project_id_foreign";`);
    this.addSql(`alter table "channel" drop constraint "channel_project_id_foreign";`);
    this.addSql(`alter table "client_channel" drop constraint "client_channel_project_id_foreign";`);
    this.addSql(`alter table "conversation" drop constraint "conversation_project_id_foreign";`);
    this.addSql(`alter table "message" drop constraint "message_project_id_foreign";`);
    this.addSql(`alter table "auth_token" drop constraint "auth_token_project_id_foreign";`);
    this.addSql(`alter table "conversation" drop constraint "conversation_assignee_id_foreign";`);
    this.addSql(`alter table "message" drop constraint "message_author_id_foreign";`);
    this.addSql(`alter table "auth_token" drop constraint "auth_token_operator_id_foreign";`);
    this.addSql(`alter table "client_channel" drop constraint "client_channel_client_id_foreign";`);
    this.addSql(`alter table "conversation" drop constraint "conversation_client_id_foreign";`);
    this.addSql(`alter table "client_channel" drop constraint "client_channel_channel_id_foreign";`);
    this.addSql(`alter table "conversation" drop constraint "conversation_channel_id_foreign";`);
    this.addSql(`alter table "conversation" drop constraint "conversation_client_channel_id_foreign";`);
    this.addSql(`alter table "message" drop constraint "message_conversation_id_foreign";`);

    this.addSql(`drop table if exists "project" cascade;`);
    this.addSql(`drop table if exists "operator" cascade;`);
    this.addSql(`drop table if exists "client" cascade;`);
    this.addSql(`drop table if exists "channel" cascade;`);
    this.addSql(`drop table if exists "client_channel" cascade;`);
    this.addSql(`drop table if exists "conversation" cascade;`);
    this.addSql(`drop table if exists "message" cascade;`);
    this.addSql(`drop table if exists "auth_token" cascade;`);
  }

}
