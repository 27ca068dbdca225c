// The process editor's preview chat opens the widget as the designer's test client: `#visitor=<token>` (a fragment,
// never sent to a server). That token is kept for the page only, so the browser's own visitor of the site stays.
export const givenVisitorToken = (): string | null => new URLSearchParams(location.hash.slice(1)).get('visitor');

// One visitor token per widget (public key), so a reload continues the same conversation.
const keyFor = (publicKey: string) => `omni-widget.visitor.${publicKey}`;

export const loadVisitorToken = (publicKey: string): string | null => {
  try {
    return localStorage.getItem(keyFor(publicKey));
  } catch {
    // Storage can be blocked inside third-party iframes; the chat then lasts for this page view.
    return null;
  }
};

export const saveVisitorToken = (publicKey: string, token: string) => {
  try {
    localStorage.setItem(keyFor(publicKey), token);
  } catch {
    // See loadVisitorToken.
  }
};

// Whether this visitor already answered (or skipped) the channel's pre-chat form: asked once per visitor token.
const introducedKey = (token: string) => `omni-widget.introduced.${token}`;

export const wasIntroduced = (token: string): boolean => {
  try {
    return localStorage.getItem(introducedKey(token)) === '1';
  } catch {
    return false;
  }
};

export const markIntroduced = (token: string) => {
  try {
    localStorage.setItem(introducedKey(token), '1');
  } catch {
    // See loadVisitorToken.
  }
};

// The widget lives at /widget/<publicKey>; `?key=` serves development pages that cannot set the path.
export const publicKeyFromLocation = (): string | null => {
  const match = /^\/widget\/([^/]+)\/?$/.exec(location.pathname);
  if (match?.[1]) return decodeURIComponent(match[1]);
  return new URLSearchParams(location.search).get('key');
};
