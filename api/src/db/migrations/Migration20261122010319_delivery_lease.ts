import { Migration } from '@mikro-orm/migrations';

export class Migration20261122010319_delivery_lease extends Migration {

  override name = 'Migration20261122010319_delivery_lease';

  override up(): void | Promise<void> {
    this.addSql(`alter table "message" add "sending_until" timestamptz null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "message" drop column "sending_until";`);
  }

}
