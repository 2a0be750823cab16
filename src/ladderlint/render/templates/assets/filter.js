// The grid's filter box: type words to see only the statements that contain
// them (a competency or dimension whose name matches shows all of its rows;
// descriptions are not searched, so a row is never shown for words the
// reader cannot see in its statements or its name). The page
// reads the same without it; this only shows the box and narrows the grid.
(function () {
  "use strict";
  var box = document.getElementById("filter-box");
  var input = document.getElementById("filter");
  var status = document.getElementById("filter-status");
  var table = document.getElementById("grid-table");
  if (!box || !input || !table) { return; }
  box.hidden = false;

  var groups = Array.prototype.slice.call(table.querySelectorAll("tbody.dimension-group"));
  var total = table.querySelectorAll("li.statement").length;

  function normal(text) { return text.toLowerCase().replace(/\s+/g, " ").trim(); }
  function contains(element, query) { return normal(element.textContent).indexOf(query) !== -1; }

  function apply() {
    var query = normal(input.value);
    var shown = 0;
    var rowsShown = 0;
    groups.forEach(function (group) {
      var heading = group.querySelector("tr.dimension .dimension-name");
      var groupMatches = query !== "" && heading !== null && contains(heading, query);
      var visibleRows = 0;
      Array.prototype.forEach.call(group.querySelectorAll("tr.competency"), function (row) {
        var name = row.querySelector("th[scope=row] .competency-name");
        var whole = query === "" || groupMatches || (name !== null && contains(name, query));
        var matches = 0;
        Array.prototype.forEach.call(row.querySelectorAll("li.statement"), function (item) {
          var keep = whole || contains(item, query);
          item.hidden = !keep;
          if (keep) { matches += 1; }
        });
        Array.prototype.forEach.call(row.querySelectorAll(".na, .note, .proficiency"), function (text) {
          if (!whole && contains(text, query)) { matches += 1; }
        });
        row.hidden = !(whole || matches > 0);
        if (!row.hidden) {
          visibleRows += 1;
          shown += row.querySelectorAll("li.statement:not([hidden])").length;
        }
      });
      group.hidden = visibleRows === 0;
      rowsShown += visibleRows;
    });
    if (query === "") {
      status.textContent = "";
    } else {
      status.textContent = "Showing " + shown + " of " + total + " statements, in " + rowsShown +
        (rowsShown === 1 ? " competency." : " competencies.");
    }
  }

  input.addEventListener("input", apply);
  input.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { input.value = ""; apply(); }
  });
  if (input.value) { apply(); }
}());
