import { Migration } from '@mikro-orm/migrations';

export class Migration20261213000000_process_schedules extends Migration {

  override name = 'Migration20261213000000_process_schedules';

  override up(): void | Promise<void> {
    this.addSql(`alter table "process_run" add column "firing_id" varchar(200) null;`);
    this.addSql(`create unique index "process_run_firing_unique" on "process_run" ("process_id", "client_id", "firing_id") where firing_id is not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "process_run_firing_unique";`);
    this.addSql(`alter table "process_run" drop column "firing_id";`);
  }

}
