// The intake page's light JavaScript: a municipality field that searches as one types (accents and case
// ignored), and the advice updated beside the form as facts change (what if: the API's preview, nothing
// stored). Without it the form still works: the buttons post it.
(function () {
  'use strict';
  var form = document.getElementById('intake');
  if (!form) { return; }
  var csrfToken = document.querySelector('meta[name="csrf-token"]');
  var csrfHeader = document.querySelector('meta[name="csrf-header"]');

  function plain(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  }

  // ----- municipality: an accessible combobox over the datalist's names -----
  var input = form.querySelector('input[data-gemeente]');
  var datalist = document.getElementById('gemeenten');
  if (input && datalist) {
    // Each municipality by its name, found also by its other names (Den Bosch) and its official name.
    var names = Array.prototype.map.call(datalist.options, function (o) { return o.value; });
    var searched = Array.prototype.map.call(datalist.options, function (o) {
      return plain(o.value + ' ' + (o.getAttribute('data-ook') || ''));
    });
    var list = document.createElement('ul');
    list.id = input.id + '-lijst';
    list.className = 'gemeente-lijst';
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    input.removeAttribute('list');
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    input.parentNode.insertBefore(list, input.nextSibling);
    var active = -1;

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }
    function choose(name) {
      input.value = name;
      close();
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
    function show() {
      var typed = plain(input.value);
      list.innerHTML = '';
      if (!typed) { close(); return; }
      var found = names.filter(function (n, i) { return searched[i].indexOf(typed) !== -1; }).slice(0, 12);
      found.forEach(function (name, i) {
        var li = document.createElement('li');
        li.id = list.id + '-' + i;
        li.setAttribute('role', 'option');
        li.textContent = name;
        li.addEventListener('mousedown', function (e) { e.preventDefault(); choose(name); });
        list.appendChild(li);
      });
      list.hidden = found.length === 0;
      input.setAttribute('aria-expanded', found.length ? 'true' : 'false');
      active = -1;
    }
    function move(step) {
      var options = list.querySelectorAll('[role="option"]');
      if (!options.length) { return; }
      active = (active + step + options.length) % options.length;
      options.forEach(function (o, i) { o.setAttribute('aria-selected', i === active ? 'true' : 'false'); });
      input.setAttribute('aria-activedescendant', options[active].id);
    }
    input.addEventListener('input', show);
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') { if (list.hidden) { show(); } move(1); e.preventDefault(); }
      else if (e.key === 'ArrowUp') { move(-1); e.preventDefault(); }
      else if (e.key === 'Enter' && !list.hidden && active >= 0) {
        choose(list.querySelectorAll('[role="option"]')[active].textContent); e.preventDefault();
      } else if (e.key === 'Escape') { close(); }
    });
    // Closed a moment after focus leaves (a click on an option lands first), unless focus came back.
    input.addEventListener('blur', function () {
      setTimeout(function () { if (document.activeElement !== input) { close(); } }, 100);
    });
  }

  // ----- what if: the advice updated as facts change -----
  var advice = document.getElementById('advies');
  var previous = document.getElementById('vorige');
  var status = document.getElementById('melding');
  var timer = null;
  var latest = 0;

  function ready() {
    var m = form.elements['municipality'], a = form.elements['age'], l = form.elements['languageLevel'];
    return m && a && l && m.value.trim() && a.value.trim() && l.value;
  }
  // aria-busy while a new advice is on its way: screen readers wait for it, and so can anything reading the page.
  // An answer that arrives while a later change still waits for its turn is shown, but the advice is not settled
  // until that change has been answered too.
  function settled() { if (timer === null) { advice.setAttribute('aria-busy', 'false'); } }
  function update() {
    timer = null;
    if (!ready()) { ++latest; settled(); return; }
    var request = ++latest;
    var body = new URLSearchParams(new FormData(form));
    var headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
    if (csrfToken && csrfHeader) { headers[csrfHeader.content] = csrfToken.content; }
    fetch('/advies/voorbeeld', { method: 'POST', headers: headers, body: body, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) {
        if (request !== latest) { return; }
        advice.innerHTML = html;
        var fresh = advice.querySelector('.voorbeeld');
        if (fresh && fresh.getAttribute('data-state')) { previous.value = fresh.getAttribute('data-state'); }
        var changes = advice.querySelectorAll('.wijzigingen li');
        status.textContent = (advice.getAttribute('data-bijgewerkt') || 'Het advies is bijgewerkt.') +
          (changes.length ? ' ' + Array.prototype.map.call(changes, function (li) { return li.textContent; }).join('. ') : '');
        settled();
      })
      .catch(function () { if (request === latest) { settled(); } /* the buttons still work */ });
  }
  function soon(delay) {
    advice.setAttribute('aria-busy', 'true');
    clearTimeout(timer);
    timer = setTimeout(update, delay);
  }
  form.addEventListener('change', function () { soon(150); });
  form.addEventListener('input', function (e) {
    if (e.target && e.target.type === 'text' && !e.target.hasAttribute('data-gemeente')) { soon(700); }
  });
})();
