import { Migration } from '@mikro-orm/migrations';

export class Migration20261122012936_list_partial_indexes extends Migration {

  override name = 'Migration20261122012936_list_partial_indexes';

  override up(): void | Promise<void> {
    this.addSql(`create index "conversation_pinned_idx" on "conversation" ("project_id", "pinned_at") where "pinned_at" is not null;`);
    this.addSql(`create index "conversation_archived_idx" on "conversation" ("project_id", "last_activity_at", "id") where "archived_at" is not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "conversation_pinned_idx";`);
    this.addSql(`drop index "conversation_archived_idx";`);
  }

}
