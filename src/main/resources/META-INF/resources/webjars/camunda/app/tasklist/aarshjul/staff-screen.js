// Small things of Tasklist's own screen (see docs/adr/0008-tasklist-plugins.md):
// - links in a form (the plan's and the reports' documents under /api/) open in a new tab instead of
//   replacing Tasklist and the form the user is filling in;
// - a task's tenant is shown by the municipality's (or cooperation's) name instead of its id ("taarnby");
// - "Gem" (Tasklist's Save, which keeps the form in this browser's local storage, nothing more) says what
//   it did.
// Camunda's end-of-life banner is hidden by styles/user-styles.css.
import {currentTaskId} from './field-messages.js';

// --- links out of a form ---
function openLinksInNewTab(root) {
  root.querySelectorAll('.fjs-container a[href]:not([target=_blank])').forEach(link => {
    link.target = '_blank';
    link.rel = 'noopener';
  });
}

// --- tenant names ---
let tenantNames = null;

// Requests of Tasklist in flight. The names are read when Tasklist is idle, so that they never delay
// loading a task. (Reading our API with the Tasklist session once changed the session's id and logged
// Tasklist's requests in flight out; fixed on the server, see SecurityConfiguration and TasklistSessionIT.)
// The count is also kept on <html data-aarshjul-requests>, so that a browser test can wait, as a person
// does, until Tasklist has finished loading a task before it fills in the form.
let inFlight = 0;
let lastActivity = Date.now();
function count(change) {
  inFlight += change;
  lastActivity = Date.now();
  document.documentElement.dataset.aarshjulRequests = String(inFlight);
}
const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.send = function () {
  count(1);
  this.addEventListener('loadend', () => count(-1));
  return send.apply(this, arguments);
};
const nativeFetch = window.fetch;
window.fetch = function () {
  count(1);
  const settled = () => count(-1);
  const answer = nativeFetch.apply(this, arguments);
  answer.then(settled, settled);
  return answer;
};

function loadTenantNamesWhenIdle() {
  if (tenantNames || !document.querySelector('.tenant-id')) {
    return;
  }
  if (inFlight > 0 || Date.now() - lastActivity < 1000) {
    setTimeout(loadTenantNamesWhenIdle, 500);
    return;
  }
  loadTenantNames();
}

function loadTenantNames() {
  // only once a task with a tenant is shown: the user is logged in, so the API answers (a 401 with a Basic
  // challenge would make the browser ask for a password)
  if (tenantNames || !document.querySelector('.tenant-id')) {
    return;
  }
  tenantNames = new Map();
  const read = path => nativeFetch(path, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(response => response.ok ? response.json() : [])
    .then(list => list.forEach(tenant => tenant.tenantId && tenant.name && tenantNames.set(tenant.tenantId, tenant.name)))
    .catch(() => {});
  const root = document.querySelector('base').getAttribute('app-root').replace(/\/camunda\/?$/, '');
  Promise.all([read(`${root}/api/municipalities`), read(`${root}/api/cooperations`)]).then(() => showTenantNames(document));
}

function showTenantNames(root) {
  if (!tenantNames || tenantNames.size === 0) {
    return;
  }
  root.querySelectorAll('.tenant-id').forEach(element => {
    element.childNodes.forEach(node => {
      const id = node.nodeType === Node.TEXT_NODE ? node.nodeValue.trim() : '';
      if (id && tenantNames.has(id)) {
        node.nodeValue = tenantNames.get(id);
      }
    });
    const tooltip = element.getAttribute('uib-tooltip');
    if (tooltip && tenantNames.has(tooltip.trim())) {
      element.setAttribute('uib-tooltip', tenantNames.get(tooltip.trim()));
    }
  });
}

// --- Gem ---
const SAVED = 'aarshjul-saved';

function savedAt(date) {
  return new Intl.DateTimeFormat('da-DK', {hour: '2-digit', minute: '2-digit'}).format(date).replace(':', '.');
}

document.addEventListener('click', event => {
  const save = event.target.closest && event.target.closest('.form-actions button[ng-click^="save"]');
  if (!save) {
    return;
  }
  const task = currentTaskId();
  // after Tasklist's own handler has stored the form
  setTimeout(() => {
    const actions = save.closest('.form-actions');
    let status = actions.querySelector(`.${SAVED}`);
    if (!status) {
      status = document.createElement('p');
      status.className = SAVED;
      status.setAttribute('role', 'status');
      actions.insertBefore(status, actions.firstChild);
    }
    status.dataset.task = task || '';
    status.textContent = task && localStorage.getItem(`camunda-form:${task}`) !== null
      ? `Gemt i denne browser kl. ${savedAt(new Date())}. Intet er sendt endnu: det sker, når du afslutter opgaven.`
      : 'Formularen kunne ikke gemmes i denne browser.';
  }, 0);
});

function forgetOtherTasksSaves(root) {
  const task = currentTaskId() || '';
  root.querySelectorAll(`.${SAVED}`).forEach(status => status.dataset.task !== task && status.remove());
}

let scheduled = false;
new MutationObserver(() => {
  if (scheduled) {
    return;
  }
  scheduled = true;
  requestAnimationFrame(() => {
    scheduled = false;
    loadTenantNamesWhenIdle();
    openLinksInNewTab(document);
    showTenantNames(document);
    forgetOtherTasksSaves(document);
  });
}).observe(document.documentElement, {childList: true, subtree: true, characterData: true});
