// A small RFC 4180 CSV reader and writer: quoted fields with "" escapes and line breaks, CRLF or LF, comma or
// semicolon (guessed from the header, as spreadsheets in Russian locales write semicolons).

/** The rows of a CSV text, as arrays of fields; blank lines are skipped. */
export function* parseCsv(text: string, separator = guessSeparator(text)): Generator<{ line: number; fields: string[] }> {
  let field = '';
  let fields: string[] = [];
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === separator) {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      fields.push(field);
      if (fields.some((value) => value !== '')) yield { line: rowLine, fields };
      fields = [];
      field = '';
      line++;
      rowLine = line;
    } else field += ch;
  }
  fields.push(field);
  if (fields.some((value) => value !== '')) yield { line: rowLine, fields };
}

function guessSeparator(text: string) {
  const header = text.slice(0, text.search(/\r?\n/) >>> 0 || text.length);
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/** One CSV line (CRLF-terminated); fields with separators, quotes or line breaks are quoted. Formula-looking text is defused. */
export function csvLine(values: readonly (string | number | boolean | null | undefined)[]) {
  return `${values
    .map((value) => {
      let text = value == null ? '' : String(value);
      // A spreadsheet would run =, +, - or @ at the start of a cell as a formula (CSV injection).
      if (typeof value === 'string' && /^([=@\t\r]|[+-][^\d\s(])/.test(text)) text = `'${text}`;
      return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(',')}\r\n`;
}
