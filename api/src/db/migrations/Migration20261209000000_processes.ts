import { Migration } from '@mikro-orm/migrations';

// The client's history also records their business processes' steps (PROCESS).
const activityTypes = `'PROFILE_UPDATED', 'OWNER_CHANGED', 'TAG_ADDED', 'TAG_REMOVED', 'LIST_ADDED', 'LIST_REMOVED', 'VARIABLE_SET', 'DEAL_CREATED', 'DEAL_STAGE_CHANGED', 'DEAL_WON', 'DEAL_LOST', 'DEAL_REOPENED', 'TASK_CREATED', 'TASK_COMPLETED', 'ARCHIVED', 'UNARCHIVED', 'BLOCKED', 'UNBLOCKED', 'BOT_PAUSED', 'BOT_RESUMED', 'DELETED', 'RESTORED', 'MERGED', 'IMPORTED'`;

export class Migration20261209000000_processes extends Migration {

  override name = 'Migration20261209000000_processes';

  override up(): void | Promise<void> {
    this.addSql(`alter table "client_activity" drop constraint if exists "client_activity_type_check";`);
    this.addSql(`alter table "client_activity" add constraint "client_activity_type_check" check ("type" in (${activityTypes}, 'PROCESS'));`);
    this.addSql(`create table "process" ("id" uuid not null, "project_id" uuid not null, "name" varchar(100) not null, "draft" jsonb not null, "published_version" int not null default 0, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "process_project_id_name_index" on "process" ("project_id", "name");`);

    this.addSql(`create table "process_version" ("id" uuid not null, "process_id" uuid not null, "project_id" uuid not null, "version" int not null, "definition" jsonb not null, "published_by_id" uuid null, "published_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "process_version" add constraint "process_version_process_id_version_unique" unique ("process_id", "version");`);
    this.addSql(`create index "process_version_project_id_index" on "process_version" ("project_id");`);

    this.addSql(`create table "process_run" ("id" uuid not null, "project_id" uuid not null, "process_id" uuid not null, "version_id" uuid not null, "client_id" uuid not null, "conversation_id" uuid null, "single" boolean not null, "status" text not null, "block_id" varchar(64) null, "block_entered_at" timestamptz not null, "waiting_for" text null, "wait_until" timestamptz null, "error" text null, "started_by_id" uuid null, "started_at" timestamptz not null, "ended_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "process_run_client_id_started_at_index" on "process_run" ("client_id", "started_at");`);
    this.addSql(`create index "process_run_project_id_started_at_index" on "process_run" ("project_id", "started_at");`);
    this.addSql(`create index "process_run_active_block_index" on "process_run" ("process_id", "block_id") where status in ('AUTO', 'MANUAL');`);
    this.addSql(`create unique index "process_run_single_unique" on "process_run" ("process_id", "client_id") where single and status in ('AUTO', 'MANUAL');`);

    this.addSql(`create table "process_run_step" ("id" uuid not null, "run_id" uuid not null, "process_id" uuid not null, "seq" int not null, "kind" text not null, "block_id" varchar(64) null, "detail" text null, "actor_id" uuid null, "at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "process_run_step_entered_index" on "process_run_step" ("process_id", "block_id", "at") where kind = 'ENTERED';`);
    this.addSql(`alter table "process_run_step" add constraint "process_run_step_run_id_seq_unique" unique ("run_id", "seq");`);

    this.addSql(`alter table "process" add constraint "process_project_id_foreign" foreign key ("project_id") references "project" ("id");`);

    this.addSql(`alter table "process_version" add constraint "process_version_process_id_foreign" foreign key ("process_id") references "process" ("id") on delete cascade;`);
    this.addSql(`alter table "process_version" add constraint "process_version_project_id_foreign" foreign key ("project_id") references "project" ("id");`);
    this.addSql(`alter table "process_version" add constraint "process_version_published_by_id_foreign" foreign key ("published_by_id") references "operator" ("id") on delete set null;`);

    this.addSql(`alter table "process_run" add constraint "process_run_project_id_foreign" foreign key ("project_id") references "project" ("id");`);
    this.addSql(`alter table "process_run" add constraint "process_run_process_id_foreign" foreign key ("process_id") references "process" ("id") on delete cascade;`);
    this.addSql(`alter table "process_run" add constraint "process_run_version_id_foreign" foreign key ("version_id") references "process_version" ("id") on delete cascade;`);
    this.addSql(`alter table "process_run" add constraint "process_run_client_id_foreign" foreign key ("client_id") references "client" ("id") on delete cascade;`);
    this.addSql(`alter table "process_run" add constraint "process_run_conversation_id_foreign" foreign key ("conversation_id") references "conversation" ("id") on delete set null;`);
    this.addSql(`alter table "process_run" add constraint "process_run_started_by_id_foreign" foreign key ("started_by_id") references "operator" ("id") on delete set null;`);
    this.addSql(`alter table "process_run" add constraint "process_run_status_check" check ("status" in ('AUTO', 'MANUAL', 'FINISHED', 'STOPPED', 'FAILED'));`);
    this.addSql(`alter table "process_run" add constraint "process_run_waiting_for_check" check ("waiting_for" in ('REPLY', 'DELAY', 'OPERATOR'));`);

    this.addSql(`alter table "process_run_step" add constraint "process_run_step_run_id_foreign" foreign key ("run_id") references "process_run" ("id") on delete cascade;`);
    this.addSql(`alter table "process_run_step" add constraint "process_run_step_process_id_foreign" foreign key ("process_id") references "process" ("id") on delete cascade;`);
    this.addSql(`alter table "process_run_step" add constraint "process_run_step_actor_id_foreign" foreign key ("actor_id") references "operator" ("id") on delete set null;`);
    this.addSql(`alter table "process_run_step" add constraint "process_run_step_kind_check" check ("kind" in ('ENTERED', 'MESSAGE_SENT', 'ANSWER_STORED', 'ANSWER_INVALID', 'TIMED_OUT', 'BRANCH', 'ACTION', 'HANDOFF', 'RESUMED', 'PAUSED', 'MOVED', 'ENDED', 'ERROR'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`delete from "client_activity" where "type" = 'PROCESS';`);
    this.addSql(`alter table "client_activity" drop constraint if exists "client_activity_type_check";`);
    this.addSql(`alter table "client_activity" add constraint "client_activity_type_check" check ("type" in (${activityTypes}));`);
    this.addSql(`drop table if exists "process_run_step" cascade;`);
    this.addSql(`drop table if exists "process_run" cascade;`);
    this.addSql(`drop table if exists "process_version" cascade;`);
    this.addSql(`drop table if exists "process" cascade;`);
  }

}
