// The quick replies' template language, the only copy (the web inserts what the server fills): `#{key}` is the
// variable's value, `#{key|fallback}` the value or, when the variable is unset or empty, the fallback (which may
// be empty). A placeholder with neither stays as written and is reported, for the composer to warn before sending.
const placeholder = /#\{\s*([a-z_][a-z0-9_]*)\s*(?:\|([^}]*))?\}/gi;

export type FilledTemplate = {
  text: string;
  // The placeholders left as written, each once, in the order they first appear.
  unresolved: string[];
};

/** `text` with its placeholders filled from `values` (keys in lower case). */
export function fillTemplate(text: string, values: Readonly<Record<string, string | null | undefined>>): FilledTemplate {
  const unresolved = new Set<string>();
  const filled = text.replace(placeholder, (whole, key: string, fallback: string | undefined) => {
    const value = values[key.toLowerCase()];
    if (value) return value;
    if (fallback !== undefined) return fallback.trim();
    unresolved.add(whole);
    return whole;
  });
  return { text: filled, unresolved: [...unresolved] };
}

/** The values a template is filled from for one client (quick replies and broadcasts alike). */
export type TemplateClient = { name: string; phone: string | null; email: string | null; variables: Readonly<Record<string, unknown>> };

export function clientTemplateValues(client: TemplateClient, sender: { operator?: string | null; project: string }) {
  return {
    // The client's custom variables; the built-in ones below win over a custom one of the same key.
    ...Object.fromEntries(Object.entries(client.variables).map(([key, value]) => [key.toLowerCase(), String(value)])),
    name: client.name,
    first_name: client.name.split(/\s+/)[0] ?? client.name,
    phone: client.phone,
    email: client.email,
    operator: sender.operator,
    project: sender.project,
  };
}
