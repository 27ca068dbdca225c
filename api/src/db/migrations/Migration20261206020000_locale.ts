import { Migration } from '@mikro-orm/migrations';

export class Migration20261206020000_locale extends Migration {

  override name = 'Migration20261206020000_locale';

  override up(): void | Promise<void> {
    this.addSql(`alter table "operator" add "locale" text null;`);
    this.addSql(`alter table "operator" add constraint "operator_locale_check" check ("locale" in ('EN', 'RU'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "operator" drop constraint "operator_locale_check";`);
    this.addSql(`alter table "operator" drop column "locale";`);
  }

}
