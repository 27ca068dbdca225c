import { Migration } from '@mikro-orm/migrations';

export class Migration20261215000000_message_template extends Migration {

  override name = 'Migration20261215000000_message_template';

  override up(): void | Promise<void> {
    this.addSql(`alter table "message" add "template" jsonb null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "message" drop column "template";`);
  }

}
