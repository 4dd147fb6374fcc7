import type { TemporalKind, TimeProblem } from "../parseXText.ts";
import { quoteCell as q } from "../quoteCell.ts";
import type { OptionTerms, ReadPhrase, ReadWords } from "./readPhrase.ts";
import type { TitleLine } from "../types.ts";

const kinds: Readonly<Record<TemporalKind, string>> = { date: "en dato", week: "en uge", month: "en måned", quarter: "et kvartal" };
const validKinds: Readonly<Record<TemporalKind, string>> = { date: "en gyldig dato", week: "en gyldig uge", month: "en gyldig måned", quarter: "et gyldigt kvartal" };
const examples: Readonly<Record<TemporalKind, string>> = { date: `"2018-04-02" eller "02-04-2018"`, week: `"2018-W40" eller "Uge 40, 2018"`, month: `"2018-01" eller "jan. 2018"`, quarter: `"2018-Q1" eller "1. kvt. 2018"` };
const hex = (byte: number): string => `0x${byte.toString(16).toUpperCase()}`;
/** "angiv" a flag on the command line, "vælg" in an interface. */
const give = (terms: OptionTerms): string => (terms.kind === "flags" ? "angiv" : "vælg");

/** Where lines left out of a table are, with their texts: "linje 1 ("…")", "række 25–26 ("…"; "…")". */
function leftOut(lines: readonly TitleLine[], sheet: boolean | undefined): string {
  const where = `${sheet === true ? "række" : "linje"} ${lines[0]!.line}${lines.length === 1 ? "" : `–${lines[lines.length - 1]!.line}`}`;
  return `${where} (${lines.map((l) => q(l.text)).join("; ")})`;
}

/** An x cell that is not of its column's kind, as the rest of the column. */
function expectedOf(kind: TemporalKind | "number", text: string): string {
  return `forventede ${kind === "number" ? "et tal" : `${kinds[kind]} som ${examples[kind]}`} ligesom resten af kolonnen, fandt ${q(text)}`;
}

function timeProblem(p: TimeProblem): string {
  switch (p.key) {
    case "noMonth":
      return `der er ingen måned ${p.month}`;
    case "noDay":
      return `${p.year}-${String(p.month).padStart(2, "0")} har ingen dag ${p.day}`;
    case "noWeek":
      return `der er ingen uge ${p.week}`;
    case "noWeek53":
      return `${p.year} har ingen uge 53 (ISO 8601)`;
    case "noQuarter":
      return `der er intet kvartal ${p.quarter}`;
  }
}

