import { Migration } from '@mikro-orm/migrations';

// What a user's words match, the same whatever the cluster's locale (`npm start`'s PostgreSQL is `--locale=C`, where
// lower() folds ASCII only and pg_trgm sees no Cyrillic letters). Three functions, every one 1:1 per character
// except search_key, so that a headline of folded text maps back onto the original (see search-highlight.ts):
// - fold_case: small letters for Latin and Cyrillic capitals (what "the same name" means for tags and teams);
// - search_fold: fold_case, then ё as е and Latin letters without accents ("jose" finds "José");
// - search_key: search_fold in ASCII letters, one for each Cyrillic letter (ъ, ь dropped), for the trigram index.
//   It maps character by character, so a text whose fold contains the fold of the words has a key containing
//   their key: the index finds a superset on any cluster, search_fold keeps the real matches.

// Capitals of Latin-1, Latin Extended-A and Cyrillic and their small letters, for a server without a Unicode
// collation (ASCII is lower()'s). İ is i, as its lower() in ICU is two characters.
const capitals =
  'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ' +
  'ЀЁЂЃЄЅІЇЈЉЊЋЌЍЎЏАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯҐҒҔҖҘҚҜҞҠҢҤҦҨҪҬҮҰҲҴҶҸҺҼҾӀӁӃӅӇӉӋӍӐӒӔӖӘӚӜӞӠӢӤӦӨӪӬӮӰӲӴӶӸӺӼӾİ';
const smalls =
  'àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįĳĵķĺļľŀłńņňŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷÿźżž' +
  'ѐёђѓєѕіїјљњћќѝўџабвгдежзийклмнопрстуфхцчшщъыьэюяґғҕҗҙқҝҟҡңҥҧҩҫҭүұҳҵҷҹһҽҿӏӂӄӆӈӊӌӎӑӓӕӗәӛӝӟӡӣӥӧөӫӭӯӱӳӵӷӹӻӽӿi';

/** fold_case by what the server offers, fastest first: all fold Latin and Cyrillic alike (the test compares them). */
export const foldCaseBodies = {
  // PostgreSQL 17+: the builtin provider's Unicode case mapping (simple: İ is i), whatever the database's locale.
  builtin: `lower($1 collate pg_c_utf8)`,
  icu: `lower(translate($1, 'İ', 'i') collate "und-x-icu")`,
  // Neither: a table, far slower on text with such letters (translate() walks it for every character).
  table: `lower(case when $1 ~ '[À-ӿ]' then translate($1, '${capitals}', '${smalls}') else $1 end)`,
} as const;

// Small Latin letters with accents (Latin-1 and Extended-A), and ё, ѐ, ѝ; the letters without them.
const accented = 'àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżžøđħıłŀŧſðŉёѐѝ';
const plain = 'aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzzodhilltsdnеей';
// Small Cyrillic letters (Russian by frequency, then Ukrainian, Belarusian, Serbian, Macedonian, Kazakh, Tajik)
// as ASCII letters; ь and ъ have none, so translate() drops them.
export const cyrillic = 'оеаинтсрвлкмдпуяыгзбчйхжшюцщэфіїєґўјљњђћѓќѕџәғқңөұүһҳҷӣӯьъ';
export const latin = 'oeaintsrvlkmdpuaygzbcjhzsucsefiiegujlndcgksdagknouuhhciu';

// Bodies are SQL-standard (RETURN …): parsed once, immune to search_path in a restore, and still inlined by the
// planner (none is STRICT and each argument is cheap), so index expressions match and cost no function calls.
// The regular expressions skip a translate() (its cost grows with its table) when the text has no letter it changes.
const searchFold = `case when $1 ~ '[À-ſЀЁЍѐёѝ]' then translate(fold_case($1), '${accented}', '${plain}') else fold_case($1) end`;
// A text without Latin-1, Latin Extended-A or Cyrillic letters (phones, most e-mails, English names) is its fold_case.
export const searchKey = `case when $1 ~ '[À-ӿ]' then translate(search_fold($1), '${cyrillic}', '${latin}') else fold_case($1) end`;

