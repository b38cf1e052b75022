// The pairwise comparison matrix of the analytic hierarchy process, as a table: one
// row and one column per criterion, each judgement above the diagonal a choice on
// Saaty's scale ("Cost is 3 times as important as Quality" up to 9, or the reverse),
// the diagonal 1, and below it the reciprocals the library returns in its `matrix`.
// Shared by ahp.html and weighting.html. The scale's labels are data; every number
// shown below the diagonal comes from the library.
import { registerEditor } from "./form-state.js";
import { formatNumber } from "./format.js";
import { rowTable } from "./table-input.js";

/**
 * Saaty's scale, from "the row's criterion is extremely more important" to "the
 * column's is": the choice's value (as typed in a matrix) and its words.
 */
const STRONGER = [
  ["9", "extremely"],
  ["8", ""],
  ["7", "very strongly"],
  ["6", ""],
  ["5", "strongly"],
  ["4", ""],
  ["3", "moderately"],
  ["2", ""],
];
const WEAKER = [...STRONGER].reverse().map(([value, words]) => [`1/${value}`, words]);
/** Every choice on the scale, "9" to "1/9". */
const CHOICES = new Set([...STRONGER, ["1"], ...WEAKER].map(([value]) => value));

/** The judgement a choice stands for: "1/3" is a third. */
export function saatyValue(choice) {
  const [top, bottom = "1"] = choice.split("/");
  return Number(top) / Number(bottom);
}

/** A choice's words: "7 very strongly", "1 equal", "1/2". */
const choiceText = (value, words) => (words ? `${value} ${words}` : value);

/**
 * Makes `table` (with an empty `<thead>` and `<tbody>`) a pairwise matrix.
 * @param {HTMLTableElement} table
 * @returns {{
 *   setCriteria: (names: string[]) => void,
 *   removeCriterion: (index: number) => void,
 *   setJudgements: (names: string[], upper: string[][]) => void,
 *   comparisons: () => { a: string, b: string, value: number }[],
 *   showResult: (result: { matrix: number[][], consistent: boolean, mostInconsistent?: { row: number, column: number } }) => void,
 *   choice: (row: number, column: number) => string,
 * }}
 *   `setCriteria` follows the criteria list (names and count; a new criterion starts
 *   equal to the others); `removeCriterion` drops a criterion's judgements;
 *   `setJudgements` loads an example, `upper[i]` holding row i's choices right of the
 *   diagonal ("3", "1/5"); `comparisons` are the judgements as the library's options;
 *   `showResult` writes the reciprocals and marks the most inconsistent comparison.
 */
