// The grid on paper. On screen a competency's description (and its
// findings) is in a row of its own under its name, beside the level cells,
// which span both rows. Chromium draws a cell that spans rows and breaks
// across pages over the row below it, so the style sheet keeps such a
// competency whole on paper, and one taller than a page left a blank page
// and still ran over the next row. While the page prints, the description
// goes under the name in the name's own cell and the level cells span one
// row, which breaks across pages as any other; after, the grid is as it
// was. Without scripts the page prints as the style sheet alone says.
(function () {
  "use strict";
  var table = document.getElementById("grid-table");
  // A grid of more levels than fit prints as cards, not as a table.
  if (!table || table.classList.contains("many-levels")) { return; }
  var undo = [];

  window.addEventListener("beforeprint", function () {
    if (undo.length) { return; }
    var rows = table.querySelectorAll("tr.competency.with-about");
    Array.prototype.forEach.call(rows, function (row) {
      var about = row.nextElementSibling;
      var header = row.querySelector("th[scope=row]");
      var cell = about && about.querySelector("td.about");
      if (!cell || !header) { return; }
      var own = Array.prototype.slice.call(header.childNodes);
      var moved = Array.prototype.slice.call(cell.childNodes);
      var spans = Array.prototype.map.call(row.querySelectorAll(":scope > td"), function (td) {
        var span = td.rowSpan;
        td.rowSpan = 1;
        return [td, span];
      });
      var parent = about.parentNode;
      var next = about.nextSibling;
      own.forEach(function (node) { header.removeChild(node); });
      moved.forEach(function (node) { header.appendChild(node); });
      parent.removeChild(about);
      row.classList.remove("with-about");
      undo.push(function () {
        row.classList.add("with-about");
        parent.insertBefore(about, next);
        moved.forEach(function (node) { cell.appendChild(node); });
        own.forEach(function (node) { header.appendChild(node); });
        spans.forEach(function (pair) { pair[0].rowSpan = pair[1]; });
      });
    });
  });

  window.addEventListener("afterprint", function () {
    while (undo.length) { undo.pop()(); }
  });
}());
