// form-js (Camunda Forms, embedded in Tasklist 7.24) renders its own controls and messages in English and
// has no translation API (bpmn-io/form-js#77, #443). We translate what it renders, after it renders:
// a MutationObserver rewrites its known English texts and attributes in place. form-js is Preact, which
// only rewrites a text or an attribute when its own value changes; then the observer sees it again.
//
// Its date picker (flatpickr) takes its format from the browser's default Intl locale (mm/dd/yyyy in an
// English-default browser) and has an English calendar that starts on Sunday. We give each flatpickr
// instance a Danish calendar starting on Monday and the format dd-mm-åååå, through flatpickr's own
// set(); the value form-js stores is unchanged (an ISO date). A past date the calendar refuses for a field
// with "disallowPassedDates" was silently emptied; we say why, at the field.
// See docs/adr/0008-tasklist-plugins.md.
import {showFieldMessage, clearFieldMessage} from './field-messages.js';

const PERIOD_PATTERN_PART = 'Q[1-4]';

function number(text) {
  const value = Number(text);
  return Number.isFinite(value) ? value.toLocaleString('da-DK') : text;
}

// form-js's validation messages (validator in form-js viewer) and control texts, English -> Danish
const TEXTS = [
  [/^Field is required\.$/, () => 'Feltet skal udfyldes.'],
  [/^Field must match pattern (.*)\.$/, (m) => m[1].includes(PERIOD_PATTERN_PART)
    ? 'Skriv et år (2025), et kvartal (2025Q3) eller en måned (2025M07).'
    : 'Feltet har ikke den rigtige form.'],
  [/^Field must have minimum value of (.*)\.$/, (m) => `Værdien skal være mindst ${number(m[1])}.`],
  [/^Field must have maximum value of (.*)\.$/, (m) => `Værdien må højst være ${number(m[1])}.`],
  [/^Field must have minimum length of (.*)\.$/, (m) => `Skriv mindst ${m[1]} tegn.`],
  [/^Field must have maximum length of (.*)\.$/, (m) => `Skriv højst ${m[1]} tegn.`],
  [/^Field must be a valid email\.$/, () => 'Skriv en gyldig e-mailadresse.'],
  [/^Field must be a valid\s+international phone number\..*$/, () => 'Skriv et telefonnummer med landekode, fx +4533123456.'],
  [/^Date and time must both be entered\.$/, () => 'Skriv både dato og klokkeslæt.'],
  [/^Add new$/, () => 'Tilføj'],
  [/^Collapse$/, () => 'Skjul'],
  [/^Expand all \((\d+)\)$/, (m) => `Vis alle (${m[1]})`],
  [/^Remove list item (\d+)$/, (m) => `Fjern nr. ${m[1]}`],
  [/^Remove tag$/, () => 'Fjern'],
  [/^Select$/, () => 'Vælg'],
  [/^Search$/, () => 'Søg'],
  [/^No results$/, () => 'Ingen resultater'],
  [/^All values selected$/, () => 'Alle er valgt'],
  [/^Increment$/, () => 'Større'],
  [/^Decrement$/, () => 'Mindre'],
  [/^Next page$/, () => 'Næste side'],
  [/^Previous page$/, () => 'Forrige side']
];

// where form-js writes those texts as text nodes; values typed by a person are never text nodes here
const TEXT_PLACES = '.fjs-form-field-error li, .fjs-repeat-render-add, .fjs-repeat-render-collapse, '
  + '.fjs-select-display, .fjs-dropdownlist-empty';
const ATTRIBUTES = ['placeholder', 'title', 'aria-label'];

function danish(text) {
  const trimmed = text.trim();
  for (const [pattern, replace] of TEXTS) {
    const match = pattern.exec(trimmed);
    if (match) {
      return text.replace(trimmed, replace(match));
    }
  }
  return null;
}

function translateTexts(root) {
  root.querySelectorAll(TEXT_PLACES).forEach(place => {
    place.childNodes.forEach(node => {
      if (node.nodeType === Node.TEXT_NODE) {
        const translated = danish(node.nodeValue);
        if (translated !== null && translated !== node.nodeValue) {
          node.nodeValue = translated;
        }
      }
    });
  });
  ATTRIBUTES.forEach(attribute => root.querySelectorAll(`[${attribute}]`).forEach(element => {
    const translated = danish(element.getAttribute(attribute));
    if (translated !== null && translated !== element.getAttribute(attribute)) {
      element.setAttribute(attribute, translated);
    }
  }));
}

