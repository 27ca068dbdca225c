import { Migration } from '@mikro-orm/migrations';

export class Migration20261122012232_client_bot_block extends Migration {

  override name = 'Migration20261122012232_client_bot_block';

  override up(): void | Promise<void> {
    this.addSql(`alter table "client" add "bot_paused_until" timestamptz null, add "blocked_at" timestamptz null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "client" drop column "bot_paused_until", drop column "blocked_at";`);
  }

}
