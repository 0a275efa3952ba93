// Tasklist shows the server's refusal of a task form (tasks.TaskSubmissionGuard's 400) only in its pop-up, away from
// the field, and leaves the pop-up on screen onto the next task. The 400 lists each refused field (fields: key, id,
// label, message): this shows each message at its field of the Camunda Form, the field marked aria-invalid and
// described by the message (WCAG 3.3.1), and moves the focus to the first; a field's message goes when the officer
// changes the field. It closes the pop-up once every problem is at its field, and when another task opens.
// Loaded through config.js's customScripts (Camunda's documented webapp customisation).
const SUBMISSION = /\/task\/([^/]+)\/(?:submit-form|complete)$/;
const MESSAGE_CLASS = 'spo-field-refusal';

let refusal = null;

const openRequest = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  const submission = String(method).toUpperCase() === 'POST'
    && SUBMISSION.exec(new URL(String(url), window.location.href).pathname);
  if (submission) {
    this.addEventListener('load', () => answered(decodeURIComponent(submission[1]), this));
  }
  return openRequest.call(this, method, url, ...rest);
};

function answered(taskId, request) {
  if (refusal) {
    closePopUps(refusal.message);
  }
  clearMarks();
  refusal = null;
  if (request.status !== 400) {
    return;
  }
  let body;
  try {
    body = JSON.parse(request.responseText);
  } catch (notJson) {
    return;
  }
  const fields = Array.isArray(body && body.fields) ? body.fields : [];
  const message = typeof body.message === 'string' ? body.message : '';
  refusal = {
    taskId,
    message,
    fields,
    // the server joins its problems with '; ': the pop-up has nothing more to say when each is at its field
    allAtFields: fields.length > 0 && fields.length === message.split('; ').length,
    focused: false
  };
  show();
}

function currentTask() {
  const query = window.location.hash.replace(/^#\/?\??/, '');
  return new URLSearchParams(query).get('task');
}

function show() {
  if (!refusal) {
    return;
  }
  if (currentTask() !== refusal.taskId) {
    closePopUps(refusal.message);
    clearMarks();
    refusal = null;
    return;
  }
  let first = null;
  let placed = 0;
  for (const field of refusal.fields) {
    const box = fieldBox(field);
    if (box) {
      placed++;
      const control = mark(box, field);
      first = first || control;
    }
  }
  if (placed && placed === refusal.fields.length && refusal.allAtFields) {
    closePopUps(refusal.message);
  }
  if (first && !refusal.focused) {
    refusal.focused = true;
    first.focus();
  }
}

/** The field's box in the Camunda Form: form-js puts the form's component id at the end of its elements' ids. */
function fieldBox(field) {
  const ending = new RegExp('-' + escapeRegExp(String(field.id)) + '(-\\d+)?$');
  for (const element of document.querySelectorAll('.fjs-form [id]')) {
    if (field.id && ending.test(element.id) && element.closest('.fjs-form-field')) {
      return element.closest('.fjs-form-field');
    }
  }
  for (const label of document.querySelectorAll('.fjs-form .fjs-form-field-label')) {
    if (label.textContent.replace(/\*\s*$/, '').trim() === field.label) {
      return label.closest('.fjs-form-field');
    }
  }
  return null;
}

/** Marks the field's controls and shows the message after them; returns the control to focus. */
function mark(box, field) {
  const messageId = 'spo-refusal-' + String(field.key).replace(/[^A-Za-z0-9_-]/g, '_');
  let message = document.getElementById(messageId);
  if (!message || !box.contains(message)) {
    if (message) {
      message.remove();
    }
    message = document.createElement('div');
    message.id = messageId;
    message.className = MESSAGE_CLASS;
    message.dataset.field = field.key;
    box.appendChild(message);
  }
  const text = String(field.message).charAt(0).toUpperCase() + String(field.message).slice(1);
  if (message.textContent !== text) {
    message.textContent = text;
  }
  box.classList.add('spo-refused');
  const controls = box.querySelectorAll('input:not([type="hidden"]), textarea, select');
  controls.forEach(control => {
    if (control.getAttribute('aria-invalid') !== 'true') {
      control.setAttribute('aria-invalid', 'true');
      // only what this script marked is unmarked: form-js marks the fields its own checks refuse
      control.dataset.spoInvalid = '';
    }
    const described = (control.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
    if (!described.includes(messageId)) {
      control.setAttribute('aria-describedby', described.concat(messageId).join(' '));
    }
  });
  return controls[0] || null;
}

function unmark(box) {
  box.classList.remove('spo-refused');
  box.querySelectorAll('.' + MESSAGE_CLASS).forEach(message => {
    box.querySelectorAll('[aria-describedby]').forEach(control => {
      const rest = control.getAttribute('aria-describedby').split(/\s+/).filter(id => id && id !== message.id);
      if (rest.length) {
        control.setAttribute('aria-describedby', rest.join(' '));
      } else {
        control.removeAttribute('aria-describedby');
      }
      if (control.hasAttribute('data-spo-invalid')) {
        control.removeAttribute('aria-invalid');
        control.removeAttribute('data-spo-invalid');
      }
    });
    message.remove();
  });
}

function clearMarks() {
  document.querySelectorAll('.spo-refused').forEach(unmark);
}

function closePopUps(message) {
  if (!message) {
    return;
  }
  document.querySelectorAll('.page-notifications .alert').forEach(alert => {
    if (alert.textContent.includes(message)) {
      const close = notificationClose(alert);
      if (close) {
        close.click();
      }
    }
  });
}

/**
 * The pop-up's own close button. Tasklist's alert is a uib-alert, whose template puts a close button of its own first,
 * hidden (ng-hide: no close handler is given) and doing nothing when clicked; the notification's button follows it.
 */
function notificationClose(alert) {
  return Array.from(alert.querySelectorAll('.close'))
    .find(button => !button.classList.contains('ng-hide') && button.getClientRects().length > 0) || null;
}

function changed(event) {
  const box = event.target.closest && event.target.closest('.spo-refused');
  if (!box || !refusal) {
    return;
  }
  const keys = Array.from(box.querySelectorAll('.' + MESSAGE_CLASS)).map(message => message.dataset.field);
  refusal.fields = refusal.fields.filter(field => !keys.includes(field.key));
  unmark(box);
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

document.addEventListener('input', changed, true);
document.addEventListener('change', changed, true);
window.addEventListener('hashchange', show);
new MutationObserver(show).observe(document.documentElement, {childList: true, subtree: true});
