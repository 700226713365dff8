// A filter field above a long list of checkboxes (jos_portal/taxonomy/widgets.py): only
// the choices whose label contains what was typed stay visible, and ticked ones always.
(function () {
  "use strict";

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
  }

  function setUp(box) {
    const filterBox = box.querySelector("[data-jos-filter-box]");
    const input = box.querySelector("[data-jos-filter]");
    const count = box.querySelector("[data-jos-filter-count]");
    const items = Array.from(box.querySelectorAll("input[type=checkbox]")).map(function (checkbox) {
      const item = checkbox.closest("li") || checkbox.closest("label") || checkbox.parentElement;
      return { checkbox: checkbox, item: item, text: fold(item.textContent) };
    });
    if (!filterBox || !input || items.length === 0) {
      return;
    }
    filterBox.hidden = false;

    function apply() {
      const query = fold(input.value);
      let shown = 0;
      items.forEach(function (entry) {
        const visible = !query || entry.checkbox.checked || entry.text.indexOf(query) !== -1;
        entry.item.hidden = !visible;
        if (visible) {
          shown += 1;
        }
      });
      count.textContent = query ? shown + " van " + items.length + " zichtbaar" : "";
    }

    input.addEventListener("input", apply);
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        event.preventDefault(); // never submit the whole record from the filter field
      }
    });
  }

  function init() {
    document.querySelectorAll("[data-jos-filterable]").forEach(setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
