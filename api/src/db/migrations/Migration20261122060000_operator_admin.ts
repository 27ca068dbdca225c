import { Migration } from '@mikro-orm/migrations';

// Owners and admins deactivate operators who leave: they keep their rows (history names them) but cannot log in.
export class Migration20261122060000_operator_admin extends Migration {

  override name = 'Migration20261122060000_operator_admin';

  override up(): void | Promise<void> {
    this.addSql(`alter table "operator" add column "deactivated_at" timestamptz null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "operator" drop column "deactivated_at";`);
  }

}
