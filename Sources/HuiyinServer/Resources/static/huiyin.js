// Small enhancements only: every page works without this file.

/* registration (登记): live repeat hints and the receipt's print button */
(function () {
  'use strict';
  if (window.hyRegistration) { return; }
  window.hyRegistration = true;

  function start() {
    document.querySelectorAll('button[data-print]').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () { window.print(); });
    });

    var results = document.getElementById('lookup-results');
    var form = results && results.closest('form');
    if (!form || !window.fetch) { return; }
    var last = '';
    var pending = null;

    function query() {
      var parts = [];
      form.querySelectorAll('input[data-lookup]').forEach(function (input) {
        var value = input.value.trim();
        if (value) { parts.push(encodeURIComponent(input.dataset.lookup) + '=' + encodeURIComponent(value)); }
      });
      return parts.join('&');
    }

    // On leaving an ID or phone field: ask for earlier petitions of the people typed so far.
    function refresh() {
      var q = query();
      if (!q || q === last) { return; }
      last = q;
      var chosen = form.querySelector('input[name="linkMatter"]:checked');
      var url = '/petitions/lookup?' + q + '&selected=' + encodeURIComponent(chosen ? chosen.value : '');
      if (pending && pending.abort) { pending.abort(); }
      pending = window.AbortController ? new AbortController() : null;
      fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'text/html' }, signal: pending ? pending.signal : undefined })
        .then(function (response) { return response.ok && !response.redirected ? response.text() : null; })
        .then(function (html) { if (html !== null) { results.innerHTML = html; } })
        .catch(function () { /* the 查重 button still works */ });
    }

    form.addEventListener('focusout', function (event) {
      if (event.target.matches && event.target.matches('input[data-lookup]')) { refresh(); }
    });
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();

/* petitioner's portal (网上信访): a live character count under the facts and reasons */
(function () {
  'use strict';
  function start() {
    document.querySelectorAll('textarea[data-counter]').forEach(function (area) {
      var out = document.getElementById(area.getAttribute('data-counter'));
      var max = parseInt(area.getAttribute('maxlength'), 10);
      if (!out || !max) { return; }
      var zh = document.documentElement.lang !== 'en';
      function update() {
        var n = area.value.length;
        out.textContent = zh ? '已输入 ' + n + ' / ' + max + ' 字' : n + ' / ' + max + ' characters';
        out.classList.toggle('over', n >= max);
      }
      area.addEventListener('input', update);
      update();
    });
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();
