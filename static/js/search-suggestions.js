// Progressive enhancement: title suggestions for the header search box. Without this
// file the box is a plain form that submits to /zoeken/.
(function () {
  "use strict";
  var input = document.querySelector("input[data-suggest-url]");
  if (!input || !window.fetch) return;
  var list = document.getElementById(input.getAttribute("list"));
  if (!list) return;
  var url = input.getAttribute("data-suggest-url");
  var timer = null;
  var last = "";

  function fill(suggestions) {
    while (list.firstChild) list.removeChild(list.firstChild);
    suggestions.forEach(function (item) {
      var option = document.createElement("option");
      option.value = item.title; // textContent semantics: never parsed as HTML
      // A fictional example says so in the list too ("Fictief voorbeeld").
      if (item.label) option.label = item.title + " (" + item.label + ")";
      list.appendChild(option);
    });
  }

  input.addEventListener("input", function () {
    var q = input.value.trim();
    window.clearTimeout(timer);
    if (q.length < 2) { fill([]); return; }
    timer = window.setTimeout(function () {
      if (q === last) return;
      last = q;
      fetch(url + "?q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (data) { if (input.value.trim() === q) fill(data.suggestions || []); })
        .catch(function () { fill([]); });
    }, 200);
  });
})();
