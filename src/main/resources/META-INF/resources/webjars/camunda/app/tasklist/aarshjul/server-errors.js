// When the server refuses a form (Afslut, or Start for a start form), Tasklist shows the engine's message in
// a banner over the form's buttons and keeps it when the user opens another task. Our server answers a
// refused form with a Danish RFC 9457 problem listing each wrong field ({field: "focusAreas[0].goals[1].
// targetValue", label: "Fokusområde 1, mål 2, Målværdi", message: "skal være et tal"}; see
// dk.aarshjul.security.EngineProblems). Here each error is shown at its field in the form, and all of them
// in one Danish list at the top of the form (a field form-js does not show is only in the list); the
// banner is left out for such a problem. Everything goes when another task is opened, and Tasklist's
// notifications too. See docs/adr/0008-tasklist-plugins.md.
import {showFieldMessage, clearFieldMessage, clearAllFieldMessages, inputOf, currentTaskId} from './field-messages.js';

const SERVER = 'server';
const SUMMARY = 'aarshjul-problem';
const SUBMIT = /\/(task|process-definition)\/([^/]+)\/submit-form(\?|$)/;
// problems shown in the form, whose banner Tasklist must not add as well (detail -> time seen)
const shownInForm = new Map();

const open = XMLHttpRequest.prototype.open;
const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.open = function (method, url) {
  const match = String(method).toUpperCase() === 'POST' && SUBMIT.exec(String(url));
  this.aarshjulSubmit = match ? {resource: match[1], id: match[2], url: String(url)} : null;
  return open.apply(this, arguments);
};
XMLHttpRequest.prototype.send = function () {
  if (this.aarshjulSubmit) {
    clearServerErrors();
    // before Tasklist's own handler (onreadystatechange), so the banner can be left out
    this.addEventListener('readystatechange', () => {
      if (this.readyState === 4 && this.status >= 400) {
        answered(this.aarshjulSubmit, this.responseText);
      }
    });
  }
  return send.apply(this, arguments);
};

function answered(submit, body) {
  let problem;
  try {
    problem = JSON.parse(body);
  } catch (e) {
    return;
  }
  if (!problem || !Array.isArray(problem.errors) || problem.errors.length === 0) {
    return;
  }
  shownInForm.set(problem.message || problem.detail, Date.now());
  leaveOutBanner();
  schemaOf(submit).then(schema => show(problem.errors, schema)).catch(() => show(problem.errors, null));
}

// --- where a field is: the form's schema names each key's form-js id; form-js's DOM ids are
// "fjs-form-<form>-<field id>" followed by "_<index>" for each list the field is in ---
const schemas = new Map();

function schemaOf(submit) {
  const api = document.querySelector('base').getAttribute('engine-api');
  const url = submit.resource === 'task'
    ? `${api}engine/default/task/${submit.id}/deployed-form`
    : `${api}engine/default/process-definition/${submit.id}/deployed-start-form`;
  if (!schemas.has(url)) {
    schemas.set(url, fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(response => response.ok ? response.json() : Promise.reject(response.status)));
  }
  return schemas.get(url);
}

function findComponent(components, name) {
  for (const component of components || []) {
    if (component.key === name || component.path === name) {
      return component;
    }
    // a group without a path adds no step to the data's path
    if (!component.key && !component.path && component.components) {
      const inside = findComponent(component.components, name);
      if (inside) {
        return inside;
      }
    }
  }
  return null;
}

function locate(schema, path) {
  if (!schema) {
    return null;
  }
  const steps = String(path).match(/[^.[\]]+/g) || [];
  const indexes = [];
  let components = schema.components;
  let component = null;
  for (const step of steps) {
    if (/^\d+$/.test(step)) {
      indexes.push(step);
      continue;
    }
    component = findComponent(components, step);
    if (!component) {
      return null;
    }
    components = component.components;
  }
  if (!component) {
    return null;
  }
  const domId = [component.id, ...indexes].join('_');
  const ending = new RegExp(`-${domId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(-[a-z-]+)?$`);
  const element = [...document.querySelectorAll(`.fjs-container [id*="-${domId}"]`)].find(e => ending.test(e.id));
  return element ? element.closest('.fjs-form-field') : null;
}

