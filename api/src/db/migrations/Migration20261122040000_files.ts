import { Migration } from '@mikro-orm/migrations';

export class Migration20261122040000_files extends Migration {

  override name = 'Migration20261122040000_files';

  override up(): void | Promise<void> {
    this.addSql(`create index "file_storage_key_index" on "file" ("storage_key");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "file_storage_key_index";`);
  }

}
