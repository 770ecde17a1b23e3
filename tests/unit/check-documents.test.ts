/** The checks of `npm run check:libreoffice`, on rendered documents made up here: each finds what it is for. */
import { commentaryNumbersInTables, noSignAfter, onCover, pageNumbers, wholeLabels } from '../../scripts/check-documents/checks';
import type { Rendered } from '../../scripts/check-documents/render';

const FOOTER = '<w:ftr><w:p><w:r><w:instrText xml:space="preserve">PAGE</w:instrText></w:r></w:p></w:ftr>';
const para = (text: string, style = '') =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const cell = (text: string) => `<w:tc>${para(text)}</w:tc>`;

function rendered(pages: string[], xml = '', footers = [FOOTER]): Rendered {
  return { pdf: 'x.pdf', pages, documentXml: xml, footersXml: footers };
}

describe('the checks of the documents rendered by LibreOffice', () => {
  it('page numbers: every page after the cover, and the PAGE field in the footer', () => {
    expect(pageNumbers(rendered(['Couverture', 'Texte\nPage 2 / 3', 'Fin\nPage 3 / 3']))).toEqual([]);
    expect(pageNumbers(rendered(['Couverture', 'Texte\nPage 2 / 3', 'Fin'], '', []))).toEqual([
      'pas de numéro de page sur les pages 3',
      'pas de champ PAGE dans le pied de page',
    ]);
  });

  it('the cover holds the AG date; labels are whole even wrapped, never cut by « … »', () => {
    expect(
      onCover('Présenté à l’assemblée générale du 13/06/2026')(rendered(['Présenté à l’assemblée\ngénérale du 13/06/2026', ''])),
    ).toEqual([]);
    expect(onCover('du 13/06/2026')(rendered(['Exercice 2025', 'du 13/06/2026']))).toEqual(['absent de la couverture : « du 13/06/2026 »']);
    const labels = ['Services extérieurs et autres services extérieurs', 'Concours publics et subventions d’exploitation'];
    expect(
      wholeLabels(labels)(rendered(['Services extérieurs et autres\nservices extérieurs\nConcours publics et subventions d’exploitation'])),
    ).toEqual([]);
    expect(wholeLabels(labels)(rendered(['Services extérieurs et autres services extérieurs\n…subventions d’exploit…']))).toEqual([
      '« … » dans le texte : un libellé coupé ?',
      'libellé absent ou coupé : « Concours publics et subventions d’exploitation »',
    ]);
  });

  it('no minus sign after « Déficit »', () => {
    expect(noSignAfter('Déficit')(rendered(['Déficit 25 559,42 €']))).toEqual([]);
    expect(noSignAfter('Déficit')(rendered(['Déficit −25 559,42 €']))).toEqual(['« Déficit » suivi d’un signe moins']);
    expect(noSignAfter('Déficit')(rendered(['Déficit\n-25 559,42 €']))).toEqual(['« Déficit » suivi d’un signe moins']);
  });

  it('every number of the commentary is in a table of the .docx and shown once more in the PDF', () => {
    const xml = `${para('Un déficit de 25\u202f559,42\u202f€ en 2025.', 'Commentary')}<w:tbl><w:tr>${cell('2025')}${cell('-25\u202f559,42\u202f€')}</w:tr></w:tbl>`;
    const pdf = ['Un déficit de 25 559,42 € en 2025.\n2025\n-25 559,42 €'];
    expect(commentaryNumbersInTables()(rendered(pdf, xml))).toEqual([]);
    const invented = xml.replace('25\u202f559,42', '26\u202f000,00');
    expect(commentaryNumbersInTables()(rendered(['Un déficit de 26 000,00 € en 2025.\n2025\n-25 559,42 €'], invented))).toEqual([
      'nombre du commentaire absent des tableaux : 26\u202f000,00',
      'nombre du commentaire sans tableau dans le PDF : 26 000,00',
    ]);
    expect(commentaryNumbersInTables()(rendered(['Un déficit de 25 559,42 € en 2025.'], xml))).toEqual([
      'nombre du commentaire sans tableau dans le PDF : 25 559,42',
      'nombre du commentaire sans tableau dans le PDF : 2025',
    ]);
    expect(commentaryNumbersInTables()(rendered(pdf, '<w:tbl></w:tbl>'))).toEqual(['aucun paragraphe de commentaire']);
  });
});
