// The fixed parts of the decision report, in the board documents' words (shared/seeds). Figures come from the
// dashboards; these paragraphs say what the strategy is and why it is followed up.

export const reportBackground = {
  title: 'Beslutsunderlag: uppföljning av Regional strategi och modell Hälsa och migration i Halland',
  background: [
    'Regionstyrelsen antog Regional strategi och modell Hälsa och migration i Halland den 11 maj 2022. Strategin ska stödja visionen Halland – bästa livsplatsen och Hälso- och sjukvårdsstrategins mål, En hälso- och sjukvård för bättre hälsa.',
    'Strategin innebär att de halländska aktörerna – kommunerna, idéburna organisationer, Länsstyrelsen Halland, Försäkringskassan, Arbetsförmedlingen, Migrationsverket, Samordningsförbundet och Region Halland – gemensamt satsar på förbättringsarbete med fokus på psykisk hälsa. Den består av en plattform för gemensamt lärande, som samlar och synliggör det psykosociala stöd som riktas till målgrupperna, och en gemensam modell för förbättringsarbete i tre steg: identifiera, förbättra genom att förnya och stärka, och gemensamt lärande genom att anpassa och rikta.',
    'Målgrupperna är flyktingar, nyanlända, asylsökande, kvotflyktingar, anhöriga till nyanlända och tillståndslösa. Stress, oro och sömnlöshet är vanliga besvär hos de asylsökande som söker stöd hos samhällets aktörer.',
    'Förväntade effekter: verksamheter som möter målgruppen ska kunna erbjuda ett sammanhållet och relevant psykosocialt stöd i Halland, och målgruppen upplever att de erbjuds ett psykosocialt stöd utifrån behov.',
    'Efter uppföljningen 2023–2024 beslutade regionstyrelsen den 8 maj 2024 att förlänga strategin för 2024–2025 (RS231164) och bad om fortsatta uppföljningar.',
  ],
  purpose:
    'Enligt strategin ska en uppföljning tillsammans med aktörerna visa om strategi, modell och plattform är funktionella med ett relevant innehåll. Region Halland ansvarar för uppföljningen, och därefter beslutar varje huvudman om förlängning.',
  method: [
    'Aktörernas medarbetare besvarade en uppföljningsenkät via engångslänkar som varje organisation fick, eller inloggade. Enkäten mäter kännedom om strategi, modell och plattform, plattformens nytta, stöd för att mötas över organisationsgränser, användning av modellen och beredskap.',
    'Målgrupperna lämnade anonyma synpunkter på sitt eget språk via länkar och QR-koder i kanaler som boenden, SFI och hälsoundersökningar. Svaren sparas utan namn, IP-adress eller exakt tid.',
    'Andelar redovisas med 95 % konfidensintervall (Wilson). Förändring mot föregående omgång prövas med ett tvåsidigt test av två andelar; en förändring kallas säker när den är större än slumpen förklarar (p < 0,05).',
  ],
  suppression: (minGroupSize: number) =>
    `Ingen siffra som bygger på färre än ${minGroupSize} svar visas, och inte heller en siffra som skulle låta en dold siffra räknas fram genom subtraktion från en summa. Sådana celler står som "för få svar för att visas".`,
} as const;
