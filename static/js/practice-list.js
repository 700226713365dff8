// The practice list, enhanced. Without this file everything works with plain links and
// forms; with it:
// - a ticked filter updates facets and results in place: no reload, the focus stays on
//   the control, the address follows (back button and sharing keep working);
// - the sort menu applies on a pick with the mouse; with the keyboard on Enter or when
//   leaving the menu, not at every arrow key;
// - on a small screen the filters fold away behind "Filters (n)", so the results come
//   first; "Toon n resultaten" folds them again and puts the focus on the results;
// - a facet stays open or closed as the visitor left it, across updates and pages (for
//   this browser tab only: sessionStorage, no cookie);
// - the practices ticked to compare are kept in the address (?ids=), so the ticks
//   survive paging and filtering.
(function () {
  "use strict";
  var region = document.querySelector("[data-listing]");
  if (!region || !window.fetch || !window.DOMParser || !window.URLSearchParams) return;

  var status = document.querySelector("[data-results-status]");
  var narrow = window.matchMedia("(max-width: 55.99rem)");
  var FACETS_KEY = "jos-practice-facets";
  var facetChoices = readChoices();
  var chosen = idsFrom(window.location.href);
  var drawerOpen = false;
  var sortByKeyboard = false;
  // Only the newest request may fill the list: after a quick back and forward (or two
  // filters in a row) an older, slower answer would otherwise overwrite the newer one.
  var latest = 0;

  function form() { return region.querySelector("form[data-live-filters]"); }

  function readChoices() {
    try { return JSON.parse(window.sessionStorage.getItem(FACETS_KEY)) || {}; }
    catch (error) { return {}; }
  }

  function saveChoices() {
    try { window.sessionStorage.setItem(FACETS_KEY, JSON.stringify(facetChoices)); }
    catch (error) { /* storage off: the choice lasts until the next page */ }
  }

  function idsFrom(href) {
    var ids = [];
    new URL(href, window.location.href).searchParams.getAll("ids").forEach(function (value) {
      value.split(",").forEach(function (part) {
        part = part.trim();
        if (/^\d+$/.test(part) && ids.indexOf(part) === -1) ids.push(part);
      });
    });
    return ids;
  }

  function withChosen(href) {
    var url = new URL(href, window.location.href);
    url.searchParams.delete("ids");
    url.searchParams.delete("vergelijk");
    chosen.forEach(function (id) { url.searchParams.append("ids", id); });
    return url;
  }

  function filterUrl(owner) {
    var params = new URLSearchParams();
    new FormData(owner).forEach(function (value, key) {
      if (value !== "" && key !== "pagina" && key !== "ids") params.append(key, value);
    });
    chosen.forEach(function (id) { params.append("ids", id); });
    var query = params.toString();
    return owner.action + (query ? "?" + query : "");
  }

  // ---- Facets: open or closed as the visitor chose --------------------------------
  function facetStates() {
    var states = {};
    region.querySelectorAll("details[data-facet]").forEach(function (details) {
      states[details.getAttribute("data-facet")] = details.open;
    });
    return states;
  }

  function restoreFacets(before) {
    region.querySelectorAll("details[data-facet]").forEach(function (details) {
      var key = details.getAttribute("data-facet");
      if (Object.prototype.hasOwnProperty.call(facetChoices, key)) {
        details.open = facetChoices[key];
      } else if (before && Object.prototype.hasOwnProperty.call(before, key)) {
        details.open = before[key];
      }
    });
  }

  // ---- The drawer on small screens -------------------------------------------------
  function syncDrawer() {
    var toggle = region.querySelector("[data-filters-toggle]");
    var filters = form();
    if (!toggle || !filters) return;
    toggle.hidden = !narrow.matches;
    toggle.setAttribute("aria-expanded", String(drawerOpen));
    filters.classList.toggle("filters--folded", narrow.matches && !drawerOpen);
  }

  function showResults() {
    if (narrow.matches) {
      drawerOpen = false;
      syncDrawer();
    }
    var heading = region.querySelector("#results-heading");
    if (heading) {
      heading.focus();
      heading.scrollIntoView({ block: "start" });
    }
  }

  // ---- Ticks to compare ------------------------------------------------------------
  function syncChosen() {
    region.querySelectorAll("form[data-compare-form] input[name=ids]").forEach(function (box) {
      box.checked = chosen.indexOf(box.value) !== -1;
    });
    var count = region.querySelector("[data-compare-count]");
    if (count) {
      count.textContent = String(
        region.querySelectorAll("form[data-compare-form] input[name=ids]:checked").length
      );
    }
    // Paging, removing a filter chip: every link back to this list carries the ticks.
    var here = window.location.pathname;
    region.querySelectorAll("a[href]").forEach(function (link) {
      if (link.getAttribute("href").charAt(0) === "#") return;
      var url = new URL(link.getAttribute("href"), window.location.href);
      if (url.origin !== window.location.origin || url.pathname !== here) return;
      if (!url.search && !chosen.length) return;
      var target = withChosen(url.href);
      link.setAttribute("href", target.pathname + target.search + target.hash);
    });
  }

  // ---- After the first load and after each update ------------------------------------
  function enhance(before) {
    restoreFacets(before);
    syncDrawer();
    syncChosen();
    region.querySelectorAll("[data-no-js-only]").forEach(function (el) { el.hidden = true; });
    region.querySelectorAll("[data-js-only]").forEach(function (el) { el.hidden = false; });
    var button = region.querySelector("[data-show-results]");
    if (button && button.getAttribute("data-js-label")) {
      button.textContent = button.getAttribute("data-js-label");
    }
    var sort = region.querySelector("select[data-sort]");
    if (sort) {
      sort.setAttribute("data-applied", sort.value);
      var help = region.querySelector("#sort-help");
      if (help) sort.setAttribute("aria-describedby", help.id);
    }
  }

  function announce() {
    var heading = region.querySelector("#results-heading");
    if (status && heading) {
      status.textContent = (status.getAttribute("data-prefix") || "") + " " +
        heading.textContent.trim();
    }
  }

  function load(url, push) {
    var ticket = ++latest;
    var focused = document.activeElement;
    var focusedId = focused && focused !== document.body ? focused.id : "";
    region.setAttribute("aria-busy", "true");
    return fetch(url, { headers: { "X-Requested-With": "fetch" }, credentials: "same-origin" })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        if (ticket !== latest) return false;
        var doc = new DOMParser().parseFromString(html, "text/html");
        var fresh = doc.querySelector("[data-listing]");
        if (!fresh) { window.location.href = url; return false; }
        // Read just before replacing: a facet opened while the answer was on its way
        // stays open.
        var before = facetStates();
        region.innerHTML = fresh.innerHTML;
        document.title = doc.title;
        if (push) window.history.pushState({ filters: true }, "", url);
        shown = window.location.pathname + window.location.search;
        enhance(before);
        var again = focusedId && document.getElementById(focusedId);
        if (again) again.focus();
        announce();
        return true;
      })
      .catch(function () { if (ticket === latest) window.location.href = url; return false; })
      .finally(function () { if (ticket === latest) region.removeAttribute("aria-busy"); });
  }

  function applyFilters() {
    var owner = form();
    if (!owner) return Promise.resolve(false);
    var url = filterUrl(owner);
    var current = new URL(window.location.href);
    if (new URL(url, current).search === withChosen(current.href).search &&
        !current.searchParams.has("vergelijk")) {
      return Promise.resolve(true);
    }
    return load(url, true);
  }

  // ---- Events (delegated: the region's content is replaced on each update) ----------
  region.addEventListener("change", function (event) {
    var target = event.target;
    if (target.name === "ids" && target.closest("form[data-compare-form]")) {
      var at = chosen.indexOf(target.value);
      if (target.checked && at === -1) chosen.push(target.value);
      if (!target.checked && at !== -1) chosen.splice(at, 1);
      window.history.replaceState(window.history.state, "", withChosen(window.location.href));
      shown = window.location.pathname + window.location.search;
      syncChosen();
      return;
    }
    if (!target.form || !target.form.hasAttribute("data-live-filters")) return;
    if (target.matches("input[type=checkbox]")) applyFilters();
    if (target.matches("select[data-sort]") && !sortByKeyboard) applyFilters();
  });

  region.addEventListener("pointerdown", function (event) {
    if (event.target.matches && event.target.matches("select[data-sort]")) sortByKeyboard = false;
  });

  region.addEventListener("keydown", function (event) {
    var target = event.target;
    if (!target.matches || !target.matches("select[data-sort]")) return;
    if (event.key === "Enter") {
      event.preventDefault();
      sortByKeyboard = false;
      if (target.value !== target.getAttribute("data-applied")) applyFilters();
    } else if (event.key !== "Tab" && event.key !== "Shift") {
      sortByKeyboard = true;
    }
  });

  region.addEventListener("focusout", function (event) {
    var target = event.target;
    if (!target.matches || !target.matches("select[data-sort]")) return;
    sortByKeyboard = false;
    if (target.value === target.getAttribute("data-applied")) return;
    // Once the focus has arrived where it is going, so it is kept there after the update.
    window.setTimeout(applyFilters, 0);
  });

  region.addEventListener("submit", function (event) {
    var owner = event.target;
    if (!owner.hasAttribute("data-live-filters")) return;
    event.preventDefault();
    applyFilters().then(function (done) { if (done) showResults(); });
  });

  region.addEventListener("click", function (event) {
    var toggle = event.target.closest && event.target.closest("[data-filters-toggle]");
    if (toggle) {
      drawerOpen = !drawerOpen;
      syncDrawer();
      return;
    }
    var summary = event.target.closest && event.target.closest("summary");
    var details = summary && summary.parentElement;
    if (details && details.matches("details[data-facet]")) {
      // The click comes before the toggle: the new state is the opposite of the current.
      facetChoices[details.getAttribute("data-facet")] = !details.open;
      saveChoices();
    }
  });

  // A skip link or any other jump to a fragment fires popstate too: only a change of the
  // address itself (back and forward through filter choices) asks for another list.
  var shown = window.location.pathname + window.location.search;
  window.addEventListener("popstate", function () {
    var now = window.location.pathname + window.location.search;
    if (now === shown) return;
    shown = now;
    chosen = idsFrom(window.location.href);
    load(window.location.href, false);
  });
  narrow.addEventListener("change", syncDrawer);

  enhance(null);
})();
