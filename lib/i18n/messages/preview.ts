// Previewing a round's surveys as respondents will see them (app/(staff)/rounds/[id]/preview).
export const sv = {
  'preview.title': 'Förhandsgranskning',
  'preview.banner': 'Förhandsgranskning – inga svar sparas',
  'preview.explained':
    'Så här ser enkäten ut för den som svarar. Du kan fylla i och skicka den: inget skickas till servern och inget sparas.',
  'preview.back': 'Tillbaka till {round}',
  'preview.languages': 'Enkätens språk',
  'preview.done':
    'Förhandsgranskningen är klar. Här skulle svaret ha skickats, men inget skickades och inget sparades.',
  'preview.linksTitle': 'Förhandsgranska enkäterna',
  'preview.linksExplained':
    'Se varje enkät i omgången på varje språk, precis som den som svarar kommer att se den. Inget sparas.',
  'preview.linksFor': '{survey} (v{version}):',
};

export const en: Record<keyof typeof sv, string> = {
  'preview.title': 'Preview',
  'preview.banner': 'Preview – no answers are stored',
  'preview.explained':
    'This is the survey as a respondent sees it. You can fill it in and send it: nothing is sent to the server and nothing is stored.',
  'preview.back': 'Back to {round}',
  'preview.languages': "The survey's language",
  'preview.done':
    'The preview is finished. The answer would have been sent here, but nothing was sent and nothing was stored.',
  'preview.linksTitle': 'Preview the surveys',
  'preview.linksExplained':
    'See each survey of the round in each language, exactly as respondents will see it. Nothing is stored.',
  'preview.linksFor': '{survey} (v{version}):',
};