const clientSearchText = `name || ' ' || coalesce(phone, '') || ' ' || coalesce(email, '')`;
// search_key(clientSearchText) part by part: the same string, but a phone or e-mail without Cyrillic skips the mapping.
const clientSearchKey = `search_key(name) || ' ' || search_key(coalesce(phone, '')) || ' ' || search_key(coalesce(email, ''))`;

// Names equal but for case (which lower() missed in Cyrillic on a C cluster) get " (2)", " (3)"… before the unique
// index that now tells them apart no more.
const renameDuplicates = (table: 'label' | 'team', scope: string) => `do $rename$
declare duplicate record; n int;
begin
  for duplicate in
    select id, ${scope}, name from (select *, row_number() over (partition by ${scope}, fold_case(name) order by created_at, id) as rank from "${table}") ranked where rank > 1
  loop
    n := 2;
    while exists (select from "${table}" t where ${scope.split(', ').map((column) => `t.${column} = duplicate.${column}`).join(' and ')} and fold_case(t.name) = fold_case(duplicate.name || ' (' || n || ')')) loop
      n := n + 1;
    end loop;
    update "${table}" set name = duplicate.name || ' (' || n || ')' where id = duplicate.id;
  end loop;
end $rename$;`;

export class Migration20261206013600_search_fold extends Migration {

  override name = 'Migration20261206013600_search_fold';

  override async up(): Promise<void> {
    const [offer] = await this.execute(
      `select exists (select from pg_collation where collname = 'pg_c_utf8' and collencoding in (-1, e.encoding)) as builtin,
              exists (select from pg_collation where collname = 'und-x-icu') as icu
         from pg_database e where e.datname = current_database()`,
    );
    const foldCase = offer?.builtin ? foldCaseBodies.builtin : offer?.icu ? foldCaseBodies.icu : foldCaseBodies.table;
    this.addSql(`create function fold_case(text) returns text language sql immutable parallel safe return ${foldCase};`);
    this.addSql(`create function search_fold(text) returns text language sql immutable parallel safe return ${searchFold};`);
    this.addSql(`create function search_key(text) returns text language sql immutable parallel safe return ${searchKey};`);

    this.addSql(`drop index "client_search_idx";`);
    this.addSql(`create index "client_search_idx" on "client" using gin ((${clientSearchKey}) gin_trgm_ops);`);

    // Rewrites the table once: stems of the folded text, so Russian words stem whatever the case on a C cluster.
    this.addSql(`alter table "message" drop column "search";`);
    this.addSql(`alter table "message" add "search" tsvector generated always as (to_tsvector('russian'::regconfig, search_fold(text))) stored null;`);
    this.addSql(`create index "message_search_idx" on "message" using gin ("search");`);

    this.addSql(renameDuplicates('label', 'project_id, kind'));
    this.addSql(`drop index "label_name_idx";`);
    this.addSql(`create unique index "label_name_idx" on "label" (project_id, kind, fold_case(name));`);
    this.addSql(renameDuplicates('team', 'project_id'));
    this.addSql(`drop index "team_name_idx";`);
    this.addSql(`create unique index "team_name_idx" on "team" (project_id, fold_case(name));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "team_name_idx";`);
    this.addSql(`create unique index "team_name_idx" on "team" (project_id, lower(name));`);
    this.addSql(`drop index "label_name_idx";`);
    this.addSql(`create unique index "label_name_idx" on "label" (project_id, kind, lower(name));`);

    this.addSql(`alter table "message" drop column "search";`);
    this.addSql(`alter table "message" add "search" tsvector generated always as (to_tsvector('russian'::regconfig, text)) stored null;`);
    this.addSql(`create index "message_search_idx" on "message" using gin ("search");`);

    this.addSql(`drop index "client_search_idx";`);
    this.addSql(`create index "client_search_idx" on "client" using gin ((lower(${clientSearchText})) gin_trgm_ops);`);

    this.addSql(`drop function search_key(text);`);
    this.addSql(`drop function search_fold(text);`);
    this.addSql(`drop function fold_case(text);`);
  }

}
