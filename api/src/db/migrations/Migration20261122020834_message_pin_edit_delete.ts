import { Migration } from '@mikro-orm/migrations';

export class Migration20261122020834_message_pin_edit_delete extends Migration {

  override name = 'Migration20261122020834_message_pin_edit_delete';

  override up(): void | Promise<void> {
    this.addSql(`alter table "project" add "message_deletion_roles" text[] not null default '{OWNER,ADMIN}';`);

    this.addSql(`alter table "message" add "pinned_at" timestamptz null, add "edited_at" timestamptz null, add "deleted_at" timestamptz null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "message" drop column "pinned_at", drop column "edited_at", drop column "deleted_at";`);

    this.addSql(`alter table "project" drop column "message_deletion_roles";`);
  }

}
