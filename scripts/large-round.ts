/** The round `npm run seed:large` loads and `npm run bench:dashboard` times. */
export const LARGE_ROUND_SLUG = 'stor-omgang-1m';
