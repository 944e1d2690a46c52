// govmetrics audit view: sorting and filtering the targets table, and the details of a
// clicked target. No library, no network: report.py writes this into every page.
"use strict";
(function () {
  const table = document.getElementById("target-table");
  if (table) {
    const body = table.tBodies[0];
    const rows = Array.from(body.rows);
    const selects = Array.from(document.querySelectorAll("select[data-filter]"));
    const shown = document.querySelector(".shown");
    // The options of each filter are the values found in the rows (a leader cell may hold several).
    const values = (row, key) => (row.dataset[key] || "").split("|").filter(Boolean);
    for (const select of selects) {
      const key = select.dataset.filter;
      const found = new Set(rows.flatMap((row) => values(row, key)));
      for (const value of Array.from(found).sort((a, b) => a.localeCompare(b, "zh"))) {
        select.add(new Option(value, value));
      }
      select.addEventListener("change", filter);
    }
    function filter() {
      let n = 0;
      for (const row of rows) {
        const ok = selects.every((s) => !s.value || values(row, s.dataset.filter).includes(s.value));
        row.classList.toggle("hidden", !ok);
        n += ok ? 1 : 0;
      }
      shown.textContent = n + " of " + rows.length + " targets shown";
    }
    filter();
    // Sort on a click on a heading; a second click reverses the order.
    for (const th of table.tHead.rows[0].cells) {
      th.addEventListener("click", () => {
        const col = Number(th.dataset.col);
        const numeric = th.dataset.type === "number";
        const up = th.getAttribute("aria-sort") !== "ascending";
        for (const other of table.tHead.rows[0].cells) other.removeAttribute("aria-sort");
        th.setAttribute("aria-sort", up ? "ascending" : "descending");
        const key = (row) => {
          const cell = row.cells[col];
          const raw = cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent;
          return numeric ? (raw === "" ? -Infinity : Number(raw)) : raw;
        };
        rows.sort((a, b) => {
          const x = key(a), y = key(b);
          const c = numeric ? x - y : String(x).localeCompare(String(y), "zh");
          return up ? c : -c;
        });
        for (const row of rows) body.appendChild(row);
      });
    }
  }
  // A click (or Enter) on a target shows its fields in the details panel.
  const details = document.getElementById("details");
  if (!details) return;
  const box = details.querySelector("div");
  function show(mark) {
    for (const m of document.querySelectorAll("mark.active")) m.classList.remove("active");
    mark.classList.add("active");
    box.replaceChildren();
    for (const fields of JSON.parse(mark.dataset.fields)) {
      const t = document.createElement("table");
      for (const [name, value] of Object.entries(fields)) {
        const tr = t.insertRow();
        tr.insertCell().textContent = name;
        tr.insertCell().textContent = value;
      }
      box.appendChild(t);
    }
    details.hidden = false;
  }
  document.addEventListener("click", (e) => {
    const mark = e.target.closest("mark.target");
    if (mark) show(mark);
  });
  document.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && e.target.matches("mark.target")) show(e.target);
    if (e.key === "Escape") details.hidden = true;
  });
  details.querySelector(".close").addEventListener("click", () => { details.hidden = true; });
})();
