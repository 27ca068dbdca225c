import { unwrap } from 'solid-js/store';

// A detached deep copy of a value that may be a Solid store proxy (urql/solid results are stores),
// so another store can own and mutate it.
export const plain = <T>(value: T): T => structuredClone(unwrap(value));
