// `/widget.js`: what a business puts on its site to get the web chat as a floating button in the corner.
//   <script src="https://inbox.example.com/widget.js" data-channel="<widget key>" async></script>
// The button opens the chat (`/widget/<key>`) in an iframe above it; the visitor stays the same client across
// pages and visits (the widget keeps its token in its own storage). Plain ES2017, no dependencies: it runs on
// the business's pages, not ours.
export const widgetLauncherScript = `(function () {
  var script = document.currentScript;
  var key = script && script.getAttribute('data-channel');
  if (!key) return console.error('[chat] widget.js needs data-channel="<widget key>"');
  if (document.getElementById('omni-chat-launcher')) return;
  var color = script.getAttribute('data-color') || '#2f5bea';
  var frame = document.createElement('iframe');
  frame.src = new URL(script.src).origin + '/widget/' + encodeURIComponent(key);
  frame.title = 'Chat';
  frame.style.cssText = 'position:fixed;right:20px;bottom:88px;width:370px;height:560px;max-width:calc(100vw - 40px);' +
    'max-height:calc(100vh - 108px);border:0;border-radius:14px;box-shadow:0 8px 32px rgba(16,24,40,.22);z-index:2147483647;' +
    'background:#fff;display:none';
  var button = document.createElement('button');
  button.id = 'omni-chat-launcher';
  button.type = 'button';
  button.setAttribute('aria-label', 'Open the chat');
  button.setAttribute('aria-expanded', 'false');
  button.style.cssText = 'position:fixed;right:20px;bottom:20px;width:56px;height:56px;border:0;border-radius:50%;cursor:pointer;' +
    'background:' + color + ';color:#fff;box-shadow:0 4px 16px rgba(16,24,40,.25);z-index:2147483647;display:flex;' +
    'align-items:center;justify-content:center';
  var bubble = '<svg width="26" height="26" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true"><path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z"/></svg>';
  var cross = '<svg width="22" height="22" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2.5" fill="none" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18"/></svg>';
  button.innerHTML = bubble;
  button.addEventListener('click', function () {
    var open = frame.style.display === 'none';
    frame.style.display = open ? 'block' : 'none';
    button.innerHTML = open ? cross : bubble;
    button.setAttribute('aria-expanded', String(open));
    button.setAttribute('aria-label', open ? 'Close the chat' : 'Open the chat');
  });
  var mount = function () {
    document.body.appendChild(frame);
    document.body.appendChild(button);
  };
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();
`;
