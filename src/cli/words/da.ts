import type { CliWords } from "./en.ts";

/** The command line's own words in Danish (`--locale da-DK`). */
export const da: CliWords = {
  columns: {
    group: "gruppe",
    chart: "diagram",
    subgroups: "undergrupper",
    cl: "CL",
    lcl: "LCL",
    ucl: "UCL",
    runsSignal: "seriesignal",
    sigmaSignals: "uden for grænser",
    direction: "retning",
    file: "fil",
  },
  yes: "ja",
  no: "nej",
  directions: { improvement: "forbedring", deterioration: "forværring", neutral: "neutral", mixed: "blandet" },
  all: "alle",
  allGroups: "Alle grupper",
  warning: "advarsel",
  note: "bemærk",
  place: (x, line) => (x === null ? `linje ${line}` : `${x} i linje ${line}`),
  threadsCapped: (asked, cores) => `--threads ${asked}: bruger ${cores}, antallet af kerner på denne maskine`,
  inColumn: (name) => `(kolonne ${JSON.stringify(name)})`,
  inGroup: (name) => `gruppe "${name}": `,
  noRows: (file) => `${file}: ingen datarækker under overskriften`,
  noSubgroupAt: (flag, text, group) => `${flag} ${text}: ingen undergruppe har den x-værdi${group === null ? "" : ` i gruppen "${group}"`}`,
  noColumn: (flag, name, file, columns) => `${flag} ${name}: ${file} har ingen sådan kolonne (kolonner: ${columns.join(", ")})`,
  titleHint: (title) => `; den første række ligner en titel ("${title}" og tomme celler), ikke kolonnenavnene: fjern den fra filen`,
  dataHint: (cells) => `; den første række ligner data (${cells.join(", ")}), ikke kolonnenavne: tilføj en række med kolonnenavne øverst`,
};
