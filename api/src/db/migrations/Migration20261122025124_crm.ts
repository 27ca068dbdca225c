import { Migration } from '@mikro-orm/migrations';

export class Migration20261122025124_crm extends Migration {

  override name = 'Migration20261122025124_crm';

  override up(): void | Promise<void> {
    this.addSql(`create table "label" ("id" uuid not null, "project_id" uuid not null, "kind" text not null, "name" varchar(255) not null, "color" varchar(255) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create unique index "label_name_idx" on "label" (project_id, kind, lower(name));`);

    this.addSql(`create table "funnel" ("id" uuid not null, "project_id" uuid not null, "name" varchar(255) not null, "position" int not null default 0, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "funnel_project_id_index" on "funnel" ("project_id");`);

    this.addSql(`create table "funnel_stage" ("id" uuid not null, "project_id" uuid not null, "funnel_id" uuid not null, "name" varchar(255) not null, "position" int not null, "responsible_id" uuid null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "funnel_stage_funnel_id_position_index" on "funnel_stage" ("funnel_id", "position");`);

    this.addSql(`create table "deal" ("id" uuid not null, "project_id" uuid not null, "client_id" uuid not null, "funnel_id" uuid not null, "stage_id" uuid not null, "title" varchar(255) not null, "budget" numeric(14,2) null, "currency" varchar(3) not null default 'RUB', "responsible_id" uuid null, "status" text not null default 'OPEN', "closed_at" timestamptz null, "variables" jsonb not null default '{}', "created_at" timestamptz not null, "stage_changed_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "deal_client_id_created_at_index" on "deal" ("client_id", "created_at");`);
    this.addSql(`create index "deal_open_stage_idx" on "deal" (stage_id, client_id) where status = 'OPEN';`);
    this.addSql(`create index "deal_open_funnel_idx" on "deal" (funnel_id, client_id) where status = 'OPEN';`);

    this.addSql(`create table "client_label" ("client_id" uuid not null, "label_id" uuid not null, "created_at" timestamptz not null, primary key ("client_id", "label_id"));`);
    this.addSql(`create index "client_label_label_id_index" on "client_label" ("label_id");`);

    this.addSql(`create table "client_activity" ("id" uuid not null, "project_id" uuid not null, "client_id" uuid not null, "type" text not null, "actor_id" uuid null, "summary" text not null, "data" jsonb not null default '{}', "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "client_activity_project_id_index" on "client_activity" ("project_id");`);
    this.addSql(`create index "client_activity_timeline_idx" on "client_activity" ("client_id", "created_at", "id");`);

    this.addSql(`create table "task" ("id" uuid not null, "project_id" uuid not null, "client_id" uuid not null, "title" varchar(255) not null, "description" text null, "priority" text not null default 'NORMAL', "due_at" timestamptz null, "assignee_id" uuid null, "created_by_id" uuid null, "completed_at" timestamptz null, "due_notified_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "task_client_id_created_at_index" on "task" ("client_id", "created_at");`);
    this.addSql(`create index "task_open_client_idx" on "task" (client_id) where completed_at is null;`);
    this.addSql(`create index "task_open_assignee_idx" on "task" (assignee_id, due_at) where completed_at is null;`);
    this.addSql(`create index "task_due_idx" on "task" (due_at) where completed_at is null and due_notified_at is null;`);

    this.addSql(`create table "team" ("id" uuid not null, "project_id" uuid not null, "name" varchar(255) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create unique index "team_name_idx" on "team" (project_id, lower(name));`);

    this.addSql(`create table "file" ("id" uuid not null, "project_id" uuid not null, "client_id" uuid null, "message_id" uuid null, "library" boolean not null default false, "kind" text not null, "name" varchar(255) not null, "content_type" varchar(255) not null, "size" bigint not null, "storage_key" varchar(255) not null, "uploaded_by_id" uuid null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "file_message_id_index" on "file" ("message_id");`);
    this.addSql(`create index "file_client_id_created_at_index" on "file" ("client_id", "created_at");`);
    this.addSql(`create index "file_library_idx" on "file" (project_id, created_at) where library;`);

    this.addSql(`create table "client_job" ("id" uuid not null, "project_id" uuid not null, "kind" text not null, "status" text not null default 'QUEUED', "created_by_id" uuid null, "file_id" uuid null, "filter" jsonb null, "total" int not null default 0, "processed" int not null default 0, "created" int not null default 0, "updated" int not null default 0, "errors" jsonb not null default '[]', "failure_reason" text null, "created_at" timestamptz not null, "finished_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "client_job_project_id_created_at_index" on "client_job" ("project_id", "created_at");`);

    this.addSql(`create table "team_member" ("team_id" uuid not null, "operator_id" uuid not null, primary key ("team_id", "operator_id"));`);
    this.addSql(`create index "team_member_operator_id_index" on "team_member" ("operator_id");`);

    this.addSql(`create table "variable_definition" ("id" uuid not null, "project_id" uuid not null, "scope" text not null, "key" varchar(255) not null, "name" varchar(255) not null, "type" text not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "variable_definition" add constraint "variable_definition_project_id_scope_key_unique" unique ("project_id", "scope", "key");`);

    this.addSql(`alter table "comment" drop constraint "comment_conversation_id_foreign";`);

    this.addSql(`alter table "notification" drop constraint "notification_conversation_id_foreign";`);

    this.addSql(`alter table "project" add "file_library_limit" int not null default 200, add "client_retention_days" int not null default 30;`);

    this.addSql(`alter table "client" add "owner_id" uuid null, add "country" varchar(255) null, add "utm_source" varchar(255) null, add "utm_campaign" varchar(255) null, add "utm_ad" varchar(255) null, add "utm_ad_set" varchar(255) null, add "utm_tag" varchar(255) null, add "variables" jsonb not null default '{}', add "archived_at" timestamptz null, add "deleted_at" timestamptz null, add "merged_into_id" uuid null;`);
    this.addSql(`alter table "client" add constraint "client_owner_id_foreign" foreign key ("owner_id") references "operator" ("id") on delete set null;`);
    this.addSql(`create index "client_owner_id_index" on "client" ("owner_id");`);
    this.addSql(`create index "client_project_id_created_at_index" on "client" ("project_id", "created_at");`);
    this.addSql(`create index "client_phone_key_idx" on "client" (project_id, (regexp_replace(phone, '\\D', '', 'g'))) where phone is not null;`);
    this.addSql(`create index "client_email_key_idx" on "client" (project_id, lower(email)) where email is not null;`);
    this.addSql(`create index "client_variables_idx" on "client" using gin (variables jsonb_path_ops);`);

    this.addSql(`alter table "conversation" add "team_id" uuid null;`);
    this.addSql(`alter table "conversation" add constraint "conversation_team_id_foreign" foreign key ("team_id") references "team" ("id") on delete set null;`);
    this.addSql(`create index "conversation_team_id_index" on "conversation" ("team_id");`);

    this.addSql(`alter table "conversation_event" drop constraint "conversation_event_type_check";`);
    this.addSql(`alter table "conversation_event" add "team_id" uuid null;`);
    this.addSql(`alter table "conversation_event" add constraint "conversation_event_team_id_foreign" foreign key ("team_id") references "team" ("id") on delete set null;`);
    this.addSql(`alter table "conversation_event" add constraint "conversation_event_type_check" check ("type" in ('CLOSED', 'REOPENED', 'ARCHIVED', 'UNARCHIVED', 'ASSIGNED', 'UNASSIGNED', 'TEAM_ASSIGNED'));`);

    this.addSql(`alter table "comment" add "client_id" uuid null;`);
    this.addSql(`update "comment" set "client_id" = (select "client_id" from "conversation" where "conversation"."id" = "comment"."conversation_id");`);
    this.addSql(`alter table "comment" alter column "client_id" set not null;`);
    this.addSql(`alter table "comment" add constraint "comment_client_id_foreign" foreign key ("client_id") references "client" ("id");`);
    this.addSql(`alter table "comment" alter column "conversation_id" drop not null;`);
    this.addSql(`alter table "comment" add constraint "comment_conversation_id_foreign" foreign key ("conversation_id") references "conversation" ("id") on delete set null;`);
    this.addSql(`create index "comment_client_idx" on "comment" ("client_id", "created_at", "id");`);

    this.addSql(`alter table "notification" drop constraint "notification_kind_check";`);
    this.addSql(`alter table "notification" add "task_id" uuid null;`);
    this.addSql(`alter table "notification" add constraint "notification_task_id_foreign" foreign key ("task_id") references "task" ("id") on delete set null;`);
    this.addSql(`alter table "notification" alter column "conversation_id" drop not null;`);
    this.addSql(`alter table "notification" add constraint "notification_conversation_id_foreign" foreign key ("conversation_id") references "conversation" ("id") on delete set null;`);
    this.addSql(`alter table "notification" add constraint "notification_kind_check" check ("kind" in ('MENTION', 'TASK_DUE'));`);

    this.addSql(`alter table "label" add constraint "label_project_id_foreign" foreign key ("project_id") references "project" ("id");`);
    this.addSql(`alter table "label" add constraint "label_kind_check" check ("kind" in ('TAG', 'LIST'));`);

    this.addSql(`alter table "funnel" add constraint "funnel_project_id_foreign" foreign key ("project_id") references "project" ("id");`);

    this.addSql(`alter table "funnel_stage" add constraint "funnel_stage_project_id_foreign" foreign key ("project_id") references "project" ("id");`);
    this.addSql(`alter table "funnel_stage" add constraint "funnel_stage_funnel_id_foreign" foreign key ("funnel_id") references "funnel" ("id") on delete cascade;`);
    this.addSql(`alter table "funnel_stage" add constraint "funnel_stage_responsible_id_foreign" foreign key ("responsible_id") references "operator" ("id") on delete set null;`);

    this.addSql(`alter table "deal" add constraint "deal_project_id_foreign" foreign key ("project_id") references "project" ("id");`);
    this.addSql(`alter table "deal" add constraint "deal_client_id_foreign" foreign key ("client_id") references "client" ("id");`);
    this.addSql(`alter table "deal" add constraint "deal_funnel_id_foreign" foreign key ("funnel_id") references "funnel" ("id");`);
    this.addSql(`alter table "deal" add constraint "deal_stage_id_foreign" foreign key ("stage_id") references "funnel_stage" ("id");`);
    this.addSql(`alter table "deal" add constraint "deal_responsible_id_foreign" foreign key ("responsible_id") references "operator" ("id") on delete set null;`);
    this.addSql(`alter table "deal" add constraint "deal_status_check" check ("status" in ('OPEN', 'WON', 'LOST'));`);

    this.addSql(`alter table "client_label" add constraint "client_label_client_id_foreign" foreign key ("client_id") references "client" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "client_label" add constraint "client_label_label_id_foreign" foreign key ("label_id") references "label" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "client_activity" add constraint "client_activity_project_id_foreign" foreign key ("project_id") references "project" ("id");`);
    this.addSql(`alter table "client_activity" add constraint "client_activity_client_id_foreign" foreign key ("client_id") references "client" ("id");`);
    this.addSql(`alter table "client_activity" add constraint "client_activity_actor_id_foreign" foreign key ("actor_id") references "operator" ("id") on delete set null;`);
    this.addSql(`alter table "client_activity" add constraint "client_activity_type_check" check ("type" in ('PROFILE_UPDATED', 'OWNER_CHANGED', 'TAG_ADDED', 'TAG_REMOVED', 'LIST_ADDED', 'LIST_REMOVED', 'VARIABLE_SET', 'DEAL_CREATED', 'DEAL_STAGE_CHANGED', 'DEAL_WON', 'DEAL_LOST', 'DEAL_REOPENED', 'TASK_CREATED', 'TASK_COMPLETED', 'ARCHIVED', 'UNARCHIVED', 'BLOCKED', 'UNBLOCKED', 'DELETED', 'RESTORED', 'MERGED', 'IMPORTED'));`);

    this.addSql(`alter table "task" add constraint "task_project_id_foreign" foreign key ("project_id") references "project" ("id");`);
    this.addSql(`alter table "task" add constraint "task_client_id_foreign" foreign key ("client_id") references "client" ("id");`);
    this.addSql(`alter table "task" add constraint "task_assignee_id_foreign" foreign key ("assignee_id") references "operator" ("id") on delete set null;`);
    this.addSql(`alter table "task" add constraint "task_created_by_id_foreign" foreign key ("created_by_id") references "operator" ("id") on delete set null;`);
    this.addSql(`alter table "task" add constraint "task_priority_check" check ("priority" in ('LOW', 'NORMAL', 'HIGH', 'URGENT'));`);

    this.addSql(`alter table "team" add constraint "team_project_id_foreign" foreign key ("project_id") references "project" ("id");`);

    this.addSql(`alter table "file" add constraint "file_project_id_foreign" foreign key ("project_id") references "project" ("id");`);
    this.addSql(`alter table "file" add constraint "file_client_id_foreign" foreign key ("client_id") references "client" ("id") on delete set null;`);
    this.addSql(`alter table "file" add constraint "file_message_id_foreign" foreign key ("message_id") references "message" ("id") on delete set null;`);
    this.addSql(`alter table "file" add constraint "file_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "operator" ("id") on delete set null;`);
    this.addSql(`alter table "file" add constraint "file_kind_check" check ("kind" in ('IMAGE', 'VIDEO', 'AUDIO', 'DOCUMENT'));`);

    this.addSql(`alter table "client_job" add constraint "client_job_project_id_foreign" foreign key ("project_id") references "project" ("id");`);
    this.addSql(`alter table "client_job" add constraint "client_job_created_by_id_foreign" foreign key ("created_by_id") references "operator" ("id") on delete set null;`);
    this.addSql(`alter table "client_job" add constraint "client_job_file_id_foreign" foreign key ("file_id") references "file" ("id") on delete set null;`);
    this.addSql(`alter table "client_job" add constraint "client_job_kind_check" check ("kind" in ('IMPORT', 'EXPORT'));`);
    this.addSql(`alter table "client_job" add constraint "client_job_status_check" check ("status" in ('QUEUED', 'RUNNING', 'DONE', 'FAILED'));`);

    this.addSql(`alter table "team_member" add constraint "team_member_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "team_member" add constraint "team_member_operator_id_foreign" foreign key ("operator_id") references "operator" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "variable_definition" add constraint "variable_definition_project_id_foreign" foreign key ("project_id") references "project" ("id");`);
    this.addSql(`alter table "variable_definition" add constraint "variable_definition_scope_check" check ("scope" in ('CLIENT', 'DEAL'));`);
    this.addSql(`alter table "variable_definition" add constraint "variable_definition_type_check" check ("type" in ('TEXT', 'NUMBER', 'DATE', 'BOOLEAN'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "client_label" drop constraint "client_label_label_id_foreign";`);
    this.addSql(`alter table "funnel_stage" drop constraint "funnel_stage_funnel_id_foreign";`);
    this.addSql(`alter table "deal" drop constraint "deal_funnel_id_foreign";`);
    this.addSql(`alter table "deal" drop constraint "deal_stage_id_foreign";`);
    this.addSql(`alter table "notification" drop constraint "notification_task_id_foreign";`);
    this.addSql(`alter table "conversation" drop constraint "conversation_team_id_foreign";`);
    this.addSql(`alter table "conversation_event" drop constraint "conversation_event_team_id_foreign";`);
    this.addSql(`alter table "team_member" drop constraint "team_member_team_id_foreign";`);
    this.addSql(`alter table "client_job" drop constraint "client_job_file_id_foreign";`);

    this.addSql(`drop table if exists "label" cascade;`);
    this.addSql(`drop table if exists "funnel" cascade;`);
    this.addSql(`drop table if exists "funnel_stage" cascade;`);
    this.addSql(`drop table if exists "deal" cascade;`);
    this.addSql(`drop table if exists "client_label" cascade;`);
    this.addSql(`drop table if exists "client_activity" cascade;`);
    this.addSql(`drop table if exists "task" cascade;`);
    this.addSql(`drop table if exists "team" cascade;`);
    this.addSql(`drop table if exists "file" cascade;`);
    this.addSql(`drop table if exists "client_job" cascade;`);
    this.addSql(`drop table if exists "team_member" cascade;`);
    this.addSql(`drop table if exists "variable_definition" cascade;`);

    this.addSql(`alter table "client" drop constraint "client_owner_id_foreign";`);

    this.addSql(`alter table "comment" drop constraint "comment_client_id_foreign";`);
    this.addSql(`alter table "comment" drop constraint "comment_conversation_id_foreign";`);

    this.addSql(`alter table "notification" drop constraint "notification_conversation_id_foreign";`);

    this.addSql(`drop index "client_owner_id_index";`);
    this.addSql(`drop index "client_project_id_created_at_index";`);
    this.addSql(`drop index "client_phone_key_idx";`);
    this.addSql(`drop index "client_email_key_idx";`);
    this.addSql(`drop index "client_variables_idx";`);
    this.addSql(`alter table "client" drop column "owner_id", drop column "country", drop column "utm_source", drop column "utm_campaign", drop column "utm_ad", drop column "utm_ad_set", drop column "utm_tag", drop column "variables", drop column "archived_at", drop column "deleted_at", drop column "merged_into_id";`);

    this.addSql(`drop index "comment_client_idx";`);
    this.addSql(`alter table "comment" drop column "client_id";`);
    this.addSql(`alter table "comment" alter column "conversation_id" set not null;`);
    this.addSql(`alter table "comment" add constraint "comment_conversation_id_foreign" foreign key ("conversation_id") references "conversation" ("id") on update no action on delete no action;`);

    this.addSql(`drop index "conversation_team_id_index";`);
    this.addSql(`alter table "conversation" drop column "team_id";`);

    this.addSql(`alter table "conversation_event" drop constraint "conversation_event_type_check";`);
    this.addSql(`alter table "conversation_event" drop column "team_id";`);
    this.addSql(`alter table "conversation_event" add constraint "conversation_event_type_check" check ("type" in ('CLOSED', 'REOPENED', 'ARCHIVED', 'UNARCHIVED', 'ASSIGNED', 'UNASSIGNED'));`);

    this.addSql(`alter table "notification" drop constraint "notification_kind_check";`);
    this.addSql(`alter table "notification" drop column "task_id";`);
    this.addSql(`alter table "notification" alter column "conversation_id" set not null;`);
    this.addSql(`alter table "notification" add constraint "notification_conversation_id_foreign" foreign key ("conversation_id") references "conversation" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "notification" add constraint "notification_kind_check" check ("kind" in ('MENTION'));`);

    this.addSql(`alter table "project" drop column "file_library_limit", drop column "client_retention_days";`);
  }

}
