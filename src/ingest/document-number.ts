import type { DocumentNumber } from '../model/facts';

/**
 * Parses a Chinese official document number (发文字号) such as `粤民发〔2020〕142号` into issuer code, year and
 * serial. Extractors and typists write the year brackets as 〔〕, [], 【】, （） or (); the trailing 号 may be
 * missing. Parts that cannot be read are null; this never throws, since a number is only descriptive.
 */
export function parseDocumentNumber(number: string): DocumentNumber {
  const compact = number.replace(/\s+/g, '');
  const match = /^(.*?)[〔[【（(［](\d{4})[〕\]】）)］](\d+)?号?$/.exec(compact);
  if (!match) return { issuerCode: null, year: null, serial: null };
  const [, issuerCode, year, serial] = match;
  return {
    issuerCode: issuerCode === '' || issuerCode === undefined ? null : issuerCode,
    year: Number(year),
    serial: serial === undefined ? null : Number(serial),
  };
}
