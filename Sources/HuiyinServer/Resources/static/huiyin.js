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

/* registration (登记): live text hints (智能提示) on leaving the title, facts or demands; "采用" sets the category */
(function () {
  'use strict';
  function start() {
    var results = document.getElementById('text-hints-results');
    var form = results && results.closest('form');
    if (!form || !window.fetch || !window.URLSearchParams || !window.FormData) { return; }
    var watched = { title: true, content: true, demands: true, localityUnitId: true, peopleCount: true };
    var last = '';
    var pending = null;

    // The whole form (with its CSRF token) goes to the server, which answers with the hints' markup.
    function refresh() {
      var data = new URLSearchParams(new FormData(form));
      data.delete('register');
      if (!((data.get('title') || '') + (data.get('content') || '') + (data.get('demands') || '')).trim()) { return; }
      var body = data.toString();
      if (body === last) { return; }
      last = body;
      if (pending && pending.abort) { pending.abort(); }
      pending = window.AbortController ? new AbortController() : null;
      fetch('/petitions/new/hints', {
        method: 'POST', credentials: 'same-origin', body: body, signal: pending ? pending.signal : undefined,
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'text/html' }
      })
        .then(function (response) { return response.ok && !response.redirected ? response.text() : null; })
        .then(function (html) { if (html !== null) { results.innerHTML = html; } })
        .catch(function () { /* the 分析内容 button still works */ });
    }

    form.addEventListener('focusout', function (event) {
      if (event.target && watched[event.target.name]) { refresh(); }
    });
    form.addEventListener('click', function (event) {
      var button = event.target.closest && event.target.closest('button[name="useCategory"]');
      var select = form.querySelector('select[name="categoryCode"]');
      if (!button || !select) { return; }
      select.value = button.value;
      if (select.value !== button.value) { return; } // not offered by the select: let the form do it
      event.preventDefault();
      select.dispatchEvent(new Event('change', { bubbles: true }));
      select.focus();
      refresh();
    });
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();
