// The grid's filter box: type words to see only the statements that contain
// them (a competency or dimension whose name matches shows all of its rows;
// descriptions are not searched, so a row is never shown for words the
// reader cannot see in its statements or its name), the words found marked.
// Words match where words start, whatever their case or alphabet: "sev"
// finds "SEV" and "several", not "perseverance". Chinese and Japanese
// write no spaces between words, so there is no word start to find:
// words typed in Han, Hiragana or Katakana match anywhere, as a browser's
// own search does ("项目" finds "参与项目维护"), and a word in another
// script may start right after such a character. A word typed in capitals
// is an abbreviation, found whole: "SEV" finds "SEV" and "sev", not
// "several". A word followed by another, or found whole, may end as its
// plural or possessive does ("SEV" finds "SEVs", "PR" finds "PR's").
// What a keyboard types finds what the text sets: ' finds ’, - finds an
// en dash (and a dash, a space: "on-call" finds "on call"), e finds é.
// The page reads the same without it; this only shows the box, narrows the
// grid and marks the words.
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
  var LETTER = "\\p{L}\\p{N}\\p{M}";
  // Scripts written without spaces between words.
  var UNSPACED = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}";
  // A letter that is not one of those: what may not stand right before a
  // word's start, or right after a word found whole.
  var SPACED_LETTER = "(?![" + UNSPACED + "])[" + LETTER + "]";

  function escape(text) { return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }
  function escapeInClass(text) { return text.replace(/[\\\]\[^-]/g, "\\$&"); }

  // Each of these stands for the others: what a keyboard types, what a
  // text (or a word processor it was written in) sets.
  var APOSTROPHES = "'\u2019\u2018\u02bc`\u00b4";
  var QUOTES = "\"\u201c\u201d\u201e\u00ab\u00bb";
  var DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212";
  var BETWEEN = "[\\s" + escapeInClass(DASHES) + "]+";
  // What may follow a word: a plural's or a possessive's ending.
  var ENDING = "(?:e?s|[" + escapeInClass(APOSTROPHES) + "]s)?";

  // A letter without its accents, in lower case ("É" is "e").
  function fold(letter) { return letter.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase(); }

  // The grid's letters with accents, by the letter they are without: a
  // typed "e" finds "é" where the grid has one (read once: the grid does
  // not change).
  var accented = {};
  (table.textContent.match(/[^\u0000-\u00bf]/gu) || []).forEach(function (letter) {
    var plain = fold(letter);
    if (plain.length !== 1 || plain === letter.toLowerCase()) { return; }
    var known = accented[plain] || (accented[plain] = []);
    if (known.indexOf(letter) < 0) { known.push(letter); }
  });

  // What one typed character finds.
  function character(typed) {
    if (APOSTROPHES.indexOf(typed) >= 0) { return "[" + escapeInClass(APOSTROPHES) + "]"; }
    if (QUOTES.indexOf(typed) >= 0) { return "[" + escapeInClass(QUOTES) + "]"; }
    if (DASHES.indexOf(typed) >= 0) { return "[" + escapeInClass(DASHES) + "]"; }
    var plain = fold(typed);
    if (plain.length !== 1 || !/\p{L}/u.test(typed)) { return escape(typed); }
    var letters = [plain].concat(accented[plain] || []);
    if (letters.indexOf(typed) < 0) { letters.push(typed); }
    var one = letters.length === 1 ? escape(plain) : "[" + letters.map(escapeInClass).join("") + "]";
    return one + "\\p{M}*";  // and accents written apart from their letter
  }

  // The pattern of a query: its words in order, apart by any spacing or
  // dash, the first at the start of a word, each but the last whole (or as
  // its plural or possessive); the last a word's start, or a whole word
  // (or its plural or possessive) where it is written in capitals. A
  // query that starts in a script written without spaces starts anywhere.
  function pattern(query) {
    var typed = query.trim().split(new RegExp(BETWEEN)).filter(function (word) { return word !== ""; });
    if (!typed.length) { typed = [query.trim()]; }
    var last = typed[typed.length - 1];
    var whole = /^[\p{Lu}\p{N}]{2,}$/u.test(last) && /\p{Lu}/u.test(last);
    var words = typed.map(function (word) {
      return Array.from(word).map(character).join("");
    }).join(ENDING + BETWEEN);
    var end = whole ? ENDING + "(?!" + SPACED_LETTER + ")" : "";
    var anywhere = new RegExp("^[" + UNSPACED + "]", "u").test(typed[0]);
    var start = anywhere ? "()" : "(^|(?!" + SPACED_LETTER + ")[^])";
    return new RegExp(start + "(" + words + end + ")", "giu");
  }

  function contains(element, re) { re.lastIndex = 0; return re.test(words(element)); }

  // The framework's words in an element: without the marks of what the
  // latest release added or changed ("new in version 2.0.0:"), which are not.
  function words(element) {
    if (!element.querySelector(".release-mark")) { return element.textContent; }
    var copy = element.cloneNode(true);
    Array.prototype.forEach.call(copy.querySelectorAll(".release-mark"), function (m) { m.parentNode.removeChild(m); });
    return copy.textContent;
  }

  function unmark() {
    Array.prototype.forEach.call(table.querySelectorAll("mark.found"), function (mark) {
      var parent = mark.parentNode;
      parent.replaceChild(document.createTextNode(mark.textContent), mark);
      parent.normalize();
    });
  }

  // Mark what ``re`` finds in the text of ``element`` (within one piece of
  // text: a match across a link's edge is found, not marked).
  function mark(element, re) {
    var walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    var nodes = [];
    while (walker.nextNode()) { nodes.push(walker.currentNode); }
    nodes.forEach(function (node) {
      if (node.parentNode.closest(".release-mark")) { return; }
      var text = node.nodeValue;
      var parts = [];
      var done = 0;
      var match;
      re.lastIndex = 0;
      while ((match = re.exec(text)) !== null) {
        var start = match.index + match[1].length;
        parts.push(document.createTextNode(text.slice(done, start)));
        var found = document.createElement("mark");
        found.className = "found";
        found.textContent = match[2];
        parts.push(found);
        done = start + match[2].length;
        if (match[0].length === 0) { re.lastIndex += 1; }
      }
      if (!parts.length) { return; }
      parts.push(document.createTextNode(text.slice(done)));
      var fragment = document.createDocumentFragment();
      parts.forEach(function (part) { if (part.nodeValue !== "") { fragment.appendChild(part); } });
      node.parentNode.replaceChild(fragment, node);
    });
  }

  function apply() {
    unmark();
    var query = input.value.trim();
    var re = null;
    if (query !== "") { re = pattern(query); }
    var shown = 0;
    var rowsShown = 0;
    groups.forEach(function (group) {
      var heading = group.querySelector("tr.dimension .dimension-name");
      var groupMatches = re !== null && heading !== null && contains(heading, re);
      if (groupMatches) { mark(heading, re); }
      // The levels' introductions of the dimension are not statements: while
      // the filter narrows the grid, they show with the dimension's whole rows.
      Array.prototype.forEach.call(group.querySelectorAll("tr.dimension-intro"), function (row) {
        row.hidden = !(re === null || groupMatches);
      });
      var visibleRows = 0;
      Array.prototype.forEach.call(group.querySelectorAll("tr.competency"), function (row) {
        var name = row.querySelector("th[scope=row] .competency-name");
        var named = re !== null && name !== null && contains(name, re);
        if (named) { mark(name, re); }
        var whole = re === null || groupMatches || named;
        var matches = 0;
        Array.prototype.forEach.call(row.querySelectorAll("li.statement"), function (item) {
          var found = re !== null && contains(item, re);
          var keep = whole || found;
          item.hidden = !keep;
          if (keep) { matches += 1; }
          if (found) { mark(item, re); }
        });
        Array.prototype.forEach.call(row.querySelectorAll(".na, .note, .proficiency"), function (text) {
          if (re !== null && contains(text, re)) {
            mark(text, re);
            if (!whole) { matches += 1; }
          }
        });
        // A cell left with nothing found: a phone's card of it (see the
        // style sheet) would be its level's name over nothing.
        Array.prototype.forEach.call(row.querySelectorAll("td.cell"), function (cell) {
          var kept = whole || cell.querySelector("li.statement:not([hidden]), mark.found") !== null;
          cell.classList.toggle("filtered-out", !kept);
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
    if (re === null) {
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

// The grid's region takes the keyboard's focus only where it scrolls
// sideways (the arrow keys then scroll it); where the grid is laid out in
// the page there is nothing for it to do. Focused from the keyboard, the
// browser would bring the region, many screens tall, into view at its
// middle: the page stays where it was, or shows the region's top.
(function () {
  "use strict";
  var region = document.querySelector(".grid-scroll");
  if (!region) { return; }
  var resting = { x: window.scrollX, y: window.scrollY };

  function focusable() {
    if (region.scrollWidth > region.clientWidth + 1) {
      region.setAttribute("tabindex", "0");
    } else {
      if (document.activeElement === region) { region.blur(); }
      region.removeAttribute("tabindex");
    }
  }

  // Where the page rests between scrolls: the browser scrolls to a newly
  // focused element before the focus event, and tells of it after.
  window.addEventListener("scroll", function () {
    resting = { x: window.scrollX, y: window.scrollY };
  }, { passive: true });

  region.addEventListener("focus", function () {
    // Focused by a click, or by a script that kept the page still: the
    // page has not moved, and stays.
    if (window.scrollX === resting.x && window.scrollY === resting.y) { return; }
    var top = region.getBoundingClientRect().top + window.scrollY;
    var seen = top >= resting.y && top < resting.y + window.innerHeight;
    var y = seen ? resting.y : Math.max(0, top - 16);
    if (window.scrollY !== y) { window.scrollTo(resting.x, y); }
  });

  window.addEventListener("resize", focusable);
  focusable();
}());
// The height of the grid's row of level names, which stays at the top of
// the window: a competency's name stays in view right below it, down a
// row taller than the window (see the style sheet's --grid-head).
(function () {
  "use strict";
  var table = document.getElementById("grid-table");
  var head = table && table.tHead;
  if (!head) { return; }
  function measure() {
    // On the page's root: the window keeps that height clear at its top too.
    document.documentElement.style.setProperty("--grid-head", head.getBoundingClientRect().height + "px");
  }
  window.addEventListener("resize", measure);
  measure();
}());
