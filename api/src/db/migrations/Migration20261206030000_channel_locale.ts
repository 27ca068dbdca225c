import { Migration } from '@mikro-orm/migrations';

export class Migration20261206030000_channel_locale extends Migration {

  override name = 'Migration20261206030000_channel_locale';

  override up(): void | Promise<void> {
    this.addSql(`alter table "channel" add "locale" text null;`);
    this.addSql(`alter table "channel" add constraint "channel_locale_check" check ("locale" in ('EN', 'RU'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "channel" drop constraint "channel_locale_check";`);
    this.addSql(`alter table "channel" drop column "locale";`);
  }

}
