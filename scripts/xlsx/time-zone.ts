/** Calendar dates are stored at UTC midnight: our reader and writers read and write dates in UTC. */
export const XLSX_TIME_ZONE = 'UTC';
