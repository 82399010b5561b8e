// Messages of our own at a form-js field, shown the way form-js shows its own errors (the element
// .fjs-form-field-error under the field, announced politely, tied to the input by aria-describedby and
// marked aria-invalid). Used for a past date the calendar refused (danish-forms.js) and for the server's
// refusals (server-errors.js). form-js (Preact) leaves DOM nodes it did not create alone.
const OWN = 'aarshjul-field-message';

export function showFieldMessage(field, kind, text) {
  clearFieldMessage(field, kind);
  const input = inputOf(field);
  const id = `${input && input.id ? input.id : 'aarshjul-' + Math.random().toString(36).slice(2)}-${kind}`;
  const box = document.createElement('div');
  box.className = `fjs-form-field-error ${OWN}`;
  box.dataset.aarshjulKind = kind;
  box.id = id;
  box.setAttribute('aria-live', 'polite');
  const list = document.createElement('ul');
  const item = document.createElement('li');
  item.textContent = text;
  list.appendChild(item);
  box.appendChild(list);
  field.appendChild(box);
  field.classList.add('fjs-has-errors');
  if (input) {
    input.setAttribute('aria-invalid', 'true');
    const described = (input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
    input.setAttribute('aria-describedby', [...described, id].join(' '));
  }
  return box;
}

export function clearFieldMessage(field, kind) {
  field.querySelectorAll(`.${OWN}[data-aarshjul-kind="${kind}"]`).forEach(box => {
    const input = inputOf(field);
    if (input) {
      const rest = (input.getAttribute('aria-describedby') || '').split(' ').filter(id => id && id !== box.id);
      rest.length ? input.setAttribute('aria-describedby', rest.join(' ')) : input.removeAttribute('aria-describedby');
      if (!field.querySelector(`.${OWN}:not([id="${box.id}"])`) && !field.querySelector('.fjs-form-field-error:not(.' + OWN + ')')) {
        input.removeAttribute('aria-invalid');
      }
    }
    box.remove();
  });
  if (!field.querySelector('.fjs-form-field-error')) {
    field.classList.remove('fjs-has-errors');
  }
}

export function clearAllFieldMessages(kind) {
  document.querySelectorAll(`.${OWN}[data-aarshjul-kind="${kind}"]`).forEach(box => {
    const field = box.closest('.fjs-form-field');
    field ? clearFieldMessage(field, kind) : box.remove();
  });
}

export function inputOf(field) {
  return field.querySelector('input:not([type=hidden]):not(.fjs-select-hidden-input), textarea, .fjs-select-hidden-input');
}

/** The id of the task Tasklist shows (#/?task=…), or null. */
export function currentTaskId() {
  const match = /[?&]task=([^&]+)/.exec(window.location.hash);
  return match ? decodeURIComponent(match[1]) : null;
}
