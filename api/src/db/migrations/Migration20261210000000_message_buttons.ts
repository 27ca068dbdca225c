import { Migration } from '@mikro-orm/migrations';

export class Migration20261210000000_message_buttons extends Migration {

  override name = 'Migration20261210000000_message_buttons';

  override up(): void | Promise<void> {
    this.addSql(`alter table "message" add column "buttons" text[] not null default '{}';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "message" drop column "buttons";`);
  }

}
