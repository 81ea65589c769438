// ClasseCRM: the progress of a prospect import, polled from its JSON endpoint (no CDN, no inline script).
(function () {
  'use strict';

  // The preview's « Importer » button: disabled at the first click, so a second click sends nothing (the server refuses a
  // second apply anyway).
  document.querySelectorAll('form[data-import-form]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      var submitter = event.submitter;
      if (!submitter || submitter.value !== 'importer') {
        return;
      }
      var hidden = document.createElement('input');
      hidden.type = 'hidden';
      hidden.name = submitter.name;
      hidden.value = submitter.value;
      form.appendChild(hidden);
      window.setTimeout(function () {
        submitter.disabled = true;
        submitter.setAttribute('aria-disabled', 'true');
        submitter.textContent = 'Import lancé…';
      }, 0);
    });
  });

  var panel = document.querySelector('[data-import-progress]');
  if (!panel) {
    return;
  }
  var url = panel.getAttribute('data-import-progress');
  var bar = panel.querySelector('progress');
  var summary = panel.querySelector('[data-import-summary]');

  function poll() {
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      })
      .then(function (p) {
        bar.max = Math.max(p.total, 1);
        bar.value = p.processed;
        bar.textContent = p.percent + '\u00A0%';
        if (summary.textContent !== p.summary) {
          summary.textContent = p.summary;
        }
        if (p.active) {
          window.setTimeout(poll, 1000);
        } else {
          // Finished, interrupted or failed: the page itself shows the counts and the refused rows.
          window.location.reload();
        }
      })
      .catch(function () {
        window.setTimeout(poll, 3000);
      });
  }

  window.setTimeout(poll, 1000);
}());
