/** Which addresses read from the sheets a sidebar makes clickable (sidebar/common/dom.ts). */
import { isSafeLink } from '../../sidebar/common/dom';

const DRIVE = 'file:///home/asso/Comptes/asso%20%E2%80%94%20Drive/';

describe('isSafeLink: only web addresses, and in the preview the files of its own "Drive"', () => {
  it.each([
    'https://drive.google.com/drive/folders/1AbC',
    'http://www.citego.org/atlas',
    'HTTPS://docs.google.com/document/d/1x/edit',
    `${DRIVE}Citego/Conventions/C-2025-001%20%E2%80%94%20Atlas`,
  ])('%s is a link', (url) => {
    expect(isSafeLink(url, DRIVE)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(document.cookie)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    `${DRIVE}../../.ssh/id_rsa`,
    `${DRIVE}%2e%2e/%2e%2e/secret.txt`,
    'file:///home/asso/Comptes/asso%20%E2%80%94%20Drive-evil/x',
    'Dossier partagé',
    '',
  ])('%s is text', (url) => {
    expect(isSafeLink(url, DRIVE)).toBe(false);
  });

  it('on Google (no "Drive" folder of its own) no file: address is a link', () => {
    expect(isSafeLink(`${DRIVE}Citego`, null)).toBe(false);
  });
});
