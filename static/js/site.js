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

// After a refused form submit the error summary takes the focus (and so the screen reader
// and the viewport on a phone), instead of leaving both at the top of the page.
(function () {
  var summary = document.querySelector("[data-focus-on-load]");
  if (!summary) return;
  summary.focus();
  summary.scrollIntoView({ block: "start" });
})();
