// Concord console: progressive enhancement only; every page works without it.
// - The language switch applies on change (the Apply button is hidden when this runs).
"use strict";
document.documentElement.classList.add("js");
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
    select.addEventListener("change", function () {
      if (select.form) { select.form.submit(); }
    });
  });
});
