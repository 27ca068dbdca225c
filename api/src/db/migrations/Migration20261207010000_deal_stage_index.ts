import { Migration } from '@mikro-orm/migrations';

export class Migration20261207010000_deal_stage_index extends Migration {

  override name = 'Migration20261207010000_deal_stage_index';

  override up(): void | Promise<void> {
    this.addSql(`create index "deal_stage_id_index" on "deal" ("stage_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "deal_stage_id_index";`);
  }

}
