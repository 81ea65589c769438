// ClasseCRM: the quote/order client picker — a search as one types, among the student's own fiches (20 at most), with
// the keyboard (arrows, Entrée, Échap). Without script the form's « Chercher » button does the same search on the server.
(function () {
  'use strict';

  document.querySelectorAll('[data-client-picker]').forEach(function (picker) {
    var url = picker.getAttribute('data-client-picker');
    var input = picker.querySelector('[role="combobox"]');
    var list = picker.querySelector('[role="listbox"]');
    var chosen = picker.querySelector('[data-client-chosen]');
    var hidden = picker.querySelector('input[data-client-id]');
    var items = [];
    var active = -1;
    var timer = 0;
    var sequence = 0;
    var contactSequence = 0;

    // A choice made here replaces the server's list of matches (radio buttons named ProspectId).
    function idField() {
      var matches = picker.querySelector('#client-matches');
      if (matches) {
        matches.remove();
      }
      if (!hidden) {
        hidden = document.createElement('input');
        hidden.type = 'hidden';
        hidden.name = 'ProspectId';
        hidden.setAttribute('data-client-id', '');
        picker.appendChild(hidden);
      }
      return hidden;
    }

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function highlight(index) {
      var options = list.querySelectorAll('[role="option"]');
      options.forEach(function (option, i) {
        var on = i === index;
        option.setAttribute('aria-selected', on ? 'true' : 'false');
        option.classList.toggle('active', on);
      });
      active = index;
      if (index >= 0 && options[index]) {
        input.setAttribute('aria-activedescendant', options[index].id);
        options[index].scrollIntoView({ block: 'nearest' });
      }
    }

    function choose(index) {
      var item = items[index];
      if (!item) {
        return;
      }
      idField().value = String(item.id);
      input.value = item.label;
      chosen.textContent = 'Client choisi\u00A0: ' + item.label;
      loadContacts(item.id);
      close();
    }

    // « Interlocuteur » offers the contacts of the client picked (the decision-maker first, chosen); while none is
    // known, the list is hidden and not sent: the server then takes the client's decision-maker.
    function showContacts(contacts) {
      var field = document.querySelector('[data-contact-field]');
      var select = document.getElementById('ContactId');
      if (!field || !select) {
        return;
      }
      select.textContent = '';
      contacts.forEach(function (contact) {
        var option = document.createElement('option');
        option.value = String(contact.id);
        option.textContent = contact.label;
        select.appendChild(option);
      });
      select.disabled = contacts.length === 0;
      field.hidden = contacts.length === 0;
    }

    function loadContacts(id) {
      var mine = ++contactSequence;
      showContacts([]);
      fetch(url + '/' + encodeURIComponent(id) + '/interlocuteurs', { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (response) {
          return response.ok ? response.json() : [];
        })
        .then(function (contacts) {
          if (mine === contactSequence) {
            showContacts(contacts);
          }
        })
        .catch(function () {
          showContacts([]);
        });
    }

    function render(results) {
      list.textContent = '';
      items = results;
      if (results.length === 0) {
        var none = document.createElement('li');
        none.className = 'list-group-item small';
        none.setAttribute('role', 'option');
        none.setAttribute('aria-disabled', 'true');
        none.id = 'client-option-none';
        none.textContent = 'Aucun client de votre fichier ne correspond.';
        list.appendChild(none);
      }
      results.forEach(function (result, i) {
        var option = document.createElement('li');
        option.id = 'client-option-' + i;
        option.className = 'list-group-item list-group-item-action';
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.textContent = result.label;
        option.addEventListener('mousedown', function (event) {
          event.preventDefault();
          choose(i);
        });
        list.appendChild(option);
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      active = -1;
    }

    function search() {
      var text = input.value.trim();
      if (text.length < 2) {
        close();
        return;
      }
      var mine = ++sequence;
      fetch(url + '?q=' + encodeURIComponent(text), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (response) {
          return response.ok ? response.json() : [];
        })
        .then(function (results) {
          if (mine === sequence) {
            render(results);
          }
        })
        .catch(close);
    }

    input.addEventListener('input', function () {
      idField().value = '';
      chosen.textContent = '';
      contactSequence++;
      showContacts([]);
      window.clearTimeout(timer);
      timer = window.setTimeout(search, 200);
    });

    input.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        // Entrée chooses the highlighted client (or the only one); otherwise it searches, never saves the form.
        event.preventDefault();
        if (!list.hidden && active >= 0) {
          choose(active);
        } else if (!list.hidden && items.length === 1) {
          choose(0);
        } else {
          search();
        }
        return;
      }
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        if (list.hidden) {
          search();
        } else if (items.length > 0) {
          highlight(Math.min(active + 1, items.length - 1));
        }
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        if (!list.hidden && items.length > 0) {
          highlight(Math.max(active - 1, 0));
        }
      } else if (event.key === 'Escape') {
        close();
      }
    });

    input.addEventListener('blur', function () {
      window.setTimeout(close, 150);
    });
  });
}());
