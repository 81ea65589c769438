// Phoning screen: one key per call outcome. The shortcuts work only while the focus is in the call form (a one-key
// shortcut acts only where its component has the focus, WCAG 2.1.4) and never while typing in a field.
// event.code names the physical key: on a French AZERTY keyboard the digit row gives « & é " ' … » without Shift, and
// the digits 1 to 9 (row or keypad) must still choose the outcomes.
(function () {
  'use strict';
  var form = document.getElementById('appel');
  if (!form) {
    return;
  }
  form.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    var target = event.target;
    if (target.matches('textarea, select, input:not([type=radio]):not([type=checkbox])')) {
      return;
    }
    var digit = /^(?:Digit|Numpad)([1-9])$/.exec(event.code || '');
    if (digit) {
      var choice = form.querySelector('input[data-shortcut="' + digit[1] + '"]');
      if (choice) {
        event.preventDefault();
        choice.checked = true;
        choice.focus();
        choice.dispatchEvent(new Event('change', { bubbles: true }));
      }
      return;
    }
    // Enter on a chosen outcome saves the call, as it does in a text field.
    if (event.key === 'Enter' && target.matches('input[type=radio]')) {
      event.preventDefault();
      if (typeof form.requestSubmit === 'function') {
        form.requestSubmit();
      } else {
        form.submit();
      }
    }
  });
})();
