// Progressive enhancement only: the site works without this file.
(function () {
  "use strict";
  var nav = document.querySelector("[data-main-nav]");
  if (!nav) return;
  var toggle = nav.querySelector(".main-nav__toggle");
  if (!toggle) return;
  nav.classList.add("main-nav--enhanced");
  var narrow = window.matchMedia("(max-width: 40rem)");
  function sync() { toggle.hidden = !narrow.matches; }
  sync();
  narrow.addEventListener("change", sync);
  toggle.addEventListener("click", function () {
    var open = toggle.getAttribute("aria-expanded") === "true";
    toggle.setAttribute("aria-expanded", String(!open));
  });
})();

// Filter forms: with JavaScript a changed checkbox or sort order updates the facets and
// results in place (no page reload, focus stays on the control, the URL follows so the
// back button and sharing keep working). Without JavaScript the submit button does it.
(function () {
  "use strict";
  var form = document.querySelector("form[data-auto-submit]");
  if (!form || !window.fetch || !window.DOMParser) return;
  var region = form.closest(".listing");
  if (!region) return;

  // Only the newest request may fill the region: after a quick back and forward (or two
  // filters in a row) an older, slower answer would otherwise overwrite the newer one.
  var latest = 0;

  function load(url, push) {
    var ticket = ++latest;
    var focusedId = document.activeElement && document.activeElement.id;
    region.setAttribute("aria-busy", "true");
    return fetch(url, { headers: { "X-Requested-With": "fetch" } })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        if (ticket !== latest) return;
        var doc = new DOMParser().parseFromString(html, "text/html");
        var fresh = doc.querySelector(".listing");
        if (!fresh) { window.location.href = url; return; }
        region.innerHTML = fresh.innerHTML;
        document.title = doc.title;
        if (push) history.pushState({ filters: true }, "", url);
        var again = focusedId && document.getElementById(focusedId);
        if (again) again.focus();
        var status = document.querySelector("[data-results-status]");
        var heading = region.querySelector(".results__heading");
        if (status && heading) status.textContent = heading.textContent.trim();
      })
      .catch(function () { if (ticket === latest) window.location.href = url; })
      .finally(function () { if (ticket === latest) region.removeAttribute("aria-busy"); });
  }

  region.addEventListener("change", function (event) {
    var target = event.target;
    var owner = target.form;
    if (!owner || !owner.hasAttribute("data-auto-submit")) return;
    if (!target.matches("input[type=checkbox], select")) return;
    var params = new URLSearchParams();
    new FormData(owner).forEach(function (value, key) {
      if (value !== "" && key !== "pagina") params.append(key, value);
    });
    load(owner.action + "?" + params.toString(), true);
  });
  window.addEventListener("popstate", function () { load(window.location.href, false); });
})();

// After a refused form submit the error summary takes the focus (and so the screen reader
// and the viewport on a phone), instead of leaving both at the top of the page.
(function () {
  var summary = document.querySelector("[data-focus-on-load]");
  if (!summary) return;
  summary.focus();
  summary.scrollIntoView({ block: "start" });
})();
