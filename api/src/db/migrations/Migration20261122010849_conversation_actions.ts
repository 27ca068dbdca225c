import { Migration } from '@mikro-orm/migrations';

export class Migration20261122010849_conversation_actions extends Migration {

  override name = 'Migration20261122010849_conversation_actions';

  override up(): void | Promise<void> {
    this.addSql(`create table "conversation_event" ("id" uuid not null, "project_id" uuid not null, "conversation_id" uuid not null, "type" text not null, "actor_id" uuid null, "assignee_id" uuid null, "comment" text null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "conversation_event_project_id_index" on "conversation_event" ("project_id");`);
    this.addSql(`create index "conversation_event_timeline_idx" on "conversation_event" ("conversation_id", "created_at", "id");`);

    this.addSql(`alter table "conversation" add "closed_at" timestamptz null, add "archived_at" timestamptz null, add "pinned_at" timestamptz null;`);

    this.addSql(`alter table "conversation_event" add constraint "conversation_event_project_id_foreign" foreign key ("project_id") references "project" ("id");`);
    this.addSql(`alter table "conversation_event" add constraint "conversation_event_conversation_id_foreign" foreign key ("conversation_id") references "conversation" ("id");`);
    this.addSql(`alter table "conversation_event" add constraint "conversation_event_actor_id_foreign" foreign key ("actor_id") references "operator" ("id") on delete set null;`);
    this.addSql(`alter table "conversation_event" add constraint "conversation_event_assignee_id_foreign" foreign key ("assignee_id") references "operator" ("id") on delete set null;`);
    this.addSql(`alter table "conversation_event" add constraint "conversation_event_type_check" check ("type" in ('CLOSED', 'REOPENED', 'ARCHIVED', 'UNARCHIVED', 'ASSIGNED', 'UNASSIGNED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "conversation_event" cascade;`);

    this.addSql(`alter table "conversation" drop column "closed_at", drop column "archived_at", drop column "pinned_at";`);
  }

}
