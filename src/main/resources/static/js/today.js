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

  // The counter's words, once per page (each counter's own state element says them).
  var texts = (document.querySelector('[data-counter-texts]') || { dataset: {} }).dataset;

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
        say(texts.doneText);
        button.disabled = true;
        var check = box.parentElement.querySelector('input[name="done"]');
        if (check) {
          check.checked = true;
        }
        return;
      }
      if (rest > 0) {
        countdown(rest, texts.restText, function () {
          say(fill(texts.setText, done + 1));
        });
      } else {
        say(fill(texts.setText, done + 1));
      }
    }

    button.addEventListener('click', function () {
      if (hold > 0) {
        countdown(hold, texts.holdText, setFinished);
      } else {
        setFinished();
      }
    });
    say(fill(texts.setText, 1));
    box.hidden = false;
  }

  // Sessions logged without a connection wait in this browser's storage and are sent, in order,
  // when the connection returns (the client-made key makes a resend harmless).
  var QUEUE = 'portal-session-queue';

  function queued() {
    try {
      return JSON.parse(localStorage.getItem(QUEUE) || '[]');
    } catch (e) {
      return [];
    }
  }

  function status(name) {
    var box = document.querySelector('[data-offline-status]');
    if (box) {
      box.textContent = box.dataset[name] || '';
      box.hidden = false;
    }
  }

  function flush() {
    var list = queued();
    if (!list.length || !navigator.onLine) {
      return;
    }
    var entry = list[0];
    fetch(entry.action, {
      method: 'POST',
      body: entry.body,
      headers: {'Content-Type': 'application/x-www-form-urlencoded'},
      credentials: 'same-origin',
      redirect: 'manual'
    }).then(function (response) {
      if (response.type === 'opaqueredirect' || response.ok || response.status === 400 || response.status === 404) {
        localStorage.setItem(QUEUE, JSON.stringify(queued().slice(1)));
        status('sentText');
        flush();
      }
    }).catch(function () { /* still offline: try again on the next 'online' */ });
  }

  document.querySelectorAll('[data-offline-form]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (navigator.onLine) {
        return;
      }
      event.preventDefault();
      var list = queued();
      list.push({action: form.action, body: new URLSearchParams(new FormData(form)).toString()});
      localStorage.setItem(QUEUE, JSON.stringify(list));
      form.querySelectorAll('[data-client-key]').forEach(function (input) {
        input.value = key();
      });
      status('queuedText');
    });
  });
  window.addEventListener('online', flush);
  flush();

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js', {scope: '/'}).catch(function () { /* the page works without it */ });
  }

  document.querySelectorAll('.counter').forEach(counter);
  document.querySelectorAll('[data-client-key]').forEach(function (input) {
    input.value = key();
  });
})();
