import type { Widen } from './widen';

/**
 * Strings of questionnaire spreadsheets (XLSX and CSV): what an import says about the file, its tables and
 * each row. A row's problem starts with the row number as the spreadsheet shows it and the row's ID; {{column}}
 * is the column's heading as the file writes it.
 */
export const questionnaireSheetsEn = {
  file: {
    notText: 'The file is not text: it holds bytes no CSV file has. A questionnaire is imported from a CSV file or an XLSX workbook.',
    tooManyRows: 'The file has more than {{limit}} rows.',
    tooManyColumns: 'Row {{row}} has more than {{limit}} columns.',
    cellTooLong: 'Cell {{cell}} is longer than {{limit}} characters.',
    unclosedQuote: 'The quote that opens cell {{cell}} is never closed: a cell that begins with " must end with ".',
    textAfterQuote: 'Cell {{cell}} has text after its closing quote. Inside quotes, a quote mark is written twice ("").',
    formulasWithoutValue:
      'Sheet “{{sheet}}”: the formulas in {{cells}} have no stored result. Open the file in a spreadsheet program, save it and import it again.',
    noQuestions: 'The file has no table of questions. Its heading row needs at least the columns “Question ID” and “Answer type”.',
    noDomains:
      'The file has no table of domains. Its heading row needs at least the columns “Domain ID” and “Default weight”, and every domain a question names must be listed in it.',
    noKnockouts: 'The file has no table of knock-out criteria (columns “Knock-out ID” and “Condition”), so the questionnaire has none.',
    questionsColumn: 'The table of questions has no column “{{column}}”.',
    domainsColumn: 'The table of domains has no column “{{column}}”.',
    knockoutsColumn: 'The table of knock-out criteria has no column “{{column}}”.',
    unknownColumn: 'The column “{{column}}” is not part of the format and was not read.',
    hiddenSheet: 'The sheet “{{sheet}}” is hidden and was not read.',
    metadataMissing:
      'The questionnaire’s “{{column}}” is missing. Give it in a row of its own, the name in the first cell and the value in the next: on the sheet “Questionnaire”, or at the top of a CSV file.',
    metadataTwice: '“{{column}}” is given twice, as “{{first}}” and as “{{second}}”.',
  },
  row: {
    noId: 'Row {{row}} has no “{{column}}”. Give it one, or delete the row.',
    idTwice: 'Row {{row}}, {{id}}: this ID is already used in row {{first}}.',
    empty: 'Row {{row}}, {{id}}: “{{column}}” is empty.',
    tooLong: 'Row {{row}}, {{id}}: “{{column}}” is longer than {{limit}} characters.',
    notNumber: 'Row {{row}}, {{id}}: “{{column}}” must be a number, such as 2.5.',
    tooSmall: 'Row {{row}}, {{id}}: “{{column}}” must be at least {{minimum}}.',
    tooBig: 'Row {{row}}, {{id}}: “{{column}}” must be at most {{maximum}}.',
    tooFew: 'Row {{row}}, {{id}}: “{{column}}” needs at least {{minimum}} entries.',
    yesNo: 'Row {{row}}, {{id}}: “{{column}}” must be yes or no.',
    oneOf: 'Row {{row}}, {{id}}: “{{column}}” must be one of: {{values}}.',
    idFormat: 'Row {{row}}, {{id}}: “{{column}}” is not an ID of capital letters and digits with hyphens, such as SEC-ISO27001.',
    domainIdFormat:
      'Row {{row}}, {{id}}: “{{column}}” is not a domain ID, which starts with a small letter followed by letters and digits, such as dataResidency.',
    optionIdFormat:
      'Row {{row}}, {{id}}: “{{column}}” names an answer ID that does not start with a small letter or holds characters other than letters and digits (noOptOut, for example, is right).',
    unknownDomain: 'Row {{row}}, {{id}}: the domain {{domain}} is not in the table of domains ({{domains}}).',
    sectionDomain: 'Row {{row}}, {{id}}: section {{section}} belongs to domain {{domain}} (row {{first}}); a section lies within one domain.',
    sectionTitleDiffers:
      'Row {{row}}, {{id}}: “{{column}}” differs from the title section {{section}} has in row {{first}}. Give a section one title, or leave the cell empty on its later rows.',
    notForType: 'Row {{row}}, {{id}}: questions of type {{type}} do not use “{{column}}”; leave it empty.',
    line: 'Row {{row}}, {{id}}: line {{line}} of “{{column}}” does not read like “{{example}}”.',
    tooManyLines: 'Row {{row}}, {{id}}: “{{column}}” has more than {{limit}} lines.',
    score: 'Row {{row}}, {{id}}: line {{line}} of “{{column}}” needs a score from 0 to 1 after the colon.',
    yesNoScores:
      'Row {{row}}, {{id}}: “{{column}}” of a yes/no question gives one score each for yes, partial and no, such as “partial: 0.5”, or is left empty for 1, 0.5 and 0.',
    optionTwice: 'Row {{row}}, {{id}}: “{{column}}” lists the answer {{option}} twice.',
    labelMissing: 'Row {{row}}, {{id}}: “{{column}}” has no label for the answer {{option}}.',
    labelUnknown: 'Row {{row}}, {{id}}: “{{column}}” labels the answer {{option}}, which has no score in this row.',
    certification:
      'Row {{row}}, {{id}}: “{{column}}” of a certification question reads “certificate” or “report”, optionally with the months it stays valid, such as “report, valid 12 months”.',
    textWeight: 'Row {{row}}, {{id}}: a free-text question is not scored, so its weight must be 0.',
    dateWeight: 'Row {{row}}, {{id}}: a date question without age bands is not scored, so its weight must be 0.',
    bandBound: 'Row {{row}}, {{id}}: every band in “{{column}}” needs a lower or an upper bound.',
    conditionSyntax: 'Row {{row}}, {{id}}: the condition in “{{column}}” cannot be read from “{{near}}” on.',
    conditionEnd: 'Row {{row}}, {{id}}: the condition in “{{column}}” ends before it is complete; a bracket or a quote may be missing.',
    conditionDepth: 'Row {{row}}, {{id}}: the condition in “{{column}}” nests more than {{limit}} levels deep.',
    conditionField: 'Row {{row}}, {{id}}: “{{column}}” names {{field}}, which is not a field of the service profile ({{fields}}).',
    conditionSubject:
      'Row {{row}}, {{id}}: “{{column}}” names {{field}}, which is neither a question ID such as SEC-ISO27001 nor a field of the service profile ({{fields}}).',
    conditionOperator: 'Row {{row}}, {{id}}: in “{{column}}”, {{field}} is tested as in “{{example}}”.',
    conditionValue: 'Row {{row}}, {{id}}: in “{{column}}”, {{value}} is not a value of {{field}} ({{values}}).',
    conditionAnswer:
      'Row {{row}}, {{id}}: “{{column}}” tests the answer to question {{question}}, but whether a question applies depends on the service profile alone.',
    invalid: 'Row {{row}}, {{id}}: “{{column}}” is not valid.',
    knockoutColumn:
      'Row {{row}}, {{id}}: “{{column}}” lists {{listed}}, but the knock-out criteria that test this question are {{actual}}. The table of knock-out criteria is what counts.',
  },
};

