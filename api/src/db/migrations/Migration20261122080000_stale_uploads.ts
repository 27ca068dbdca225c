import { Migration } from '@mikro-orm/migrations';

// Abandoned uploads (on no message, not in the library) are found by age for the hourly purge.
export class Migration20261122080000_stale_uploads extends Migration {

  override name = 'Migration20261122080000_stale_uploads';

  override up(): void | Promise<void> {
    this.addSql(`create index "file_unattached_idx" on "file" (created_at) where message_id is null and not library;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "file_unattached_idx";`);
  }

}