// flatpickr's locale object; every key flatpickr's English default has, in Danish
const DANISH_CALENDAR = {
  weekdays: {
    shorthand: ['søn', 'man', 'tir', 'ons', 'tor', 'fre', 'lør'],
    longhand: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag']
  },
  months: {
    shorthand: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    longhand: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober',
      'november', 'december']
  },
  daysInMonth: [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31],
  firstDayOfWeek: 1,
  ordinal: () => '.',
  rangeSeparator: ' til ',
  weekAbbreviation: 'uge',
  scrollTitle: 'Rul for at ændre',
  toggleTitle: 'Klik for at skifte',
  amPM: ['AM', 'PM'],
  yearAriaLabel: 'År',
  monthAriaLabel: 'Måned',
  hourAriaLabel: 'Time',
  minuteAriaLabel: 'Minut',
  time_24hr: true
};
const DATE_FORMAT = 'd-m-Y';
const DATE_PLACEHOLDER = 'dd-mm-åååå';
const danishPickers = new WeakSet();

function makeDatePickersDanish(root) {
  root.querySelectorAll('.fjs-datepicker input').forEach(input => {
    const picker = input._flatpickr;
    if (input.placeholder !== DATE_PLACEHOLDER) {
      input.placeholder = DATE_PLACEHOLDER;
    }
    if (!picker || danishPickers.has(picker)) {
      return;
    }
    danishPickers.add(picker);
    picker.set('locale', DANISH_CALENDAR);
    picker.set('dateFormat', DATE_FORMAT);
    if (picker.config.minDate) {
      sayWhyAPastDateIsRefused(input, picker);
    }
  });
}

// --- a past date the calendar refuses: say so instead of emptying the field silently ---
// flatpickr reads a typed date through its instance's setDate (on Enter and on leaving the field) and
// drops a date before minDate ("disallowPassedDates"); we wrap that method of each such instance.
const PAST_DATE = 'past-date';

function startOfDay(date) {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

function sayWhyAPastDateIsRefused(input, picker) {
  const setDate = picker.setDate;
  picker.setDate = function (date) {
    const result = setDate.apply(this, arguments);
    const field = input.closest('.fjs-form-field');
    if (typeof date !== 'string' || !field) {
      return result;
    }
    const typed = date.trim();
    const parsed = typed ? picker.parseDate(typed, picker.config.dateFormat) : null;
    const minDate = picker.config.minDate;
    if (minDate && parsed && !isNaN(parsed) && startOfDay(parsed) < startOfDay(minDate) && picker.selectedDates.length === 0) {
      showFieldMessage(field, PAST_DATE,
        `Datoen ${typed} ligger før ${picker.formatDate(minDate, DATE_FORMAT)}. Vælg en dato fra og med den dag.`);
    } else if (typed) {
      clearFieldMessage(field, PAST_DATE);
    }
    return result;
  };
}

let scheduled = false;
new MutationObserver(() => {
  if (scheduled) {
    return;
  }
  scheduled = true;
  // one pass per rendering burst, before the browser paints
  requestAnimationFrame(() => {
    scheduled = false;
    document.querySelectorAll('.fjs-container').forEach(form => {
      translateTexts(form);
      makeDatePickersDanish(form);
    });
  });
}).observe(document.documentElement, {childList: true, subtree: true, characterData: true, attributes: true,
  attributeFilter: ATTRIBUTES});

// The browser's own message for an empty required field (Tasklist's login has two such fields) comes in the
// browser's language, and an English or headless browser says "Please fill out this field." The browser asks
// the field (an "invalid" event) before it shows its message; we give it ours. Any typing clears it again,
// or the field would stay refused by the browser with a message of ours it no longer deserves.
const FILL_IN = 'Udfyld dette felt.';
const NATIVE_CONTROLS = 'input, textarea, select';
document.addEventListener('invalid', event => {
  const control = event.target;
  if (!(control instanceof Element && control.matches(NATIVE_CONTROLS))) {
    return;
  }
  // only our own message is replaced or cleared: another script's message of its own stays
  if (control.validity.valueMissing) {
    control.setCustomValidity(FILL_IN);
  } else if (control.validationMessage === FILL_IN) {
    control.setCustomValidity('');
  }
}, true);
['input', 'change'].forEach(type => document.addEventListener(type, event => {
  const control = event.target;
  if (control instanceof Element && control.matches(NATIVE_CONTROLS) && control.validationMessage === FILL_IN) {
    control.setCustomValidity('');
  }
}, true));
