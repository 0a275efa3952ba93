// Tasklist's icon-only controls have no accessible name in Camunda's templates (axe-core: button-name, link-name,
// WCAG 4.1.2), and its task search field carries combobox attributes without the role (aria-allowed-attr). Loaded
// through config.js's customScripts (Camunda's documented webapp customisation), this names each control in words,
// now and whenever Tasklist draws it again; it changes no behaviour.
const NAMES = [
  ['button.region-toggle[data-region="filters"]', 'Show or hide the filters'],
  ['button.region-toggle[data-region="list"]', 'Show or hide the task list'],
  ['button.region-toggle[data-region="task"]', 'Show or hide the task'],
  ['button.maximize', 'Show the task alone'],
  ['button.unclaim', 'Unclaim the task'],
  ['button.reset-regions', 'Show filters, task list and task'],
  ['.stored-criteria > button.dropdown-toggle', 'Saved searches'],
  ['a.sort-direction', 'Change the sort order'],
  ['.new-sort > a.dropdown-toggle', 'Sort by another property']
];

function nameControls() {
  for (const [selector, name] of NAMES) {
    document.querySelectorAll(selector).forEach(control => {
      if (control.getAttribute('aria-label') !== name) {
        control.setAttribute('aria-label', name);
      }
    });
  }
  document.querySelectorAll('input.main-field[aria-expanded]:not([role])').forEach(field => {
    field.setAttribute('role', 'combobox');
  });
}

new MutationObserver(nameControls).observe(document.documentElement, {childList: true, subtree: true});
nameControls();
