// Pair role play (issue 19): the hub only saves a reload. A session page follows its session (the live part is fetched
// again when the other screen changed something); « Aujourd'hui » and /jeu-de-role show a new invitation as it comes.
// Without JavaScript, or when the hub cannot be reached, every form still posts and the page shows the state on reload.
(function () {
  'use strict';
  var live = document.querySelector('[data-pair-session]');
  var invitations = document.querySelector('[data-pair-invitations]');
  if ((!live && !invitations) || !window.signalR) {
    return;
  }
  var sessionId = live ? Number(live.getAttribute('data-pair-session')) : null;

  // What the user has typed or chosen in the part about to be replaced (a price, notes, a conclusion), and where the
  // cursor is: the other screen's step must not wipe a form being filled in.
  function typed(root) {
    var fields = [];
    root.querySelectorAll('form[action] [name]').forEach(function (field) {
      if (field.type === 'hidden' || field.type === 'submit' || !field.form) {
        return;
      }
      var choice = field.type === 'checkbox' || field.type === 'radio';
      var changed = choice ? field.checked !== field.defaultChecked
        : field.tagName === 'SELECT' ? Array.prototype.some.call(field.options, function (o) { return o.selected !== o.defaultSelected; })
        : field.value !== field.defaultValue;
      if (changed && !(field.type === 'radio' && !field.checked)) {
        fields.push({ form: field.form.getAttribute('action'), name: field.name, value: field.value, checked: field.checked, choice: choice });
      }
    });
    var active = document.activeElement;
    var focus = active && root.contains(active) && active.name && active.form
      ? { form: active.form.getAttribute('action'), name: active.name } : null;
    return { fields: fields, focus: focus };
  }

  function fieldsOf(root, kept) {
    var form = root.querySelector('form[action="' + CSS.escape(kept.form) + '"]');
    return form ? form.querySelectorAll('[name="' + CSS.escape(kept.name) + '"]') : [];
  }

  function restore(root, kept) {
    kept.fields.forEach(function (k) {
      fieldsOf(root, k).forEach(function (field) {
        if (k.choice) {
          if (field.value === k.value) { field.checked = k.checked; }
        } else {
          field.value = k.value;
        }
      });
    });
    if (kept.focus) {
      var again = fieldsOf(root, kept.focus)[0];
      if (again) { again.focus(); }
    }
  }

  function replace(target, url) {
    return fetch(url, { credentials: 'same-origin', headers: { 'X-Requested-With': 'fetch' } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html !== null) {
          var kept = typed(target);
          target.innerHTML = html;
          restore(target, kept);
        }
      })
      .catch(function () { /* the next push or a reload shows it */ });
  }

  function refreshSession() {
    return live ? replace(live, '/jeu-de-role/binomes/' + sessionId + '/etat') : Promise.resolve();
  }

  function refreshInvitations() {
    return invitations ? replace(invitations, '/jeu-de-role/binomes/invitations') : Promise.resolve();
  }

  var connection = new signalR.HubConnectionBuilder().withUrl('/jeu-de-role/hub').withAutomaticReconnect().build();
  connection.on('changed', function (id) {
    if (live && id === sessionId) {
      refreshSession();
    }
  });
  connection.on('invited', function () { refreshInvitations(); });

  function join() {
    return live ? connection.invoke('Join', sessionId) : Promise.resolve();
  }
  connection.onreconnected(function () {
    join().then(refreshSession).then(refreshInvitations);
  });
  connection.start()
    .then(join)
    .then(function () { live && live.setAttribute('data-pair-live', 'oui'); })
    .catch(function () { /* no live push: reloading the page shows the state */ });

  // The caller ticks a phase without leaving the page (the form posts as usual when this script is not there).
  if (live) {
    live.addEventListener('submit', function (event) {
      var form = event.target;
      if (!form.matches('form[data-pair-tick]')) {
        return;
      }
      event.preventDefault();
      var button = form.querySelector('button');
      if (button) { button.disabled = true; }
      fetch(form.action, { method: 'POST', body: new FormData(form), credentials: 'same-origin' })
        .then(refreshSession)
        .catch(function () { form.submit(); });
    });
  }
}());