export function pairwiseMatrix(table) {
  /** @type {string[]} */
  let names = [];
  /** `choices[i][j]` for j > i: the choice in row i, column j. */
  /** @type {string[][]} */
  let choices = [];
  const id = table.id || "pairs";

  const cell = (row, column) => /** @type {HTMLTableCellElement | null} */ (table.tBodies[0].rows[row]?.cells[column + 1] ?? null);

  const resize = (count) => {
    choices = Array.from({ length: count }, (_, row) => Array.from({ length: count }, (_, column) => choices[row]?.[column] ?? "1"));
  };

  /** Rebuilds the table for the current names and choices. */
  const build = () => {
    const head = document.createElement("tr");
    const corner = document.createElement("td");
    head.append(corner, ...names.map(() => header("col")));
    table.tHead.replaceChildren(head);
    table.tBodies[0].replaceChildren(
      ...names.map((_, row) => {
        const line = document.createElement("tr");
        line.append(header("row"));
        names.forEach((__, column) => {
          const td = document.createElement("td");
          if (column > row) {
            td.className = "pair-choice";
            const choice = document.createElement("select");
            choice.id = `${id}-${row}-${column}`;
            choice.dataset.row = String(row);
            choice.dataset.column = String(column);
            // Before the form hears the input, so that a live calculator reads the new choice.
            choice.addEventListener("input", () => {
              choices[row][column] = choice.value;
            });
            td.append(choice);
          } else if (column === row) {
            td.className = "pair-diagonal";
            td.textContent = "1";
          } else {
            td.className = "pair-reciprocal";
          }
          line.append(td);
        });
        return line;
      }),
    );
    label();
  };

  const header = (scope) => {
    const th = document.createElement("th");
    th.scope = scope;
    return th;
  };

  /** Names the headers, each choice and its groups after the criteria. */
  const label = () => {
    const heads = table.querySelectorAll("thead th");
    names.forEach((name, index) => {
      heads[index].textContent = name;
      table.tBodies[0].rows[index].cells[0].textContent = name;
    });
    for (const choice of table.querySelectorAll("select")) {
      const a = names[Number(choice.dataset.row)];
      const b = names[Number(choice.dataset.column)];
      choice.setAttribute("aria-label", `${a} compared with ${b}`);
      choice.replaceChildren(
        group(`${a} is more important`, STRONGER),
        option("1", "equal"),
        group(`${b} is more important`, WEAKER),
      );
      choice.value = choices[Number(choice.dataset.row)][Number(choice.dataset.column)];
    }
  };

  const option = (value, words) => {
    const element = document.createElement("option");
    element.value = value;
    element.textContent = choiceText(value, words);
    return element;
  };

  const group = (title, scale) => {
    const element = document.createElement("optgroup");
    element.label = title;
    element.append(...scale.map(([value, words]) => option(value, words)));
    return element;
  };

  // The judgements join the form's state (its link and its scenarios), as `upper` rows
  // the way `setJudgements` takes them. A link's choices off the scale become "1"; the
  // criteria list's next `setCriteria` fits them to its count.
  registerEditor(table, "judgements", {
    get: () => choices.map((row, index) => row.slice(index + 1)),
    set: (value) => {
      if (!Array.isArray(value)) return;
      const upper = value.map((row) => (Array.isArray(row) ? row : []));
      choices = upper.map((row, r) => upper.map((_, column) => (column > r && CHOICES.has(row[column - r - 1]) ? row[column - r - 1] : "1")));
      if (choices.length === names.length) build();
    },
  });

  return {
    setCriteria(next) {
      const rebuild = next.length !== names.length || choices.length !== next.length;
      const renamed = next.some((name, index) => name !== names[index]);
      names = [...next];
      if (rebuild) {
        resize(names.length);
        build();
      } else if (renamed) {
        label();
      }
    },
    removeCriterion(index) {
      choices = choices.filter((_, row) => row !== index).map((row) => row.filter((__, column) => column !== index));
      names = names.filter((_, row) => row !== index);
      build();
    },
    setJudgements(next, upper) {
      names = [...next];
      choices = names.map((_, row) => names.map((__, column) => (column > row ? upper[row][column - row - 1] : "1")));
      build();
    },
    comparisons() {
      return names.flatMap((a, row) =>
        names.slice(row + 1).map((b, offset) => ({ a, b, value: saatyValue(choices[row][row + 1 + offset]) })),
      );
    },
    showResult(result) {
      result.matrix.forEach((values, row) =>
        values.forEach((value, column) => {
          const td = cell(row, column);
          if (!td) return;
          td.classList.remove("inconsistent");
          if (column < row) td.textContent = formatNumber(value);
        }),
      );
      const worst = result.consistent ? undefined : result.mostInconsistent;
      if (worst) {
        cell(worst.row, worst.column)?.classList.add("inconsistent");
        cell(worst.column, worst.row)?.classList.add("inconsistent");
      }
    },
    choice(row, column) {
      return choices[row][column];
    },
  };
}

/** A choice in words, as the matrix shows it: "7 very strongly", "1/3 moderately". */
export function choiceWords(choice) {
  const [value, words] = [...STRONGER, ["1", "equal"], ...WEAKER].find(([candidate]) => candidate === choice) ?? [choice, ""];
  return choiceText(value, words);
}

/**
 * The criteria list that goes with a matrix: a row table (table-input.js) of 3 to 7
 * criteria, each name at `criteria[i]`, then `columns`; the add button is
 * `#add-criterion`, and removing a criterion drops its judgements from `pairs`.
 * @param {HTMLTableElement} table
 * @param {ReturnType<typeof pairwiseMatrix>} pairs
 * @param {import("./table-input.js").Column[]} [columns]
 */
export function criteriaTable(table, pairs, columns = []) {
  return rowTable(table, {
    columns: [{ key: "name", label: "Name", type: "text", field: (index) => `criteria[${index}]` }, ...columns],
    rowName: (index) => `criterion ${index + 1}`,
    addButton: /** @type {HTMLButtonElement} */ (document.getElementById("add-criterion")),
    rows: [],
    minRows: 3,
    maxRows: 7,
    onRemove: (index) => pairs.removeCriterion(index),
  });
}
