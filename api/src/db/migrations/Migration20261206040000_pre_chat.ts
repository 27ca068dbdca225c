import { Migration } from '@mikro-orm/migrations';

export class Migration20261206040000_pre_chat extends Migration {

  override name = 'Migration20261206040000_pre_chat';

  override up(): void | Promise<void> {
    this.addSql(`alter table "channel" add "pre_chat_fields" text[] not null default '{}';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "channel" drop column "pre_chat_fields";`);
  }

}
