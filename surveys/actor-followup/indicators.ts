import type { Indicator } from '../types';

// Indicators of the actor follow-up survey (surveys/actor-followup/v1.json). Each reads one single-valued question.
// The first seven mirror the findings of the 2023–24 follow-up (RS231164) so that rounds can be compared with it.

const AGREE_POSITIVE = ['agree_fully', 'agree_partly'];
const DONT_KNOW = ['dont_know'];

export const actorFollowupIndicators: Indicator[] = [
  {
    id: 'aware_strategy',
    surveyKey: 'actor-followup',
    questionId: 'aware_strategy',
    positive: ['well_known', 'somewhat'],
    label: { sv: 'Kännedom om strategin', en: 'Awareness of the strategy' },
    description: {
      sv: 'Andelen som känner till strategin väl eller till viss del; en hög andel betyder att strategin är känd hos aktörerna.',
      en: 'The share who know the strategy well or to some extent; a high share means the strategy is known among the actors.',
    },
  },
  {
    id: 'aware_model',
    surveyKey: 'actor-followup',
    questionId: 'aware_model',
    positive: ['well_known', 'somewhat'],
    label: { sv: 'Kännedom om modellen', en: 'Awareness of the model' },
    description: {
      sv: 'Andelen som känner till modellen för förbättringsarbete väl eller till viss del; en hög andel betyder att modellen är känd hos aktörerna.',
      en: 'The share who know the model for improvement work well or to some extent; a high share means the model is known among the actors.',
    },
  },
  {
    id: 'aware_platform',
    surveyKey: 'actor-followup',
    questionId: 'aware_platform',
    positive: ['well_known', 'somewhat'],
    label: { sv: 'Kännedom om plattformen', en: 'Awareness of the platform' },
    description: {
      sv: 'Andelen som känner till Plattform för gemensamt lärande inom hälsa och migration väl eller till viss del; en hög andel betyder att plattformen är känd hos aktörerna.',
      en: 'The share who know the Platform for joint learning in health and migration well or to some extent; a high share means the platform is known among the actors.',
    },
  },
  {
    id: 'platform_usefulness',
    surveyKey: 'actor-followup',
    questionId: 'platform_usefulness',
    positive: [4, 5],
    label: { sv: 'Plattformens användbarhet', en: 'Usefulness of the platform' },
    description: {
      sv: 'Andelen av dem som känner till plattformen som ger 4 eller 5 av 5 för hur användbar den är för att få kännedom om varandras verksamheter; en hög andel betyder att plattformen fyller sitt syfte.',
      en: "The share of those who know the platform who rate it 4 or 5 out of 5 for learning about each other's activities; a high share means the platform serves its purpose.",
    },
  },
  {
    id: 'supports_meeting_across',
    surveyKey: 'actor-followup',
    questionId: 'supports_meeting_across',
    positive: AGREE_POSITIVE,
    excluded: DONT_KNOW,
    label: { sv: 'Stöd för att mötas över organisationsgränser', en: 'Support for meeting across organisations' },
    description: {
      sv: 'Andelen som helt eller delvis instämmer i att strategin och modellen stödjer aktörerna att mötas kring hälsa med ett migrationsperspektiv; en hög andel betyder att strategin samlar aktörerna.',
      en: 'The share who fully or partly agree that the strategy and the model support the actors in meeting on health with a migration perspective; a high share means the strategy brings the actors together.',
    },
  },
  {
    id: 'model_helped_identify_challenges',
    surveyKey: 'actor-followup',
    questionId: 'model_helped_identify_challenges',
    positive: AGREE_POSITIVE,
    excluded: DONT_KNOW,
    label: { sv: 'Modellen hjälper att identifiera utmaningar', en: 'The model helps identify challenges' },
    description: {
      sv: 'Andelen som helt eller delvis instämmer i att modellen har hjälpt dem att identifiera utmaningar och föra dialog om gemensamt förbättringsarbete; en hög andel betyder att modellen används som arbetssätt.',
      en: 'The share who fully or partly agree that the model has helped them identify challenges and hold a dialogue on joint improvement work; a high share means the model is used as a way of working.',
    },
  },
  {
    id: 'preparedness',
    surveyKey: 'actor-followup',
    questionId: 'preparedness',
    positive: AGREE_POSITIVE,
    excluded: DONT_KNOW,
    label: { sv: 'Beredskap för större flyktingmottagande', en: 'Preparedness for a larger refugee reception' },
    description: {
      sv: 'Andelen som helt eller delvis instämmer i att samverkan inom strategin ger en beredskap att kraftsamla vid ett större flyktingmottagande; en hög andel betyder att samverkan stärker samhällsberedskapen.',
      en: 'The share who fully or partly agree that working together within the strategy makes the actors prepared to join forces in a larger refugee reception; a high share means the collaboration strengthens preparedness.',
    },
  },
  {
    id: 'dialogue_meetings_value',
    surveyKey: 'actor-followup',
    questionId: 'dialogue_meetings_value',
    positive: [4, 5],
    label: { sv: 'Dialogmötenas värde', en: 'Value of the dialogue meetings' },
    description: {
      sv: 'Andelen av dem som deltagit i dialogmöten som ger 4 eller 5 av 5 för hur värdefulla mötena varit för deras arbete; en hög andel betyder att dialogmötena ger nytta.',
      en: 'The share of those who took part in dialogue meetings who rate them 4 or 5 out of 5 for their value to their work; a high share means the dialogue meetings are worthwhile.',
    },
  },
  {
    id: 'recommend_extension',
    surveyKey: 'actor-followup',
    questionId: 'recommend_extension',
    positive: ['yes', 'yes_with_changes'],
    excluded: DONT_KNOW,
    label: { sv: 'Stöd för förlängning', en: 'Support for extension' },
    description: {
      sv: 'Andelen som anser att strategin bör förlängas, med eller utan förändringar; en hög andel betyder att aktörerna vill fortsätta arbetet.',
      en: 'The share who think the strategy should be extended, with or without changes; a high share means the actors want to continue the work.',
    },
  },
];
