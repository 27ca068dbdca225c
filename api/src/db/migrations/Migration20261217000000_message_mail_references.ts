import { Migration } from '@mikro-orm/migrations';

export class Migration20261217000000_message_mail_references extends Migration {

  override name = 'Migration20261217000000_message_mail_references';

  override up(): void | Promise<void> {
    this.addSql(`alter table "message" add column "mail_references" text[] null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "message" drop column "mail_references";`);
  }

}
