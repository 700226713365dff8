// Main menu groups, progressive enhancement only: without this file each group is a link
// to its first page. With it, the group's button opens a panel with all its links (the
// disclosure pattern): Escape closes it and returns focus to the button, and a click or
// focus outside the menu closes it, so an open panel never hides what has the focus.
(function () {
  "use strict";
  var nav = document.querySelector("[data-main-nav]");
  if (!nav) return;
  var groups = Array.prototype.slice.call(nav.querySelectorAll("[data-nav-group]"));
  if (!groups.length) return;
  nav.classList.add("main-nav--groups");

  function buttonOf(group) { return group.querySelector(".main-nav__button"); }
  function setOpen(group, open) {
    buttonOf(group).setAttribute("aria-expanded", String(open));
    if (open) keepInView(group.querySelector("[data-nav-panel]"));
  }
  // A panel near the right edge shifts left so it stays within the window.
  function keepInView(panel) {
    panel.style.left = "";
    var overflow = panel.getBoundingClientRect().right - (document.documentElement.clientWidth - 8);
    if (overflow > 0) panel.style.left = -overflow + "px";
  }
  function closeAll(except) {
    groups.forEach(function (group) { if (group !== except) setOpen(group, false); });
  }

  groups.forEach(function (group) {
    var fallback = group.querySelector("[data-nav-fallback]");
    var button = buttonOf(group);
    fallback.hidden = true;
    button.hidden = false;
    button.addEventListener("click", function () {
      var open = button.getAttribute("aria-expanded") !== "true";
      closeAll(group);
      setOpen(group, open);
    });
    group.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || button.getAttribute("aria-expanded") !== "true") return;
      setOpen(group, false);
      button.focus();
    });
  });

  // Focus leaving the menu closes the open panel (moving to another group does not: on a
  // phone the collapsing panel would move the button that is being tapped).
  nav.addEventListener("focusout", function (event) {
    if (event.relatedTarget && !nav.contains(event.relatedTarget)) closeAll(null);
  });
  document.addEventListener("click", function (event) {
    if (!nav.contains(event.target)) closeAll(null);
  });
})();