function reason(p: ReadPhrase, terms: OptionTerms): string {
  switch (p.key) {
    case "mixedEncoding":
      return `filen blander UTF-8 med et andet tegnsæt (byte ${hex(p.byte)} ved byte ${p.at} er ikke UTF-8, andre bogstaver er); gem den i ét tegnsæt (eller ${give(terms)} ${terms.name("encoding", "windows-1252")} for at læse det hele som Windows-1252)`;
    case "notUtf8":
      return `filen er ikke gyldig UTF-8 (byte ${hex(p.byte)} ved byte ${p.at}); ${give(terms)} dens tegnsæt (${terms.name("encoding", "windows-1252")} eller utf-16)`;
    case "emptyFile":
      return "filen er tom";
    case "unclosedQuote":
      return 'et felt i anførselstegn lukkes aldrig (et " uden sit afsluttende ")';
    case "textAfterQuote":
      return 'tekst efter et afsluttende anførselstegn (et anførselstegn inde i et felt i anførselstegn skrives "")';
    case "cellCount":
      return `forventede ${p.expected} celler som i overskriften, fandt ${p.found}`;
    case "titleLeftOut":
      return `${leftOut(p.lines, p.sheet)} er en titel over tabellen, ikke en del af den: udeladt`;
    case "footerLeftOut":
      return `${leftOut(p.lines, p.sheet)} er ${p.lines.length === 1 ? "en note" : "noter"} under tabellen, ikke en del af den: udeladt`;
    case "noSheet":
      return `projektmappen har intet ark ${JSON.stringify(p.sheet)}`;
    case "notXlsx":
      return `filen kan ikke læses som en Excel-projektmappe (.xlsx): ${p.message}`;
    case "workbookTooLarge":
      return `Excel-læseren løb tør for plads (sin kaldstak) i denne projektmappe på ${p.megabytes} MB, som den kan i et stort ark, især på en travl maskine; gem arket som CSV (UTF-8) og åbn den`;
    case "emptySheet":
      return "arket er tomt";
    case "cellRightOfHeader":
      return `en celle til højre for overskriftens ${p.width} kolonner er ikke tom`;
    case "dateCellOutOfRange":
      return "en datocelle indeholder en værdi, der ikke er en dato (uden for det mulige interval); tjek cellens talformat";
    case "noColumnNumber":
      return `ingen kolonne ${p.column}: filen har ${p.columns} kolonner`;
    case "noColumn":
      return `ingen kolonne ${JSON.stringify(p.name)} (kolonner: ${p.header.map((h) => JSON.stringify(h)).join(", ")})`;
    case "notANumber":
      return `forventede et tal, fandt ${q(p.text)}`;
    case "outOfRange":
      return `tallet ${q(p.text)} er uden for det mulige interval`;
    case "notDecimal":
      return `${q(p.text)} er ikke et tal skrevet med det valgte decimaltegn "${p.decimal}"`;
    case "mixedMarks":
      return `kolonnen blander decimaltegn: ${q(p.comma)} (linje ${p.commaLine}) kan kun læses med decimalkomma, ${q(p.dot)} (linje ${p.dotLine}) kun med decimalpunktum`;
    case "mixedPercent":
      return p.percent
        ? `kolonnen blander tal med og uden %: ${q(p.text)} har %-tegn, ${q(p.example)} ikke; skriv alle værdier på samme måde (alle i procent eller alle uden tegnet)`
        : `kolonnen blander tal med og uden %: ${q(p.example)} har %-tegn, ${q(p.text)} ikke (en andel som 0,931, eller procent uden tegnet?); skriv alle værdier på samme måde`;
    case "ambiguousMark":
      return `decimaltegnet kan ikke afgøres: ${p.examples.map(q).join(", ")} læses som ${p.dot} med decimalpunktum, men som ${p.comma} med decimalkomma, og ingen anden værdi i filen afgør det; ${give(terms)} ${terms.name("decimal", ",")} (decimalkomma, "." adskiller tusinder) eller ${terms.name("decimal", ".")} (decimalpunktum)`;
    case "xEmpty":
      return "x er tom: hver række skal have sit x";
    case "xMissing":
      return `x mangler (${q(p.text)}): hver række skal have sit x`;
    case "notAYear":
      return `forventede et år som "2018", fandt ${q(p.text)}`;
    case "dayWithoutYear":
      return `${q(p.text)} ligner en dag og en måned uden år, ikke et tal, og tal sorteres som tal, ikke som kalenderen: skriv året med i x (fx ${q(`${p.text}.2018`)}); er det tal og ikke datoer: ${give(terms)} ${terms.name("xType", "number")}`;
    case "excelSerialDate":
      return `${q(p.text)} ligner en dato, som Excel har gemt som sit datonummer (${p.text} er ${p.date}): formatér kolonnen som dato i Excel, før filen gemmes som CSV; er det tal og ikke datoer: ${give(terms)} ${terms.name("xType", "number")}`;
    case "notLikeNumbers":
      return `forventede et tal som i resten af kolonnen, fandt ${q(p.text)}; for at læse kolonnen som tekst: ${give(terms)} ${terms.name("xType", "category")}`;
    case "noteInTable":
      return `${expectedOf(p.kind, p.text)} uden værdier ved siden af: en note skrevet som sin egen række? Skriv den i en kolonne med noter, i rækken for den undergruppe, den handler om (${terms.kind === "flags" ? "--notes" : "kolonnen med noter"}), eller fjern den`;
    case "totalRow":
      return `${expectedOf(p.kind, p.text)} i sidste række: en række med totaler er ikke en undergruppe; fjern den fra filen`;
    case "noteBelowTable":
      return `${expectedOf(p.kind, p.text)} uden værdier ved siden af, sidst i tabellen: er det en note under tabellen, så sæt en tom linje over den, så udelades den (eller fjern den)`;
    case "notOfKind":
      return `forventede ${kinds[p.kind]} som ${examples[p.kind]}${p.detected ? " ligesom resten af kolonnen" : ""}, fandt ${q(p.text)}${p.detected ? `; for at læse kolonnen som tekst: ${give(terms)} ${terms.name("xType", "category")}` : ""}`;
    case "otherOrderInCalendar": {
      const other = p.dateOrder === "dmy" ? "mdy" : "dmy";
      const first = (order: string): string => (order === "mdy" ? "måneden" : "dagen");
      return `hver dato kan læses både med dagen og med måneden først, og rækkerne står kun i kalenderens orden med ${first(other)} først: ${q(p.text)} er ${p.asRead} med ${first(p.dateOrder)} først, ${p.other} med ${first(other)} først; ${give(terms)} ${terms.name("dateOrder", other)}, hvis filen skriver ${other === "mdy" ? "måneden" : "dagen"} først, eller ${terms.name("dateOrder", p.dateOrder)} for at læse med ${first(p.dateOrder)} først`;
    }
    case "noSuchTime": {
      const other = p.dateOrder === "dmy" ? "mdy" : "dmy";
      const hint = p.otherOrder === null ? "" : `; med ${other === "mdy" ? "måneden" : "dagen"} først (${terms.name("dateOrder", other)}) ville den være ${p.otherOrder}`;
      return `${q(p.text)} er ikke ${validKinds[p.kind]}: ${timeProblem(p.problem)}${hint}`;
    }
  }
}

/**
 * The reading layer's words in Danish, in the words of Danish spreadsheets
 * (decimalkomma, tegnsæt, projektmappe, ark).
 */
export const readDa: ReadWords = { reason, timeProblem };
