import { Migration } from '@mikro-orm/migrations';

export class Migration20261218000000_webhooks extends Migration {

  override name = 'Migration20261218000000_webhooks';

  override up(): void | Promise<void> {
    this.addSql(`create table "webhook_endpoint" ("id" uuid not null, "project_id" uuid not null, "url" varchar(2000) not null, "description" varchar(500) not null default '', "event_types" text[] not null, "enabled" boolean not null default true, "secret" text not null, "disabled_reason" varchar(500) null, "consecutive_failures" int not null default 0, "failing_since" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "webhook_endpoint_project_id_index" on "webhook_endpoint" ("project_id");`);

    this.addSql(`create table "webhook_delivery" ("id" uuid not null, "seq" bigserial, "project_id" uuid not null, "endpoint_id" uuid not null, "event_id" uuid not null, "type" varchar(64) not null, "ordering_key" varchar(100) not null, "body" text not null, "status" text not null default 'PENDING', "attempts" int not null default 0, "status_code" int null, "response_ms" int null, "error" varchar(500) null, "next_attempt_at" timestamptz null, "replay_of_id" uuid null, "created_at" timestamptz not null, "delivered_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_seq_unique" unique ("seq");`);
    this.addSql(`create index "webhook_delivery_log_idx" on "webhook_delivery" ("endpoint_id", "created_at", "id");`);
    this.addSql(`create index "webhook_delivery_pending_idx" on "webhook_delivery" (endpoint_id, ordering_key, seq) where status = 'PENDING';`);

    this.addSql(`alter table "notification" drop constraint "notification_kind_check";`);
    this.addSql(`alter table "notification" add "webhook_endpoint_id" uuid null;`);
    this.addSql(`alter table "notification" add constraint "notification_webhook_endpoint_id_foreign" foreign key ("webhook_endpoint_id") references "webhook_endpoint" ("id") on delete cascade;`);
    this.addSql(`alter table "notification" add constraint "notification_kind_check" check ("kind" in ('MENTION', 'TASK_DUE', 'WEBHOOK_DISABLED'));`);

    this.addSql(`alter table "webhook_endpoint" add constraint "webhook_endpoint_project_id_foreign" foreign key ("project_id") references "project" ("id");`);

    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_project_id_foreign" foreign key ("project_id") references "project" ("id");`);
    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_endpoint_id_foreign" foreign key ("endpoint_id") references "webhook_endpoint" ("id") on delete cascade;`);
    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_status_check" check ("status" in ('PENDING', 'DELIVERED', 'FAILED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "notification" drop constraint "notification_webhook_endpoint_id_foreign";`);
    this.addSql(`delete from "notification" where "kind" = 'WEBHOOK_DISABLED';`);
    this.addSql(`alter table "notification" drop constraint "notification_kind_check";`);
    this.addSql(`alter table "notification" drop column "webhook_endpoint_id";`);
    this.addSql(`alter table "notification" add constraint "notification_kind_check" check ("kind" in ('MENTION', 'TASK_DUE'));`);
    this.addSql(`drop table if exists "webhook_delivery" cascade;`);
    this.addSql(`drop table if exists "webhook_endpoint" cascade;`);
  }

}