export const questionnaireSheetsDe: Widen<typeof questionnaireSheetsEn> = {
  file: {
    notText:
      'Die Datei ist kein Text: Sie enthält Bytes, die in keiner CSV-Datei vorkommen. Ein Fragenkatalog wird aus einer CSV-Datei oder einer XLSX-Arbeitsmappe importiert.',
    tooManyRows: 'Die Datei hat mehr als {{limit}} Zeilen.',
    tooManyColumns: 'Zeile {{row}} hat mehr als {{limit}} Spalten.',
    cellTooLong: 'Zelle {{cell}} ist länger als {{limit}} Zeichen.',
    unclosedQuote: 'Das Anführungszeichen am Anfang von Zelle {{cell}} wird nie geschlossen: Eine Zelle, die mit " beginnt, muss mit " enden.',
    textAfterQuote:
      'In Zelle {{cell}} steht Text nach dem schließenden Anführungszeichen. Innerhalb von Anführungszeichen wird ein Anführungszeichen doppelt geschrieben ("").',
    formulasWithoutValue:
      'Tabellenblatt „{{sheet}}“: Für die Formeln in {{cells}} ist kein Ergebnis gespeichert. Öffnen Sie die Datei in einem Tabellenprogramm, speichern Sie sie und importieren Sie sie erneut.',
    noQuestions: 'Die Datei enthält keine Fragentabelle. Deren Überschriftenzeile braucht mindestens die Spalten „Frage-ID“ und „Antworttyp“.',
    noDomains:
      'Die Datei enthält keine Domänentabelle. Deren Überschriftenzeile braucht mindestens die Spalten „Domänen-ID“ und „Standardgewicht“, und jede Domäne, die eine Frage nennt, muss darin stehen.',
    noKnockouts: 'Die Datei enthält keine Tabelle der K.-o.-Kriterien (Spalten „K.-o.-ID“ und „Bedingung“); der Fragenkatalog hat daher keine.',
    questionsColumn: 'In der Fragentabelle fehlt die Spalte „{{columnDe}}“.',
    domainsColumn: 'In der Domänentabelle fehlt die Spalte „{{columnDe}}“.',
    knockoutsColumn: 'In der Tabelle der K.-o.-Kriterien fehlt die Spalte „{{columnDe}}“.',
    unknownColumn: 'Die Spalte „{{column}}“ gehört nicht zum Format und wurde nicht gelesen.',
    hiddenSheet: 'Das Tabellenblatt „{{sheet}}“ ist ausgeblendet und wurde nicht gelesen.',
    metadataMissing:
      'Die Angabe „{{columnDe}}“ des Fragenkatalogs fehlt. Tragen Sie sie in eine eigene Zeile ein, die Bezeichnung in die erste Zelle und den Wert in die nächste: auf dem Tabellenblatt „Questionnaire“ oder oben in der CSV-Datei.',
    metadataTwice: '„{{columnDe}}“ ist zweimal angegeben, als „{{first}}“ und als „{{second}}“.',
  },
  row: {
    noId: 'Zeile {{row}} hat keine „{{column}}“. Tragen Sie eine ein oder löschen Sie die Zeile.',
    idTwice: 'Zeile {{row}}, {{id}}: Diese ID wird bereits in Zeile {{first}} verwendet.',
    empty: 'Zeile {{row}}, {{id}}: „{{column}}“ ist leer.',
    tooLong: 'Zeile {{row}}, {{id}}: „{{column}}“ ist länger als {{limit}} Zeichen.',
    notNumber: 'Zeile {{row}}, {{id}}: „{{column}}“ muss eine Zahl sein, etwa 2,5.',
    tooSmall: 'Zeile {{row}}, {{id}}: „{{column}}“ muss mindestens {{minimum}} sein.',
    tooBig: 'Zeile {{row}}, {{id}}: „{{column}}“ darf höchstens {{maximum}} sein.',
    tooFew: 'Zeile {{row}}, {{id}}: „{{column}}“ braucht mindestens {{minimum}} Einträge.',
    yesNo: 'Zeile {{row}}, {{id}}: „{{column}}“ muss „ja“ oder „nein“ lauten.',
    oneOf: 'Zeile {{row}}, {{id}}: „{{column}}“ muss einer dieser Werte sein: {{values}}.',
    idFormat: 'Zeile {{row}}, {{id}}: „{{column}}“ ist keine ID aus Großbuchstaben und Ziffern mit Bindestrichen, etwa SEC-ISO27001.',
    domainIdFormat:
      'Zeile {{row}}, {{id}}: „{{column}}“ ist keine Domänen-ID; diese beginnt mit einem Kleinbuchstaben, gefolgt von Buchstaben und Ziffern, etwa dataResidency.',
    optionIdFormat:
      'Zeile {{row}}, {{id}}: „{{column}}“ nennt eine Antwort-ID, die nicht mit einem Kleinbuchstaben beginnt oder andere Zeichen als Buchstaben und Ziffern enthält (richtig wäre etwa noOptOut).',
    unknownDomain: 'Zeile {{row}}, {{id}}: Die Domäne {{domain}} steht nicht in der Domänentabelle ({{domains}}).',
    sectionDomain: 'Zeile {{row}}, {{id}}: Abschnitt {{section}} gehört zur Domäne {{domain}} (Zeile {{first}}); ein Abschnitt liegt in genau einer Domäne.',
    sectionTitleDiffers:
      'Zeile {{row}}, {{id}}: „{{column}}“ weicht vom Titel ab, den Abschnitt {{section}} in Zeile {{first}} hat. Geben Sie einem Abschnitt nur einen Titel oder lassen Sie die Zelle in seinen späteren Zeilen leer.',
    notForType: 'Zeile {{row}}, {{id}}: Fragen vom Typ {{type}} verwenden „{{column}}“ nicht; lassen Sie die Zelle leer.',
    line: 'Zeile {{row}}, {{id}}: Die {{line}}. Zeile in „{{column}}“ hat nicht die Form „{{example}}“.',
    tooManyLines: 'Zeile {{row}}, {{id}}: „{{column}}“ hat mehr als {{limit}} Zeilen.',
    score: 'Zeile {{row}}, {{id}}: Die {{line}}. Zeile in „{{column}}“ braucht nach dem Doppelpunkt eine Punktzahl von 0 bis 1.',
    yesNoScores:
      'Zeile {{row}}, {{id}}: „{{column}}“ einer Ja/Nein-Frage nennt je eine Punktzahl für yes, partial und no, etwa „partial: 0.5“, oder bleibt für 1, 0,5 und 0 leer.',
    optionTwice: 'Zeile {{row}}, {{id}}: „{{column}}“ nennt die Antwort {{option}} zweimal.',
    labelMissing: 'Zeile {{row}}, {{id}}: „{{column}}“ enthält keine Bezeichnung für die Antwort {{option}}.',
    labelUnknown: 'Zeile {{row}}, {{id}}: „{{column}}“ bezeichnet die Antwort {{option}}, die in dieser Zeile keine Punktzahl hat.',
    certification:
      'Zeile {{row}}, {{id}}: „{{column}}“ einer Zertifizierungsfrage lautet „certificate“ oder „report“, auf Wunsch mit der Gültigkeit in Monaten, etwa „report, valid 12 months“.',
    textWeight: 'Zeile {{row}}, {{id}}: Eine Freitextfrage wird nicht bewertet, ihr Gewicht muss daher 0 sein.',
    dateWeight: 'Zeile {{row}}, {{id}}: Eine Datumsfrage ohne Altersstufen wird nicht bewertet, ihr Gewicht muss daher 0 sein.',
    bandBound: 'Zeile {{row}}, {{id}}: Jede Stufe in „{{column}}“ braucht eine Unter- oder eine Obergrenze.',
    conditionSyntax: 'Zeile {{row}}, {{id}}: Die Bedingung in „{{column}}“ ist ab „{{near}}“ nicht lesbar.',
    conditionEnd:
      'Zeile {{row}}, {{id}}: Die Bedingung in „{{column}}“ endet, bevor sie vollständig ist; vielleicht fehlt eine Klammer oder ein Anführungszeichen.',
    conditionDepth: 'Zeile {{row}}, {{id}}: Die Bedingung in „{{column}}“ ist tiefer als {{limit}} Ebenen verschachtelt.',
    conditionField: 'Zeile {{row}}, {{id}}: „{{column}}“ nennt {{field}}, das kein Feld des Leistungsprofils ist ({{fields}}).',
    conditionSubject:
      'Zeile {{row}}, {{id}}: „{{column}}“ nennt {{field}}, das weder eine Frage-ID wie SEC-ISO27001 noch ein Feld des Leistungsprofils ist ({{fields}}).',
    conditionOperator: 'Zeile {{row}}, {{id}}: In „{{column}}“ wird {{field}} so geprüft: „{{example}}“.',
    conditionValue: 'Zeile {{row}}, {{id}}: In „{{column}}“ ist {{value}} kein Wert von {{field}} ({{values}}).',
    conditionAnswer:
      'Zeile {{row}}, {{id}}: „{{column}}“ prüft die Antwort auf Frage {{question}}; ob eine Frage gilt, hängt aber allein vom Leistungsprofil ab.',
    invalid: 'Zeile {{row}}, {{id}}: „{{column}}“ ist nicht gültig.',
    knockoutColumn:
      'Zeile {{row}}, {{id}}: „{{column}}“ nennt {{listed}}, diese Frage prüfen aber die K.-o.-Kriterien {{actual}}. Maßgeblich ist die Tabelle der K.-o.-Kriterien.',
  },
};
