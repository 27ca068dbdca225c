// How the product names clients it knows nothing about, and how it shows their ids to people: one place, used by
// whoever creates visitors (the web chat) and whoever must tell a placeholder from a real name (merging).

const VISITOR_PREFIX = 'Visitor';
const placeholderPattern = new RegExp(`^${VISITOR_PREFIX} [0-9a-f]{6}$`);

/** "Visitor 49e63b": the name of a visitor who gave none, from the visitor's random hex id. */
export const visitorPlaceholderName = (visitorId: string) => `${VISITOR_PREFIX} ${visitorId.slice(0, 6)}`;

/** Whether a client's name is the placeholder the product gave, not one the client or an operator chose. */
export const isPlaceholderName = (name: string) => placeholderPattern.test(name.trim());

/**
 * A client's id as people read it: the last 8 hex digits of its UUID (the first ones are the creation time, the
 * same for clients created within a minute). For reading aloud and recognising; `node(id:)` takes the global id.
 */
export const shortClientId = (uuid: string) => uuid.replace(/-/g, '').slice(-8);
