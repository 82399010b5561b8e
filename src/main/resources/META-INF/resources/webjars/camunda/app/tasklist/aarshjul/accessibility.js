// Tasklist's own layout has controls a screen reader cannot name and ARIA it does not allow (WCAG 2.1 AA,
// the level the Danish web accessibility act asks; measured with axe-core, see docs/accessibility.md):
// icon-only buttons and links (a glyphicon and nothing else) and a search field with aria-expanded but no
// role that allows it. Here each gets a Danish name: the text of its tooltip where it has one (Tasklist
// translates it, locales/da.json), otherwise a name from the table below; the search field is given the
// role it acts as. form-js's selects and tag lists open a list of options under the field, which the keys move
// through while the focus stays in the field; a screen reader heard nothing of it. They get the roles of an ARIA
// combobox (the field) and its listbox, the option the arrows reach as the field's active descendant.
// A list row's remove button (×), "Fjern nr. 1" in both lists, says which row: "Fjern fokusområde 1, mål 2" (its
// row's heading). It took the focus away with its row; the focus goes to the list's "Tilføj", which is described by
// the list's label ("Tilføj", "Mål").
// Re-applied on every re-render, on a changed tooltip ("Faldende" -> "Stigende") and a moved option.
// See docs/adr/0018-accessible-tasklist.md.
const NAMES = [
  ['.app-switch > .dropdown-toggle', 'Skift program'],
  ['.region-toggle[data-region=filters]', 'Skjul eller vis filtrene'],
  ['.region-toggle[data-region=list]', 'Skjul eller vis opgavelisten'],
  ['.region-toggle[data-region=task]', 'Skjul eller vis opgaven'],
  ['.maximize', 'Vis opgaven i fuld bredde'],
  ['.reset-regions', 'Vis filtre, opgaveliste og opgave igen'],
  ['.stored-criteria > .dropdown-toggle', 'Gemte søgekriterier']
];
const OURS = 'aarshjulLabel';
// the fields of form-js's selects, searchable selects and tag lists
const OPTION_FIELDS = '.fjs-form-field-select input:not([type=hidden]), .fjs-form-field-taglist input.fjs-taglist-input';

// no name a screen reader could read: no label, no text shown (Tasklist hides some texts on narrower screens;
// innerText, which lays the page out, is read last and only for a control we can name)
function unnamed(control) {
  return !control.getAttribute('title') && !control.getAttribute('aria-labelledby')
    && (!control.getAttribute('aria-label') || control.dataset[OURS]) && !control.innerText.trim();
}

function tooltipOf(control) {
  const carrier = control.matches('[uib-tooltip]') ? control : control.querySelector('[uib-tooltip]');
  return carrier ? carrier.getAttribute('uib-tooltip').trim() : '';
}

function name(control, text) {
  if (text && control.getAttribute('aria-label') !== text) {
    control.setAttribute('aria-label', text);
    control.dataset[OURS] = 'true';
  }
}

function patch() {
  NAMES.forEach(([selector, text]) => document.querySelectorAll(selector).forEach(control => {
    if (unnamed(control)) {
      name(control, text);
    }
  }));
  // an <a> without href is no link (and may not have a name)
  document.querySelectorAll('a[href], button').forEach(control => {
    const tooltip = tooltipOf(control);
    if (tooltip && unnamed(control)) {
      name(control, tooltip);
    }
  });
  // uib-typeahead sets aria-expanded and aria-owns on a plain text field, which only a combobox may have
  document.querySelectorAll('input[uib-typeahead]:not([role])').forEach(input => input.setAttribute('role', 'combobox'));
  document.querySelectorAll(OPTION_FIELDS).forEach(comboboxOf);
  document.querySelectorAll('.fjs-repeat-row-remove').forEach(nameByRow);
  document.querySelectorAll('.fjs-form-field-dynamiclist').forEach(list => {
    const label = list.querySelector(':scope > .fjs-form-field-label[id]');
    const add = list.querySelector(':scope > .fjs-repeat-render-footer .fjs-repeat-render-add');
    if (label && add) {
      set(add, 'aria-describedby', label.id);
    }
  });
}

function nameByRow(button) {
  const row = button.closest('.fjs-repeat-row-container');
  const heading = row && row.querySelector('h1, h2, h3, h4, h5, h6');
  const text = heading && heading.textContent.trim();
  if (text) {
    set(button, 'aria-label', `Fjern ${text.charAt(0).toLowerCase()}${text.slice(1)}`);
  }
}

function set(element, attribute, value) {
  if (value === null) {
    element.removeAttribute(attribute);
  } else if (element.getAttribute(attribute) !== value) {
    element.setAttribute(attribute, value);
  }
}

function comboboxOf(input) {
  const list = input.closest('.fjs-form-field').querySelector('.fjs-dropdownlist');
  set(input, 'role', 'combobox');
  set(input, 'aria-autocomplete', 'list');
  set(input, 'aria-expanded', list ? 'true' : 'false');
  if (!list) {
    set(input, 'aria-controls', null);
    set(input, 'aria-activedescendant', null);
    return;
  }
  const id = `${input.id}-options`;
  set(list, 'id', id);
  set(list, 'role', 'listbox');
  set(input, 'aria-controls', id);
  let active = null;
  list.querySelectorAll('.fjs-dropdownlist-item').forEach((item, index) => {
    set(item, 'id', `${id}-${index}`);
    set(item, 'role', 'option');
    const focused = item.classList.contains('focused');
    set(item, 'aria-selected', String(focused));
    active = focused ? item.id : active;
  });
  set(input, 'aria-activedescendant', active);
}

document.addEventListener('click', event => {
  const remove = event.target instanceof Element && event.target.closest('.fjs-repeat-row-remove');
  const list = remove && remove.closest('.fjs-form-field-dynamiclist');
  if (list) {
    setTimeout(() => {
      const add = list.querySelector(':scope > .fjs-repeat-render-footer .fjs-repeat-render-add');
      if (add && !remove.isConnected && (!document.activeElement || document.activeElement === document.body)) {
        add.focus();
      }
    });
  }
}, true);

let scheduled = false;
function schedule() {
  if (!scheduled) {
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      patch();
    });
  }
}
new MutationObserver(schedule)
  .observe(document.documentElement, {childList: true, subtree: true, attributes: true, attributeFilter: ['uib-tooltip', 'aria-label']});
// the arrow keys move form-js's highlighted option (a class, not observed: Tasklist changes classes all the time)
document.addEventListener('keydown', () => setTimeout(schedule), true);
