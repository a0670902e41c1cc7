import { defaultToProduction } from '../config';

/**
 * Imported first by main.ts, before anything imports graphql: `npm start` runs in production mode unless
 * NODE_ENV is set (src/config.ts, defaultToProduction).
 */
defaultToProduction();
