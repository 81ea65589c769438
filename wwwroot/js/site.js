// ClasseCRM: small behaviours, no inline script (the CSP forbids it).
(function () {
  'use strict';

  // Buttons with data-print print the page (login slips).
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () {
      window.print();
    });
  });

  // Forms with data-confirm ask before submitting (archive a class, reset a password).
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  });

  // Bring the error summary into view and focus so keyboard and screen-reader users hear it first.
  var errors = document.getElementById('erreurs');
  if (errors) {
    errors.focus();
  }

  // Links to a row of a radio grid (a criterion left without a level): the focus goes to the row's first choice, so the
  // arrows choose a level at once.
  document.querySelectorAll('a[data-focus-row]').forEach(function (link) {
    link.addEventListener('click', function (event) {
      var row = document.getElementById(link.getAttribute('href').slice(1));
      var choice = row && row.querySelector('input');
      if (choice) {
        event.preventDefault();
        choice.focus();
      }
    });
  });

  // Selects with data-autosubmit submit their form on change (workspace switcher).
  document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
    select.addEventListener('change', function () {
      select.form.submit();
    });
  });
  // The channel of a new operation names its contact objective: contacts utiles (phone), réponses (mailing), visites
  // réalisées (visits); the labels come from the server (data-objective-labels = "Phone=contacts utiles|…").
  document.querySelectorAll('select[data-objective-label]').forEach(function (select) {
    var target = document.querySelector(select.getAttribute('data-objective-label'));
    var labels = {};
    select.getAttribute('data-objective-labels').split('|').forEach(function (pair) {
      var at = pair.indexOf('=');
      labels[pair.slice(0, at)] = pair.slice(at + 1);
    });
    select.addEventListener('change', function () {
      if (target && labels[select.value]) {
        target.textContent = labels[select.value];
      }
    });
  });
})();
