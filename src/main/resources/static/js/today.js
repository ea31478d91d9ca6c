// The day page: a set/hold counter with a rest timer per exercise, and a fresh client-made key per
// session form (the server's key is the fallback without JavaScript). No inline script: loaded with
// the page's CSP nonce.
(function () {
  'use strict';

  function key() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    return String(Date.now()) + '-' + Math.random().toString(16).slice(2);
  }

  function fill(template, value) {
    return (template || '').replace('{0}', value).replace('{1}', value);
  }

  function counter(box) {
    var sets = parseInt(box.dataset.sets || '1', 10);
    var hold = parseInt(box.dataset.hold || '0', 10);
    var rest = parseInt(box.dataset.rest || '0', 10);
    var state = box.querySelector('.counter-state');
    var button = box.querySelector('[data-counter-next]');
    var done = 0;
    var timer = null;

    function say(text) {
      state.textContent = text;
    }

    function countdown(seconds, template, then) {
      var left = seconds;
      button.disabled = true;
      say(fill(template, left));
      timer = setInterval(function () {
        left -= 1;
        if (left <= 0) {
          clearInterval(timer);
          button.disabled = false;
          then();
        } else {
          say(fill(template, left));
        }
      }, 1000);
    }

    function setFinished() {
      done += 1;
      if (done >= sets) {
        say(state.dataset.doneText);
        button.disabled = true;
        var check = box.parentElement.querySelector('input[name="done"]');
        if (check) {
          check.checked = true;
        }
        return;
      }
      if (rest > 0) {
        countdown(rest, state.dataset.restText, function () {
          say(fill(state.dataset.setText, done + 1));
        });
      } else {
        say(fill(state.dataset.setText, done + 1));
      }
    }

    button.addEventListener('click', function () {
      if (hold > 0) {
        countdown(hold, state.dataset.holdText, setFinished);
      } else {
        setFinished();
      }
    });
    say(fill(state.dataset.setText, 1));
    box.hidden = false;
  }

  document.querySelectorAll('.counter').forEach(counter);
  document.querySelectorAll('[data-client-key]').forEach(function (input) {
    input.value = key();
  });
})();
