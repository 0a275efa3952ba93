// One login for the force's pages and the webapps (security.BrowserSessionSecurity): the webapps' own password form is
// closed. Where this app would show it (after its logout, or when the session has ended) the browser goes to the
// force's sign-in page instead. Loaded through config.js's customScripts (Camunda's documented webapp customisation).
function toSignInPage() {
  if (window.location.hash.startsWith('#/login')) {
    window.location.replace('/login');
  }
}

window.addEventListener('hashchange', toSignInPage);
toSignInPage();
