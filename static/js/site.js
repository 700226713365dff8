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
