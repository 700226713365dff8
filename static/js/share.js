// Share and print buttons: progressive enhancement. Without JavaScript the buttons stay
// hidden and the plain links (e-mail, LinkedIn) still work. No third-party code.
(function () {
  "use strict";
  var status = document.querySelector("[data-copy-status]");
  function say(message) {
    if (!status) return;
    status.textContent = "";
    // A fresh text node, so screen readers announce the same message twice in a row too.
    window.setTimeout(function () { status.textContent = message; }, 50);
  }
  document.querySelectorAll("[data-copy-link]").forEach(function (button) {
    if (!navigator.clipboard || !window.isSecureContext) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(button.getAttribute("data-copy-link")).then(
        function () { say(button.getAttribute("data-copied") || "Link gekopieerd."); },
        function () { say(button.getAttribute("data-copy-failed") || "Kopiëren lukte niet; kopieer de link uit de adresbalk."); }
      );
    });
  });
  document.querySelectorAll("[data-print]").forEach(function (button) {
    if (typeof window.print !== "function") return;
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
})();
