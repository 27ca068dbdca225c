import { Migration } from '@mikro-orm/migrations';

export class Migration20261122011819_comments_notifications extends Migration {

  override name = 'Migration20261122011819_comments_notifications';

  override up(): void | Promise<void> {
    this.addSql(`create table "comment" ("id" uuid not null, "project_id" uuid not null, "conversation_id" uuid not null, "author_id" uuid null, "text" text not null, "mention_ids" text[] not null default '{}', "pinned_at" timestamptz null, "edited_at" timestamptz null, "deleted_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "comment_project_id_index" on "comment" ("project_id");`);
    this.addSql(`create index "comment_timeline_idx" on "comment" ("conversation_id", "created_at", "id");`);

    this.addSql(`create table "notification" ("id" uuid not null, "project_id" uuid not null, "operator_id" uuid not null, "kind" text not null, "conversation_id" uuid not null, "comment_id" uuid null, "actor_id" uuid null, "read_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "notification_project_id_index" on "notification" ("project_id");`);
    this.addSql(`create index "notification_inbox_idx" on "notification" ("operator_id", "created_at", "id");`);

    this.addSql(`alter table "comment" add constraint "comment_project_id_foreign" foreign key ("project_id") references "project" ("id");`);
    this.addSql(`alter table "comment" add constraint "comment_conversation_id_foreign" foreign key ("conversation_id") references "conversation" ("id");`);
    this.addSql(`alter table "comment" add constraint "comment_author_id_foreign" foreign key ("author_id") references "operator" ("id") on delete set null;`);

    this.addSql(`alter table "notification" add constraint "notification_project_id_foreign" foreign key ("project_id") references "project" ("id");`);
    this.addSql(`alter table "notification" add constraint "notification_operator_id_foreign" foreign key ("operator_id") references "operator" ("id");`);
    this.addSql(`alter table "notification" add constraint "notification_conversation_id_foreign" foreign key ("conversation_id") references "conversation" ("id");`);
    this.addSql(`alter table "notification" add constraint "notification_comment_id_foreign" foreign key ("comment_id") references "comment" ("id") on delete set null;`);
    this.addSql(`alter table "notification" add constraint "notification_actor_id_foreign" foreign key ("actor_id") references "operator" ("id") on delete set null;`);
    this.addSql(`alter table "notification" add constraint "notification_kind_check" check ("kind" in ('MENTION'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "notification" drop constraint "notification_comment_id_foreign";`);

    this.addSql(`drop table if exists "comment" cascade;`);
    this.addSql(`drop table if exists "notification" cascade;`);
  }

}
