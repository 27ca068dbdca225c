import { Migration } from '@mikro-orm/migrations';

export class Migration20261122012535_quick_replies_drafts extends Migration {

  override name = 'Migration20261122012535_quick_replies_drafts';

  override up(): void | Promise<void> {
    this.addSql(`create table "draft" ("id" uuid not null, "operator_id" uuid not null, "conversation_id" uuid not null, "text" text not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "draft" add constraint "draft_operator_id_conversation_id_unique" unique ("operator_id", "conversation_id");`);

    this.addSql(`create table "quick_reply_folder" ("id" uuid not null, "project_id" uuid not null, "name" varchar(255) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "quick_reply_folder_project_id_index" on "quick_reply_folder" ("project_id");`);

    this.addSql(`create table "quick_reply" ("id" uuid not null, "project_id" uuid not null, "folder_id" uuid null, "title" varchar(255) not null, "text" text not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "quick_reply_project_id_index" on "quick_reply" ("project_id");`);

    this.addSql(`alter table "draft" add constraint "draft_operator_id_foreign" foreign key ("operator_id") references "operator" ("id") on delete cascade;`);
    this.addSql(`alter table "draft" add constraint "draft_conversation_id_foreign" foreign key ("conversation_id") references "conversation" ("id") on delete cascade;`);

    this.addSql(`alter table "quick_reply_folder" add constraint "quick_reply_folder_project_id_foreign" foreign key ("project_id") references "project" ("id");`);

    this.addSql(`alter table "quick_reply" add constraint "quick_reply_project_id_foreign" foreign key ("project_id") references "project" ("id");`);
    this.addSql(`alter table "quick_reply" add constraint "quick_reply_folder_id_foreign" foreign key ("folder_id") references "quick_reply_folder" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "quick_reply" drop constraint "quick_reply_folder_id_foreign";`);

    this.addSql(`drop table if exists "draft" cascade;`);
    this.addSql(`drop table if exists "quick_reply_folder" cascade;`);
    this.addSql(`drop table if exists "quick_reply" cascade;`);
  }

}
