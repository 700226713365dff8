// Samenwerkingsscan, progressive enhancement only: the scan works without this file.
// On the steps it shows how many statements are answered and keeps the answers in
// sessionStorage, so going back with the browser's back button loses nothing. On the
// result it offers a print button. Nothing leaves the browser.
(function () {
  "use strict";

  function storageFor(form) {
    var key = "jos-scan-v" + form.getAttribute("data-scan-version");
    var store = null;
    try { store = window.sessionStorage; } catch (e) { store = null; }
    return {
      read: function () {
        if (!store) return {};
        try { return JSON.parse(store.getItem(key) || "{}") || {}; } catch (e) { return {}; }
      },
      write: function (answers) {
        if (!store) return;
        try { store.setItem(key, JSON.stringify(answers)); } catch (e) { /* full or blocked */ }
      }
    };
  }

  function isAnswerName(name) { return /^a\d+$/.test(name) || name === "schooltype" || name === "gemeente" || name === "fase"; }

  function currentAnswers(form) {
    var answers = {};
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || !isAnswerName(field.name)) return;
      if (field.type === "radio" && !field.checked) return;
      answers[field.name] = field.value;
    });
    return answers;
  }

  // After each step the focus starts at the new step's heading (the forms' addresses end
  // in #stap; without JavaScript the browser scrolls there and Tab continues from it).
  var stepHeading = document.querySelector("[data-scan-step-heading]");
  if (stepHeading && window.location.hash === "#" + stepHeading.id) {
    stepHeading.focus();
  }

  var form = document.querySelector("form[data-scan-form]");
  if (form) {
    var storage = storageFor(form);
    var saved = storage.read();
    // Restore answers of this step that the URL no longer carries.
    Object.keys(saved).forEach(function (name) {
      var fields = form.querySelectorAll('[name="' + name + '"]');
      if (!fields.length || fields[0].type === "hidden") return;
      if (fields[0].tagName === "SELECT") {
        if (fields[0].value === "") fields[0].value = saved[name];
        return;
      }
      var checked = form.querySelector('[name="' + name + '"]:checked');
      if (checked && checked.value !== "") return;
      Array.prototype.forEach.call(fields, function (f) { if (f.value === saved[name]) f.checked = true; });
    });

    var count = document.querySelector("[data-scan-count]");
    var total = parseInt(form.getAttribute("data-scan-total"), 10) || 0;
    var text = document.createElement("span");
    var bar = document.createElement("progress");
    if (count && total) {
      bar.max = total;
      bar.setAttribute("aria-hidden", "true");
      count.appendChild(text);
      count.appendChild(bar);
      count.hidden = false;
    }
    function update() {
      var merged = Object.assign({}, saved, currentAnswers(form));
      storage.write(merged);
      if (!count || !total) return;
      var answered = Object.keys(merged).filter(function (n) { return /^a\d+$/.test(n) && merged[n] !== ""; }).length;
      text.textContent = count.getAttribute("data-template").replace("ANSWERED", answered).replace("TOTAL", total);
      bar.value = answered;
    }
    update();
    form.addEventListener("change", function () { saved = Object.assign(saved, currentAnswers(form)); update(); });
    // Carry answers of other steps the URL lost (e.g. after the browser's back button).
    form.addEventListener("submit", function () {
      var present = {};
      Array.prototype.forEach.call(form.elements, function (f) { if (f.name) present[f.name] = true; });
      Object.keys(saved).forEach(function (name) {
        if (present[name] || !isAnswerName(name) || saved[name] === "") return;
        var input = document.createElement("input");
        input.type = "hidden";
        input.name = name;
        input.value = saved[name];
        form.appendChild(input);
      });
    });
  }

  // A fresh start forgets the answers of an earlier run in this tab.
  var start = document.querySelector("form[data-scan-start]");
  if (start) {
    start.addEventListener("submit", function () { storageFor(start).write({}); });
  }

  var printButton = document.querySelector("[data-scan-print]");
  if (printButton && window.print) {
    printButton.hidden = false;
    printButton.addEventListener("click", function () { window.print(); });
  }

  // Copy the link to the result; without the clipboard API the field stays selectable.
  var copyButton = document.querySelector("[data-copy-link]");
  if (copyButton && navigator.clipboard) {
    var field = document.getElementById(copyButton.getAttribute("data-copy-link"));
    var status = document.querySelector("[data-copy-status]");
    copyButton.hidden = false;
    copyButton.addEventListener("click", function () {
      navigator.clipboard.writeText(field.value).then(
        function () { if (status) status.textContent = copyButton.getAttribute("data-copied"); },
        function () { field.select(); if (status) status.textContent = copyButton.getAttribute("data-copy-failed"); }
      );
    });
  }
})();
