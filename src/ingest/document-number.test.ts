import { parseDocumentNumber } from './document-number';

describe('parseDocumentNumber', () => {
  it.each<[string, string | null, number | null, number | null]>([
    ['粤民发〔2020〕142号', '粤民发', 2020, 142],
    ['江府办[2019]7号', '江府办', 2019, 7],
    ['民发(2021)5号', '民发', 2021, 5],
    ['民发（2021）5号', '民发', 2021, 5],
    ['粤民规字【2022】3号', '粤民规字', 2022, 3],
    ['粤民发〔2020〕142', '粤民发', 2020, 142],
    [' 粤民发 〔2020〕 142 号 ', '粤民发', 2020, 142],
    ['〔2020〕142号', null, 2020, 142],
    ['粤民发〔2020〕号', '粤民发', 2020, null],
    ['粤民发142号', null, null, null],
    ['', null, null, null],
  ])('%j → %j %j %j', (input, issuerCode, year, serial) => {
    expect(parseDocumentNumber(input)).toEqual({ issuerCode, year, serial });
  });
});
