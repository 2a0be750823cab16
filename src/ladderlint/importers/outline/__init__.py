"""From the document tree (headings, paragraphs, list items, tables) to a ladder.

The layout of the ladder is recognised on the tree, by evidence, and the
choice and its reasons go into the report:

- ``level-per-page`` (``sections``): the document describes one level; its title (or the
  only heading naming a level, or ``--level``) names it. Under it, group
  headings (dimensions) and competency headings (real headings or
  paragraphs wholly in bold), with bullets or paragraphs as statements.
- ``level-per-section`` (``sections``): a heading per level ('## Senior Engineer', '## D1 -
  Developer 1'); under each, the same as a level page. The level headings are
  the headings that name a level (IC3, Level 2, Engineer II, Senior ...) at
  the shallowest depth where two or more do, or whose sub-headings repeat
  from one to the next; where headings naming levels sit under other ones
  (Senior Engineer > Senior Engineer I, II), the deepest are the levels.
- ``levels-as-columns`` (``tables``): a table whose header row names levels (Competency |
  Junior | Mid | Senior): a row per competency, a cell per level; the
  heading above the table is the dimension.
- ``proficiency-matrix`` (``tables``): the same, with proficiencies for levels
  (Beginner ... Expert).
- ``levels-as-rows`` (``tables``): a table whose first column names levels (M2, M3 ...),
  maybe with a column of titles; the other columns are competencies.
- ``competency-per-section`` (``competencies``): the other way round: a heading per
  competency ('## Delivery'), and under each the same levels, as headings
  ('### Beginner') or as list items that are only a level's name, the
  statements nested under them ('- **Beginner**' over '  - You ship ...').
  Where nothing names the levels, the numbers of a list numbered the same
  from 1 under each competency ('1. Writes clean code' ... '7. ...') are
  the levels, the paragraphs under an item a note on its level.
  The text between a competency's heading and its first level describes it.
  Levels of the framework's own words ('Understand', 'Follow') are known by
  their order: the same sub-headings, or the same short lines over their
  statements, in the same order under two or more competencies; or by the
  user's --level-heading (and --competency-heading).

Inside a level, a heading whose sub-headings hold the statements is a
dimension, a heading over dimensions only groups them (reported). A bold
label at the start of a paragraph ('**Technical skills:** ...') is a
competency with that paragraph's text. Bullets directly under a level are
one competency. In table cells, bullets are statements; a cell without
bullets is one statement per line.

Tables whose levels do not overlap (an IC ladder and a manager ladder in
one page) are different tracks: each becomes its own document; but for a
table right under another, no heading between them, that goes on with its
levels for the same competencies (L1-L3, then L4-L6): a table too large for
the page split in two, one ladder. So do the
levels under headings that set tracks apart ('Management track'; levels of
another role, or a sequence of their own, under each), not bands of one
ladder ('Early career', 'Senior').

The modules, each importing only those above it:

- ``helpers``: small readings more than one layout needs (a heading's text,
  the marks that open a level's part of a section, a cell's statements).
- ``reader``: ``LAYOUTS``, ``HEADING_NAMES``, ``Steering``, and ``Reader``,
  the base of the layout readers (bookkeeping, the layout notice, the
  framework's name, the description before the levels).
- ``levels``: ``LevelReader``, one level's content (dimensions, competencies,
  statements from headings, bold labels, bullets and tables).
- ``sections``: level-per-page and level-per-section, and the headings that
  set tracks apart.
- ``table_shapes``: which tables are a ladder and how their cells are laid
  out (``Matrix``).
- ``tables``: levels-as-columns, proficiency-matrix and levels-as-rows, and
  tables that are different tracks.
- ``competencies``: competency-per-section.
- ``choice``: ``Interpreter``, which weighs the evidence, chooses the layout
  and reports why; ``interpret`` is the entry point.

To add a layout: name it in ``reader.LAYOUTS``; write its reader as a
subclass of ``Reader`` (or ``LevelReader``) in a module of its own, with the
helpers only it uses; mix it into ``choice.Interpreter`` and look for its
evidence in ``Interpreter.run``. Move a helper to ``helpers`` only when a
second layout needs it.
"""

from __future__ import annotations

from ...vocabulary import LevelName
from .choice import NO_LEVELS, interpret
from .levels import bullet_groups, bullet_labels
from .reader import HEADING_NAMES, LAYOUTS, Steering
from .sections import LEVEL_LABELS

__all__ = ["HEADING_NAMES", "LAYOUTS", "Steering", "interpret", "LevelName"]
