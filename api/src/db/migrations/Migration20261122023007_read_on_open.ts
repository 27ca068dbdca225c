import { Migration } from '@mikro-orm/migrations';

export class Migration20261122023007_read_on_open extends Migration {

  override name = 'Migration20261122023007_read_on_open';

  override up(): void | Promise<void> {
    this.addSql(`alter table "operator" add "read_on_open" boolean not null default false;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "operator" drop column "read_on_open";`);
  }

}
