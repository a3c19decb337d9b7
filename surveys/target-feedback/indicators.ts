import type { Indicator } from '../types';

/**
 * Indicators read from the anonymous target-group feedback survey (surveys/target-feedback/v1.json).
 * Ids and question ids are stable across rounds; never change what an id measures.
 */
export const targetFeedbackIndicators: Indicator[] = [
  {
    id: 'experienced_support_based_on_need',
    surveyKey: 'target-feedback',
    questionId: 'support_met_needs',
    positive: [4, 5],
    label: {
      sv: 'Upplever stöd utifrån behov',
      en: 'Experiences support based on need',
    },
    description: {
      sv: 'Andelen, bland dem som erbjudits stöd och svarat på frågan, som anger 4 eller 5 på en femgradig skala om stödet passade det de behövde; en hög andel betyder att målgruppen upplever stöd utifrån behov.',
      en: 'The share, among those offered support who answered the question, who rate 4 or 5 on a five-point scale for how well the support fitted their needs; a high share means the target group experiences support based on need.',
    },
  },
  {
    id: 'offered_support',
    surveyKey: 'target-feedback',
    questionId: 'offered_support',
    positive: ['yes'],
    excluded: ['dont_know'],
    label: {
      sv: 'Har erbjudits psykosocialt stöd',
      en: 'Has been offered psychosocial support',
    },
    description: {
      sv: 'Andelen som svarar ja på om de erbjudits stöd för hur de mår sedan de kom till Halland, bland dem som svarat ja eller nej (”vet inte” räknas inte); en hög andel betyder att fler i målgruppen nås av ett erbjudande om stöd.',
      en: 'The share answering yes to whether they have been offered support for how they feel since coming to Halland, among those answering yes or no ("don’t know" is left out); a high share means more of the target group is reached by an offer of support.',
    },
  },
  {
    id: 'knows_where_to_turn',
    surveyKey: 'target-feedback',
    questionId: 'know_where_to_turn',
    positive: ['yes'],
    label: {
      sv: 'Vet vart man kan vända sig',
      en: 'Knows where to turn',
    },
    description: {
      sv: 'Andelen som svarar ja (inte ”delvis”) på om de vet vart de kan vända sig om de mår dåligt, bland alla som svarat; en hög andel betyder att målgruppen känner till var stöd finns.',
      en: 'The share answering yes (not "partly") to whether they know where to turn if they feel bad, among all who answered; a high share means the target group knows where support can be found.',
    },
  },
  {
    id: 'low_stress',
    surveyKey: 'target-feedback',
    questionId: 'stress_level',
    positive: [1, 2],
    label: {
      sv: 'Låg stress',
      en: 'Low stress',
    },
    description: {
      sv: 'Andelen som anger 1 eller 2 (ingen eller lite stress) på en femgradig skala om stress de senaste två veckorna; en hög andel betyder att färre i målgruppen känner mycket stress.',
      en: 'The share rating 1 or 2 (no or little stress) on a five-point scale for stress in the last two weeks; a high share means fewer of the target group feel much stress.',
    },
  },
  {
    id: 'low_worry',
    surveyKey: 'target-feedback',
    questionId: 'worry_level',
    positive: [1, 2],
    label: {
      sv: 'Låg oro',
      en: 'Low worry',
    },
    description: {
      sv: 'Andelen som anger 1 eller 2 (ingen eller lite oro) på en femgradig skala om oro de senaste två veckorna; en hög andel betyder att färre i målgruppen känner mycket oro.',
      en: 'The share rating 1 or 2 (no or little worry) on a five-point scale for worry in the last two weeks; a high share means fewer of the target group feel much worry.',
    },
  },
  {
    id: 'few_sleep_problems',
    surveyKey: 'target-feedback',
    questionId: 'sleep_problems',
    positive: [1, 2],
    label: {
      sv: 'Få sömnproblem',
      en: 'Few sleep problems',
    },
    description: {
      sv: 'Andelen som anger 1 eller 2 (inga eller små problem) på en femgradig skala om sömnproblem de senaste två veckorna; en hög andel betyder att färre i målgruppen sover dåligt.',
      en: 'The share rating 1 or 2 (no or small problems) on a five-point scale for sleep problems in the last two weeks; a high share means fewer of the target group sleep badly.',
    },
  },
];
