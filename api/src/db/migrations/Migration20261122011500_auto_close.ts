import { Migration } from '@mikro-orm/migrations';

export class Migration20261122011500_auto_close extends Migration {

  override name = 'Migration20261122011500_auto_close';

  override up(): void | Promise<void> {
    this.addSql(`alter table "project" add "auto_close_after_minutes" int null default 1440;`);

    this.addSql(`create index "conversation_open_idx" on "conversation" ("last_activity_at") where "status" = 'OPEN';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "conversation_open_idx";`);

    this.addSql(`alter table "project" drop column "auto_close_after_minutes";`);
  }

}
