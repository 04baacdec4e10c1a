// Click a column header to sort the rows shown; click again to reverse. Numbers sort as numbers, empty cells last.
(function () {
  function key(cell) {
    var text = cell.textContent.trim();
    var number = text === "" ? NaN : Number(text.replace(/,/g, ""));
    return { text: text, number: number };
  }
  function compare(a, b, numeric) {
    if (a.text === "" || b.text === "") { return (a.text === "") - (b.text === ""); }
    return numeric ? a.number - b.number : a.text.localeCompare(b.text);
  }
  function sort(table, column, header) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var keys = rows.map(function (row) { return key(row.cells[column]); });
    var numeric = keys.every(function (k) { return k.text === "" || !isNaN(k.number); });
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    var order = rows.map(function (row, i) { return i; });
    order.sort(function (i, j) {
      var c = compare(keys[i], keys[j], numeric);
      if (keys[i].text !== "" && keys[j].text !== "" && !ascending) { c = -c; }
      return c !== 0 ? c : i - j;
    });
    order.forEach(function (i) { body.appendChild(rows[i]); });
    Array.prototype.forEach.call(header.parentNode.cells, function (th) { th.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, column) {
      header.tabIndex = 0;
      header.title = "Sort by " + header.textContent;
      header.addEventListener("click", function () { sort(table, column, header); });
      header.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sort(table, column, header); }
      });
    });
  });
})();