function sentence(text) {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

// What did not happen, as the user asked for it: Start in the start dialog, Afslut on a task.
function notDone(host) {
  return host.closest('.modal') ? 'Processen er ikke startet' : 'Opgaven er ikke afsluttet';
}

function show(errors, schema) {
  const host = document.querySelector('[cam-tasklist-form-camunda]');
  if (!host) {
    return;
  }
  const summary = document.createElement('div');
  summary.className = `${SUMMARY} alert alert-danger`;
  summary.setAttribute('role', 'alert');
  const intro = document.createElement('p');
  intro.textContent = errors.length === 1
    ? `${notDone(host)}. Ret dette, og prøv igen:`
    : `${notDone(host)}. Ret disse ${errors.length} ting, og prøv igen:`;
  const list = document.createElement('ul');
  errors.forEach(error => {
    const item = document.createElement('li');
    const text = `${error.label}: ${error.message}`;
    const field = locate(schema, error.field);
    if (field) {
      const box = showFieldMessage(field, SERVER, sentence(error.message));
      const link = document.createElement('a');
      link.href = `#${box.id}`;
      link.textContent = text;
      link.addEventListener('click', event => {
        event.preventDefault();
        field.scrollIntoView({block: 'center'});
        const input = inputOf(field);
        if (input) {
          input.focus({preventScroll: true});
        }
      });
      item.appendChild(link);
      // the server's word on a value is stale once the value is changed
      const forget = () => {
        clearFieldMessage(field, SERVER);
        field.removeEventListener('input', forget, true);
        field.removeEventListener('change', forget, true);
      };
      field.addEventListener('input', forget, true);
      field.addEventListener('change', forget, true);
    } else {
      item.textContent = text;
    }
    list.appendChild(item);
  });
  summary.append(intro, list);
  host.insertBefore(summary, host.firstChild);
  summary.scrollIntoView({block: 'nearest'});
}

function clearServerErrors() {
  document.querySelectorAll(`.${SUMMARY}`).forEach(summary => summary.remove());
  clearAllFieldMessages(SERVER);
}

// --- Tasklist's notifications (the banner), through its AngularJS service ---
function notifications() {
  const angular = window.angular;
  const injector = angular && angular.element(document).injector();
  return injector && injector.has('Notifications') ? injector.get('Notifications') : null;
}

let bannerFilterInstalled = false;

// Installs the filter on Tasklist's notifications once its AngularJS injector exists.
function installBannerFilter() {
  const service = notifications();
  if (!service || bannerFilterInstalled) {
    return service;
  }
  bannerFilterInstalled = true;
  const add = service.add;
  service.add = function (notification) {
    const seen = notification && shownInForm.get(notification.message);
    if (seen && Date.now() - seen < 10000) {
      return;
    }
    // Afslut on a form whose own checks fail: Tasklist adds "Der skete en fejl, da formularen skulle
    // sendes" without a message, as a toast over Afslut, although form-js already shows each error at its
    // field. Say it in the form instead, where the errors are, and leave the toast out.
    if (notification && notification.type === 'danger' && !notification.message) {
      const self = this;
      const args = arguments;
      // form-js renders its errors a moment after it refuses the submission
      setTimeout(() => formJsShowsErrors() ? showFormJsSummary() : add.apply(self, args), 100);
      return;
    }
    return add.apply(this, arguments);
  };
  return service;
}

function formJsShowsErrors() {
  return !!document.querySelector('[cam-tasklist-form-camunda] .fjs-form-field-error, .modal-body .fjs-form-field-error');
}

function showFormJsSummary() {
  const host = document.querySelector('[cam-tasklist-form-camunda]');
  if (!host) {
    return;
  }
  clearServerErrors();
  const summary = document.createElement('div');
  summary.className = `${SUMMARY} alert alert-danger`;
  summary.setAttribute('role', 'alert');
  const count = document.querySelectorAll('[cam-tasklist-form-camunda] .fjs-form-field-error').length;
  summary.textContent = count === 1
    ? `${notDone(host)}: ét felt mangler eller er forkert. Det er markeret i formularen.`
    : `${notDone(host)}: ${count} felter mangler eller er forkerte. De er markeret i formularen.`;
  host.insertBefore(summary, host.firstChild);
  // the summary is stale once the user starts correcting; form-js keeps its own messages up to date
  host.addEventListener('input', () => summary.remove(), {once: true, capture: true});
  const first = host.querySelector('.fjs-form-field-error');
  const field = first && first.closest('.fjs-form-field');
  const input = field && inputOf(field);
  if (field) {
    field.scrollIntoView({block: 'center'});
  }
  if (input) {
    input.focus({preventScroll: true});
  }
}

function leaveOutBanner() {
  const service = installBannerFilter();
  if (!service) {
    return;
  }
  // a banner already added for it
  service.notifications.filter(n => shownInForm.has(n.message)).forEach(n => service.clear(n));
}

// the filter must be in place before the first Afslut, not only after the first refusal
new MutationObserver((records, observer) => {
  if (installBannerFilter()) {
    observer.disconnect();
  }
}).observe(document.documentElement, {childList: true, subtree: true});

// --- nothing outlives its task ---
let shownTask = currentTaskId();
window.addEventListener('hashchange', () => {
  const task = currentTaskId();
  if (task !== shownTask) {
    shownTask = task;
    clearServerErrors();
    // the errors of the task left; a confirmation (e.g. of the next task assigned) may stay
    const service = notifications();
    if (service) {
      service.notifications.filter(n => n.type === 'danger').forEach(n => service.clear(n));
    }
  }
});
