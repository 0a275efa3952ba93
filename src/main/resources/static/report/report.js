/*
 * Public report page: a multi-step form that sends one JSON report to POST /api/reports.
 * Safety first: the answers live only in the form controls and are never written to the URL, storage or cookies;
 * "Exit this page", Escape or Shift pressed 3 times wipes them and replaces this page in the history.
 */
'use strict';

(() => {
  const EXIT_URL = 'https://www.bbc.co.uk/weather';
  const SERVICE = 'Report stalking or harassment';
  const STEPS = ['danger', 'who', 'victim', 'reporter', 'incidents', 'suspect', 'impact', 'support', 'review'];
  const SECTION_TITLES = {
    danger: () => 'Danger right now',
    who: () => 'Who is reporting',
    victim: (type) => (type === 'VICTIM' ? 'Your details' : 'The person it is happening to'),
    reporter: () => 'Your details',
    incidents: () => 'What happened',
    suspect: () => 'The person doing this',
    impact: (type) => (type === 'VICTIM' ? 'How this is affecting you' : 'How this is affecting the person'),
    support: () => 'Support and earlier reports',
  };
  const SCREENING = ['veryFrightened', 'turnedUpUnannounced', 'damagedProperty', 'followed', 'threatenedViolence',
    'harassedOthers', 'violentToOthers', 'recruitedOthers'];
  const MAX_INCIDENTS = 100;
  const MAX_ACCOUNTS = 20;
  const MAX_ACCOUNT_LENGTH = 200;
  // what the server keeps for all the accounts together, one on each line (intake.ReportRules)
  const MAX_ACCOUNTS_TEXT = 2000;
  const SHIFT_WINDOW_MS = 2000;
  const REFERENCE = /^SH-\d{4}-\d{6}$/;
  const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
  const PHONE = /^[0-9+() -]{3,50}$/;
  const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

  const byId = (id) => document.getElementById(id);
  const form = byId('report-form');
  const start = byId('start');
  const startButton = byId('start-button');
  const confirmation = byId('confirmation');
  const nextButton = byId('next-button');
  const backButton = byId('back-button');
  const exitLink = byId('exit-this-page');
  const announcer = byId('announcer');
  const summary = byId('error-summary');
  const summaryList = byId('error-summary-list');
  const sendProblem = byId('send-problem');
  const incidentList = byId('incident-list');
  const addIncidentButton = byId('add-incident');
  const reviewList = byId('review-list');

  /** Everything the page holds besides the form controls. Reset by wipe(). */
  const state = {
    current: null,
    idempotencyKey: null,
    sending: false,
    returnToReview: false,
    shiftPresses: [],
    leaving: false,
  };

  // ---------------------------------------------------------------- leaving quickly

  function wipe() {
    for (const control of form.querySelectorAll('input, select, textarea')) {
      if (control.type === 'radio' || control.type === 'checkbox') {
        control.checked = false;
      } else if (control.tagName === 'SELECT') {
        control.selectedIndex = 0;
      } else {
        control.value = '';
      }
    }
    incidentList.replaceChildren();
    reviewList.replaceChildren();
    summaryList.replaceChildren();
    byId('send-problem-text').textContent = '';
    byId('confirmation-reference').textContent = '';
    byId('confirmation-next-steps').textContent = '';
    announcer.textContent = '';
    state.current = null;
    state.idempotencyKey = null;
    state.sending = false;
    state.returnToReview = false;
    state.shiftPresses = [];
  }

  function leave(event) {
    if (event) {
      event.preventDefault();
      event.stopPropagation();
    }
    state.leaving = true;
    document.documentElement.classList.add('exiting');
    wipe();
    document.title = 'Loading';
    // replace(): the report page leaves the history, so Back does not return to it.
    window.location.replace(EXIT_URL);
  }

  function onKeyDown(event) {
    if (event.key === 'Escape' || event.key === 'Esc') {
      if (!event.isComposing) {
        leave(event);
      }
      return;
    }
    if (event.key !== 'Shift') {
      state.shiftPresses = [];
      return;
    }
    if (event.repeat) {
      return;
    }
    const now = Date.now();
    state.shiftPresses = state.shiftPresses.filter((time) => now - time < SHIFT_WINDOW_MS);
    state.shiftPresses.push(now);
    if (state.shiftPresses.length >= 3) {
      leave(event);
    } else if (state.shiftPresses.length === 2) {
      announce('Press Shift 1 more time to leave this page.');
    }
  }

  exitLink.addEventListener('click', leave);
  exitLink.addEventListener('keydown', (event) => {
    if (event.key === ' ' || event.key === 'Spacebar') {
      leave(event);
    }
  });
  window.addEventListener('keydown', onKeyDown, true);
  // A page restored from the back-forward cache must not show earlier answers.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) {
      document.documentElement.classList.remove('exiting');
      resetPage();
    }
  });
  window.addEventListener('pagehide', () => {
    wipe();
  });

  // ---------------------------------------------------------------- small helpers

  function announce(text) {
    announcer.textContent = '';
    window.setTimeout(() => {
      if (!state.leaving) {
        announcer.textContent = text;
      }
    }, 50);
  }

  function todayIso(offsetDays = 0) {
    const now = new Date();
    now.setDate(now.getDate() + offsetDays);
    const pad = (n) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  }

  function text(id) {
    const control = byId(id);
    return control ? control.value.trim() : '';
  }

  function checked(name) {
    const radio = form.querySelector(`input[type="radio"][name="${name}"]:checked`);
    return radio ? radio.value : null;
  }

  function yesNo(name) {
    const value = checked(name);
    return value === 'true' ? true : value === 'false' ? false : undefined;
  }

  function lines(id) {
    return byId(id).value.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  }

  /** Drops empty strings, undefined and empty objects or lists, so that nothing empty is sent. */
  function compact(object) {
    const result = {};
    for (const [key, value] of Object.entries(object)) {
      if (value === undefined || value === null || value === '') {
        continue;
      }
      if (Array.isArray(value) && value.length === 0) {
        continue;
      }
      result[key] = value;
    }
    return Object.keys(result).length ? result : undefined;
  }

  function formatDate(iso) {
    const match = ISO_DATE.exec(iso);
    if (!match) {
      return iso;
    }
    const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  }

  function newIdempotencyKey() {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') {
      return window.crypto.randomUUID();
    }
    const bytes = window.crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  // ---------------------------------------------------------------- who is reporting

  function reporterType() {
    return checked('reporterType');
  }

  function applies(step, type = reporterType()) {
    if (step === 'victim') {
      return type !== 'ANONYMOUS';
    }
    if (step === 'reporter') {
      return type === 'THIRD_PARTY' || type === 'WITNESS';
    }
    return true;
  }

  function activeSteps() {
    return STEPS.filter((step) => applies(step));
  }

  /** Shows, hides and words the parts of the form that depend on earlier answers. */
  function updateConditionals() {
    const type = reporterType();
    const method = checked('victim.safeContact.method');
    byId('danger-help').hidden = checked('immediateDanger') !== 'true';
    for (const field of form.querySelectorAll('[data-show-when-contact]')) {
      field.hidden = method !== 'PHONE' && method !== 'EMAIL';
    }
    for (const field of form.querySelectorAll('[data-show-when-phone]')) {
      field.hidden = method !== 'PHONE';
    }
    for (const field of form.querySelectorAll('[data-not-anonymous]')) {
      field.hidden = type === 'ANONYMOUS';
    }
    for (const span of document.querySelectorAll('[data-victim-text]')) {
      let words = span.dataset.otherText;
      if (type === 'VICTIM' || !type) {
        words = span.dataset.victimText;
      } else if (type === 'ANONYMOUS' && span.dataset.anonText) {
        words = span.dataset.anonText;
      }
      span.textContent = words;
    }
    // Browsers may fill in the reporter's own details (WCAG 1.3.5), never someone else's.
    for (const control of form.querySelectorAll('[data-own-autocomplete]')) {
      control.autocomplete = type === 'VICTIM' ? control.dataset.ownAutocomplete : 'off';
    }
  }

  // ---------------------------------------------------------------- screening questions

  function buildScreeningQuestions() {
    const answers = [['', 'Yes', 'true'], ['-no', 'No', 'false'], ['-unknown', 'I do not know', '']];
    for (const field of byId('screening-questions').querySelectorAll('.field')) {
      const name = field.dataset.field;
      const baseId = name.replace('.', '-');
      const group = document.createElement('fieldset');
      group.className = 'radio-group';
      const legend = document.createElement('legend');
      legend.textContent = field.dataset.question;
      group.append(legend);
      const options = document.createElement('div');
      options.className = 'inline-radios';
      for (const [suffix, label, value] of answers) {
        const wrapper = document.createElement('div');
        wrapper.className = 'radio';
        const input = document.createElement('input');
        input.type = 'radio';
        input.id = baseId + suffix;
        input.name = name;
        input.value = value;
        const labelElement = document.createElement('label');
        labelElement.htmlFor = input.id;
        labelElement.textContent = label;
        wrapper.append(input, labelElement);
        options.append(wrapper);
      }
      group.append(options);
      field.replaceChildren(group);
    }
  }

  // ---------------------------------------------------------------- incidents

  function incidents() {
    return Array.from(incidentList.querySelectorAll('.incident'));
  }

  function addIncident() {
    const fragment = byId('incident-template').content.cloneNode(true);
    const incident = fragment.querySelector('.incident');
    incident.querySelector('.button-remove').addEventListener('click', () => removeIncident(incident));
    incidentList.append(fragment);
    renumberIncidents();
    return incident;
  }

  function removeIncident(incident) {
    const number = incidents().indexOf(incident) + 1;
    incident.remove();
    clearErrors();
    renumberIncidents();
    addIncidentButton.focus();
    announce(`Incident ${number} removed.`);
  }

  /** Ids follow the API's field paths (incidents[0].behaviour is incidents-0-behaviour), so server errors map back. */
  function renumberIncidents() {
    const all = incidents();
    const maxDate = todayIso();
    all.forEach((incident, index) => {
      const number = index + 1;
      incident.querySelector('.incident-legend').textContent = `Incident ${number}`;
      for (const field of incident.querySelectorAll('.field[data-part]')) {
        const part = field.dataset.part;
        const id = `incidents-${index}-${part}`;
        const control = field.querySelector('input, select, textarea');
        const hint = field.querySelector('.hint');
        control.id = id;
        control.name = `incidents[${index}].${part}`;
        control.dataset.name = incidentFieldName(part, number);
        field.dataset.field = `incidents[${index}].${part}`;
        field.querySelector('label').htmlFor = id;
        if (hint) {
          hint.id = `${id}-hint`;
          control.setAttribute('aria-describedby', hint.id);
        }
        if (control.type === 'date') {
          control.max = maxDate;
        }
      }
      const remove = incident.querySelector('.button-remove');
      remove.textContent = `Remove incident ${number}`;
      remove.hidden = all.length === 1;
    });
    addIncidentButton.hidden = all.length >= MAX_INCIDENTS;
  }

  function incidentFieldName(part, number) {
    return {
      occurredOn: `The date of incident ${number}`,
      behaviour: `What they did in incident ${number}`,
      location: `Where incident ${number} happened`,
      description: `What happened in incident ${number}`,
    }[part];
  }

  addIncidentButton.addEventListener('click', () => {
    const incident = addIncident();
    const number = incidents().length;
    incident.querySelector('input, select, textarea').focus();
    announce(`Incident ${number} added.`);
  });

  // ---------------------------------------------------------------- the report

  function buildReport() {
    const type = reporterType();
    const report = { reporterType: type, immediateDanger: yesNo('immediateDanger') };
    if (applies('victim', type)) {
      const method = checked('victim.safeContact.method');
      report.victim = compact({
        name: text('victim-name'),
        dateOfBirth: text('victim-dateOfBirth'),
        address: text('victim-address'),
        phone: text('victim-phone'),
        email: text('victim-email'),
        safeContact: compact({
          method,
          safeTimes: method === 'PHONE' || method === 'EMAIL' ? text('victim-safeContact-safeTimes') : undefined,
          voicemailSafe: method === 'PHONE' ? yesNo('victim.safeContact.voicemailSafe') : undefined,
        }),
      });
    }
    if (applies('reporter', type)) {
      report.reporter = compact({
        name: text('reporter-name'),
        phone: text('reporter-phone'),
        email: text('reporter-email'),
        relationshipToVictim: text('reporter-relationshipToVictim'),
      });
    }
    report.suspect = compact({
      name: text('suspect-name'),
      dateOfBirth: text('suspect-dateOfBirth'),
      description: text('suspect-description'),
      address: text('suspect-address'),
      onlineAccounts: lines('suspect-onlineAccounts'),
    });
    report.relationship = checked('relationship') || undefined;
    report.incidents = incidents().map((incident, index) => compact({
      occurredOn: text(`incidents-${index}-occurredOn`),
      behaviour: text(`incidents-${index}-behaviour`),
      location: text(`incidents-${index}-location`),
      description: text(`incidents-${index}-description`),
    })).filter(Boolean);
    if (type !== 'ANONYMOUS') {
      report.consentToPartnerReferral = yesNo('consentToPartnerReferral');
    }
    report.impact = text('impact');
    report.screening = compact(Object.fromEntries(SCREENING.map((name) => [name, yesNo(`screening.${name}`)])));
    report.earlierReference = text('earlierReference').toUpperCase();
    return compact(report);
  }

  // ---------------------------------------------------------------- validation

  /** A control counts unless a conditional part around it is hidden (the step itself may be hidden). */
  function inUse(control) {
    const hidden = control.closest('[hidden]');
    return !hidden || hidden.classList.contains('step');
  }

  /** How a message names a field: its own name, or the question it answers. */
  function labelOf(control) {
    if (control.dataset.name) {
      return control.dataset.name;
    }
    const field = control.closest('.field');
    if (control.type === 'radio') {
      return field ? questionOf(field) : 'This answer';
    }
    const label = form.querySelector(`label[for="${control.id}"]`);
    return label ? label.textContent.trim() : 'This answer';
  }

  function checkDate(control, add) {
    const value = control.value;
    if (control.validity.badInput || (value && !ISO_DATE.test(value))) {
      add(control.id, `${labelOf(control)} must be a real date`);
      return;
    }
    if (!value) {
      return;
    }
    if (Number(value.slice(0, 4)) < 1900) {
      add(control.id, `${labelOf(control)} must be a real date`);
    } else if (control.dataset.past === 'strict' && value >= todayIso()) {
      add(control.id, `${labelOf(control)} must be in the past`);
    } else if (value > todayIso()) {
      add(control.id, `${labelOf(control)} must be today or in the past`);
    }
  }

  /** Checks shared by every step: dates, lengths, email addresses and phone numbers. */
  function checkControls(stepElement, add) {
    for (const control of stepElement.querySelectorAll('input, textarea')) {
      if (control.type === 'radio' || !inUse(control)) {
        continue;
      }
      if (control.type === 'date') {
        checkDate(control, add);
        continue;
      }
      const value = control.value.trim();
      const max = Number(control.dataset.max || 0);
      if (max && value.length > max) {
        add(control.id, `${labelOf(control)} must be ${max.toLocaleString('en-GB')} characters or fewer`);
      } else if (value && control.hasAttribute('data-email') && !EMAIL.test(value)) {
        add(control.id, `${labelOf(control)} must be in the right format, like name@example.com`);
      } else if (value && control.hasAttribute('data-phone') && !PHONE.test(value)) {
        add(control.id, `${labelOf(control)} can only have numbers, spaces, +, ( ) and -`);
      }
    }
  }

  function validateStep(step) {
    const errors = [];
    const add = (id, message) => errors.push({ id, message });
    const type = reporterType();
    if (step === 'who' && !type) {
      add('reporterType', 'Select who is making this report');
    }
    checkControls(byId(`step-${step}`), add);
    if (step === 'victim' && type === 'VICTIM') {
      const method = checked('victim.safeContact.method');
      if (!method) {
        add('victim-safeContact-method', 'Select how we can contact you safely');
      } else if (method === 'PHONE' && !text('victim-phone')) {
        add('victim-phone', 'Enter a phone number it is safe to call, or choose another way to be contacted');
      } else if (method === 'EMAIL' && !text('victim-email')) {
        add('victim-email', 'Enter an email address it is safe to use, or choose another way to be contacted');
      }
    }
    if (step === 'reporter' && !text('reporter-phone') && !text('reporter-email')) {
      add('reporter-phone', 'Enter your phone number or email address, so that an officer can contact you');
    }
    if (step === 'incidents') {
      incidents().forEach((incident, index) => {
        if (!text(`incidents-${index}-behaviour`)) {
          add(`incidents-${index}-behaviour`, `Select what they did in incident ${index + 1}`);
        }
      });
    }
    if (step === 'suspect') {
      const accounts = lines('suspect-onlineAccounts');
      if (accounts.length > MAX_ACCOUNTS) {
        add('suspect-onlineAccounts', `Enter up to ${MAX_ACCOUNTS} online accounts, one on each line`);
      } else if (accounts.some((account) => account.length > MAX_ACCOUNT_LENGTH)) {
        add('suspect-onlineAccounts', `Each online account must be ${MAX_ACCOUNT_LENGTH} characters or fewer`);
      } else if (accounts.join('\n').length > MAX_ACCOUNTS_TEXT) {
        add('suspect-onlineAccounts', `The online accounts must be ${MAX_ACCOUNTS_TEXT} characters or fewer in all`);
      }
    }
    if (step === 'support') {
      const reference = text('earlierReference').toUpperCase();
      if (reference && !REFERENCE.test(reference)) {
        add('earlierReference', 'Enter the reference as it was given to you, like SH-2026-000123');
      }
    }
    return errors;
  }

  function validateAll() {
    return activeSteps().filter((step) => step !== 'review').flatMap(validateStep);
  }

  // ---------------------------------------------------------------- showing errors

  function clearErrors() {
    for (const message of form.querySelectorAll('.field-error')) {
      const describedBy = form.querySelectorAll(`[aria-describedby~="${message.id}"]`);
      for (const element of describedBy) {
        const rest = element.getAttribute('aria-describedby').split(/\s+/).filter((id) => id !== message.id);
        if (rest.length) {
          element.setAttribute('aria-describedby', rest.join(' '));
        } else {
          element.removeAttribute('aria-describedby');
        }
      }
      message.remove();
    }
    for (const element of form.querySelectorAll('[aria-invalid]')) {
      element.removeAttribute('aria-invalid');
    }
    for (const field of form.querySelectorAll('.field.has-error')) {
      field.classList.remove('has-error');
    }
    summaryList.replaceChildren();
    summary.hidden = true;
    document.title = document.title.replace(/^Error: /, '');
  }

  /** The inline message by a field: after its label or legend, named in aria-describedby. */
  function markField(id, message) {
    const control = byId(id);
    const field = control && control.closest('.field');
    if (!field || field.classList.contains('has-error')) {
      return;
    }
    field.classList.add('has-error');
    const paragraph = document.createElement('p');
    paragraph.className = 'field-error';
    paragraph.id = `${id}-error`;
    const prefix = document.createElement('span');
    prefix.className = 'visually-hidden';
    prefix.textContent = 'Error: ';
    paragraph.append(prefix, message);
    const isRadio = control.type === 'radio';
    const group = isRadio ? (field.querySelector('fieldset') || field.closest('fieldset')) : control;
    const anchor = isRadio
      ? field.querySelector('.hint:not(.radio-hint)') || field.querySelector('legend')
      : field.querySelector('.hint') || field.querySelector('label');
    if (anchor) {
      anchor.after(paragraph);
    } else {
      field.prepend(paragraph);
    }
    const describedBy = (group.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
    describedBy.push(paragraph.id);
    group.setAttribute('aria-describedby', describedBy.join(' '));
    if (!isRadio) {
      control.setAttribute('aria-invalid', 'true');
    }
  }

  function showErrors(errors) {
    clearErrors();
    for (const error of errors) {
      const item = document.createElement('li');
      if (error.id && byId(error.id)) {
        markField(error.id, error.message);
        const link = document.createElement('a');
        link.href = `#${error.id}`;
        link.textContent = error.message;
        link.addEventListener('click', (event) => {
          event.preventDefault();
          goToField(error.id);
        });
        item.append(link);
      } else {
        item.textContent = error.message;
      }
      summaryList.append(item);
    }
    summary.hidden = false;
    if (!document.title.startsWith('Error: ')) {
      document.title = `Error: ${document.title}`;
    }
    summary.focus();
  }

  function goToField(id) {
    const control = byId(id);
    const step = control.closest('.step');
    if (step && step.hidden) {
      showStep(step.dataset.step, { focus: false, keepErrors: true });
    }
    const field = control.closest('.field') || control;
    field.scrollIntoView({ block: 'start' });
    control.focus({ preventScroll: true });
  }

  // ---------------------------------------------------------------- steps

  function showStep(step, { focus = true, keepErrors = false } = {}) {
    if (!keepErrors) {
      clearErrors();
    }
    sendProblem.hidden = true;
    updateConditionals();
    state.current = step;
    for (const element of form.querySelectorAll('.step')) {
      element.hidden = element.dataset.step !== step;
    }
    const steps = activeSteps();
    const position = steps.indexOf(step) + 1;
    const stepElement = byId(`step-${step}`);
    const count = stepElement.querySelector('.step-count');
    count.textContent = `Step ${position} of ${steps.length}`;
    const heading = stepElement.querySelector('.step-heading');
    const title = heading.textContent.replace(count.textContent, '').trim();
    document.title = `${count.textContent}: ${title} - ${SERVICE}`;
    if (keepErrors && !summary.hidden) {
      document.title = `Error: ${document.title}`;
    }
    nextButton.textContent = step === 'review' ? 'Send report' : 'Next';
    if (step === 'review') {
      renderReview();
    }
    if (focus) {
      window.scrollTo(0, 0);
      heading.focus();
    }
  }

  function following(step) {
    const steps = activeSteps();
    return steps[Math.min(steps.indexOf(step) + 1, steps.length - 1)];
  }

  function preceding(step) {
    const steps = activeSteps();
    return steps[steps.indexOf(step) - 1];
  }

  function begin() {
    start.hidden = true;
    confirmation.hidden = true;
    form.hidden = false;
    showStep('danger');
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (state.sending || !state.current) {
      return;
    }
    if (state.current === 'review') {
      send();
      return;
    }
    const errors = validateStep(state.current);
    if (errors.length) {
      showErrors(errors);
      return;
    }
    showStep(state.returnToReview ? 'review' : following(state.current));
  });

  backButton.addEventListener('click', () => {
    if (state.sending) {
      return;
    }
    state.returnToReview = false;
    const previous = preceding(state.current);
    if (previous) {
      showStep(previous);
      return;
    }
    clearErrors();
    form.hidden = true;
    start.hidden = false;
    state.current = null;
    document.title = SERVICE;
    startButton.focus();
  });

  form.addEventListener('change', (event) => {
    if (event.target.type === 'radio') {
      updateConditionals();
    }
  });

  // ---------------------------------------------------------------- check answers

  function answerOf(field) {
    const radios = field.querySelectorAll('input[type="radio"]');
    if (radios.length) {
      const chosen = Array.from(radios).find((radio) => radio.checked);
      return chosen ? form.querySelector(`label[for="${chosen.id}"]`).textContent.trim() : '';
    }
    const control = field.querySelector('input, select, textarea');
    if (control.tagName === 'SELECT') {
      return control.value ? control.options[control.selectedIndex].textContent.trim() : '';
    }
    const value = control.value.trim();
    return control.type === 'date' ? formatDate(value) : value;
  }

  function questionOf(field) {
    if (field.dataset.review) {
      return field.dataset.review;
    }
    const legendOrLabel = field.querySelector('legend, label');
    return legendOrLabel ? legendOrLabel.textContent.trim() : '';
  }

  function answerList(fields) {
    const list = document.createElement('dl');
    list.className = 'summary-list';
    for (const field of fields) {
      const row = document.createElement('div');
      row.className = 'summary-row';
      const term = document.createElement('dt');
      term.textContent = questionOf(field);
      const answer = answerOf(field);
      const definition = document.createElement('dd');
      definition.textContent = answer || 'Not given';
      if (!answer) {
        definition.className = 'not-given';
      }
      row.append(term, definition);
      list.append(row);
    }
    return list;
  }

  function renderReview() {
    const type = reporterType();
    reviewList.replaceChildren();
    byId('review-danger').hidden = checked('immediateDanger') !== 'true';
    for (const step of activeSteps().filter((name) => name !== 'review')) {
      const stepElement = byId(`step-${step}`);
      const section = document.createElement('section');
      section.className = 'review-section';
      const header = document.createElement('div');
      header.className = 'review-section-header';
      const heading = document.createElement('h3');
      heading.id = `review-${step}`;
      const title = SECTION_TITLES[step](type);
      heading.textContent = title;
      section.setAttribute('aria-labelledby', heading.id);
      const change = document.createElement('button');
      change.type = 'button';
      change.className = 'link-button';
      change.append('Change');
      const context = document.createElement('span');
      context.className = 'visually-hidden';
      context.textContent = ` ${title.toLowerCase()}`;
      change.append(context);
      change.addEventListener('click', () => {
        if (!state.sending) {
          state.returnToReview = true;
          showStep(step);
        }
      });
      header.append(heading, change);
      section.append(header);
      if (step === 'incidents') {
        incidents().forEach((incident, index) => {
          const subheading = document.createElement('h4');
          subheading.className = 'summary-subheading';
          subheading.textContent = `Incident ${index + 1}`;
          section.append(subheading, answerList(incident.querySelectorAll('.field')));
        });
      } else {
        const fields = Array.from(stepElement.querySelectorAll('.field')).filter((field) => inUse(field));
        section.append(answerList(fields));
      }
      reviewList.append(section);
    }
  }

  // ---------------------------------------------------------------- sending

  function setSending(sending) {
    state.sending = sending;
    nextButton.disabled = sending;
    backButton.disabled = sending;
    nextButton.textContent = sending ? 'Sending your report' : 'Send report';
    form.setAttribute('aria-busy', String(sending));
    if (sending) {
      announce('Sending your report.');
    }
  }

  function showSendProblem(message) {
    byId('send-problem-text').textContent = message;
    sendProblem.hidden = false;
    sendProblem.focus();
  }

  async function readJson(response) {
    try {
      return await response.json();
    } catch (notJson) {
      return null;
    }
  }

  function idForPath(path) {
    const parts = String(path || '').replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean);
    while (parts.length) {
      const id = parts.join('-');
      const element = byId(id);
      if (element && form.contains(element)) {
        return id;
      }
      parts.pop();
    }
    return null;
  }

  /** Server messages in the words the page uses; anything else is named by its field's label. */
  function serverMessage(path, id, message) {
    const incident = /^incidents\[(\d+)\]\.(\w+)/.exec(path);
    if (incident && id && byId(id) && byId(id).dataset.name) {
      const number = Number(incident[1]) + 1;
      if (incident[2] === 'behaviour') {
        return `Select what they did in incident ${number}`;
      }
      if (incident[2] === 'occurredOn') {
        return `The date of incident ${number} must be a real date, today or in the past`;
      }
    }
    if (path === 'reporterType') {
      return 'Select who is making this report';
    }
    if (path === 'earlierReference') {
      return 'Enter the reference as it was given to you, like SH-2026-000123';
    }
    const name = id ? labelOf(byId(id)) : 'Your report';
    return `${name}: ${message}`;
  }

  function showServerErrors(problems) {
    const errors = problems.map((problem) => {
      const id = idForPath(problem.field);
      return { id, message: serverMessage(problem.field, id, problem.message || 'is not valid') };
    });
    const first = errors.find((error) => error.id);
    state.returnToReview = true;
    if (first) {
      showStep(byId(first.id).closest('.step').dataset.step, { focus: false });
    }
    showErrors(errors);
  }

  async function send() {
    const errors = validateAll();
    if (errors.length) {
      state.returnToReview = true;
      showStep(byId(errors[0].id).closest('.step').dataset.step, { focus: false });
      showErrors(errors);
      return;
    }
    const body = JSON.stringify(buildReport());
    // One key per report, kept for retries so a report that did arrive is never stored twice.
    if (!state.idempotencyKey) {
      state.idempotencyKey = newIdempotencyKey();
    }
    clearErrors();
    sendProblem.hidden = true;
    setSending(true);
    let response;
    try {
      response = await fetch('/api/reports', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': state.idempotencyKey, Accept: 'application/json' },
        body,
        cache: 'no-store',
        credentials: 'same-origin',
        referrerPolicy: 'no-referrer',
      });
    } catch (networkError) {
      setSending(false);
      showSendProblem('We could not send your report. Your answers are still here. Check your internet connection, then select \u2018Send report\u2019 to try again.');
      return;
    }
    if (state.leaving) {
      return;
    }
    if (response.status === 201) {
      const receipt = (await readJson(response)) || {};
      showConfirmation(receipt);
      return;
    }
    setSending(false);
    const problem = await readJson(response);
    if ([400, 409, 413, 415, 422].includes(response.status)) {
      // refused, so nothing was stored: a corrected report is a new request
      state.idempotencyKey = null;
    }
    if (response.status === 400 && problem && Array.isArray(problem.errors) && problem.errors.length) {
      showServerErrors(problem.errors);
      return;
    }
    if (response.status === 413) {
      showSendProblem('Your report is too long to send in one go. Make the longest answers shorter, then try again. Your answers are still here.');
    } else if (response.status === 429) {
      showSendProblem(`Too many reports have been sent from here in a short time. Your answers are still here. Wait ${waitTime(response)}, then select \u2018Send report\u2019 to try again.`);
    } else if (response.status === 409 || response.status === 422) {
      showSendProblem('We could not send this version of your report. Your answers are still here. Select \u2018Send report\u2019 to try again.');
    } else if (response.status >= 400 && response.status < 500 && problem && problem.detail) {
      showSendProblem(`We could not accept the report: ${problem.detail} Your answers are still here.`);
    } else {
      showSendProblem('We could not send your report just now. Your answers are still here. Wait a moment, then select \u2018Send report\u2019 to try again.');
    }
  }

  function waitTime(response) {
    const seconds = Number(response.headers.get('Retry-After'));
    if (!Number.isFinite(seconds) || seconds <= 90) {
      return 'a minute';
    }
    return `about ${Math.ceil(seconds / 60)} minutes`;
  }

  function showConfirmation(receipt) {
    // The answers are sent: clear them from the page and from memory.
    wipe();
    addIncident();
    form.hidden = true;
    start.hidden = true;
    nextButton.disabled = false;
    backButton.disabled = false;
    form.removeAttribute('aria-busy');
    byId('confirmation-reference').textContent = receipt.reference || 'Not available: please call 101 if you need it';
    byId('confirmation-next-steps').textContent = receipt.nextSteps
      || 'An officer will review your report and contact you in the way you said is safe.';
    confirmation.hidden = false;
    document.title = `Report sent - ${SERVICE}`;
    window.scrollTo(0, 0);
    byId('confirmation-heading').focus();
  }

  // ---------------------------------------------------------------- start

  function resetPage() {
    wipe();
    state.leaving = false;
    addIncident();
    clearErrors();
    updateConditionals();
    sendProblem.hidden = true;
    confirmation.hidden = true;
    form.hidden = true;
    for (const element of form.querySelectorAll('.step')) {
      element.hidden = true;
    }
    nextButton.disabled = false;
    backButton.disabled = false;
    start.hidden = false;
    startButton.hidden = false;
    document.title = SERVICE;
  }

  startButton.addEventListener('click', begin);
  byId('victim-dateOfBirth').max = todayIso(-1);
  byId('suspect-dateOfBirth').max = todayIso(-1);
  buildScreeningQuestions();
  // Also clears anything the browser restored into the controls from an earlier visit.
  resetPage();
})();
