// The free-text view's and the quote picker's words (app/(staff)/dashboards/free-text, the report editor's quotes).
export const sv = {
  'freeText.intro':
    'Fritextsvar visas bara för strateger, rensade från personnummer, telefonnummer och e-postadresser. Svaren visas per typ av organisation och språk, och bara där minst {min} har svarat på frågan: svar från mindre grupper visas inte och räknas inte med i något antal. Ordningen säger inget om när svaren kom.',
  'freeText.filters.question': 'Fråga',
  'freeText.filters.allQuestions': 'Alla frågor',
  'freeText.filters.language': 'Språk',
  'freeText.filters.allLanguages': 'Alla språk',
  'freeText.filters.search': 'Sök i svaren',
  'freeText.filters.offered': 'Bara språk och typer av organisation som har svar att visa går att välja.',
  'freeText.shown': '{count, plural, one {# svar visas} other {# svar visas}}',
  'freeText.noMatch': 'Inget av svaren som får visas innehåller ”{search}”.',
  'freeText.showAll': 'Visa alla {count} svar på frågan',
  'freeText.pages': 'Sidor',
  'freeText.range': 'Svar {from}–{to} av {total}',
  'freeText.previous': 'Föregående sida',
  'freeText.next': 'Nästa sida',
  'freeText.kindLeavesOutComment':
    'Målgruppernas kommentarer har ingen typ av organisation och visas inte när urvalet gäller en typ.',
  'freeText.download.title': 'Ladda ner svaren',
  'freeText.download.note':
    'Svaren i urvalet, alla sidor, med fråga, språk och typ av organisation. Samma svar som visas här, inga andra.',
  'freeText.export.fileName': 'fritextsvar',
  'freeText.export.question': 'Fråga',
  'freeText.export.language': 'Språk',
  'freeText.export.kind': 'Typ av organisation',
  'freeText.export.answer': 'Svar',
  'freeText.picker.legend': 'Visa svar',
  'freeText.picker.reloads': 'Filtret laddar om sidan: spara först det du har skrivit.',
  'freeText.picker.more': 'Visar {shown} av {total} svar på frågan. Smalna av med filtren för att se resten.',
};

export const en: Record<keyof typeof sv, string> = {
  'freeText.intro':
    'Free-text answers are shown to strategists only, scrubbed of personal identity numbers, phone numbers and e-mail addresses. They are shown per kind of organisation and language, and only where at least {min} answered the question: answers from smaller groups are not shown and not counted in any number. The order says nothing about when answers came in.',
  'freeText.filters.question': 'Question',
  'freeText.filters.allQuestions': 'All questions',
  'freeText.filters.language': 'Language',
  'freeText.filters.allLanguages': 'All languages',
  'freeText.filters.search': 'Search the answers',
  'freeText.filters.offered': 'Only languages and kinds of organisation with answers to show can be chosen.',
  'freeText.shown': '{count, plural, one {# answer shown} other {# answers shown}}',
  'freeText.noMatch': 'None of the answers that may be shown contains “{search}”.',
  'freeText.showAll': 'Show all {count} answers to the question',
  'freeText.pages': 'Pages',
  'freeText.range': 'Answers {from}–{to} of {total}',
  'freeText.previous': 'Previous page',
  'freeText.next': 'Next page',
  'freeText.kindLeavesOutComment':
    "The target groups' comments have no kind of organisation and are not shown when the selection is one kind.",
  'freeText.download.title': 'Download the answers',
  'freeText.download.note':
    'The answers in the selection, every page, with question, language and kind of organisation. The same answers as shown here, no others.',
  'freeText.export.fileName': 'free-text-answers',
  'freeText.export.question': 'Question',
  'freeText.export.language': 'Language',
  'freeText.export.kind': 'Kind of organisation',
  'freeText.export.answer': 'Answer',
  'freeText.picker.legend': 'Show answers',
  'freeText.picker.reloads': 'The filter reloads the page: save what you have written first.',
  'freeText.picker.more': 'Showing {shown} of {total} answers to the question. Narrow the filters to see the rest.',
};
