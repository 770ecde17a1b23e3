import { RPC_NAMES } from '../../shared/usecases/rpc';
import { catalogue } from '../../shared/i18n/catalogue';
import { RECORD_TABLES } from '../../shared/sheets/schema/tables';
import { CallLog } from '../fakes/calls';
import { loadBundle } from '../fakes/harness';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../fakes/harness';

describe('the built Apps Script bundle', () => {
  it('is one plain script: no import/export, require or Node/DOM globals', () => {
    const { code } = loadBundle();
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\brequire\(/);
    expect(code).not.toMatch(/\bprocess\.|\bBuffer\b|\bsetTimeout\(|\bdocument\.|\bwindow\./);
  });

  it('declares every entry of its triggers, menu and rpc tables as a top-level function, and nothing else', () => {
    const bundle = loadBundle();
    const app = (bundle.context as { __app: Record<'TRIGGERS' | 'MENU' | 'RPC' | 'PUBLIC', Record<string, unknown>> }).__app;
    const names = bundle.topLevelFunctions();
    bundle.run('onOpen', { authMode: 'LIMITED' });
    const menuFns = bundle.ui.menus.flatMap((m) => m.items.map((i) => i.fn));
    expect(menuFns).toEqual(Object.keys(app.MENU));
    expect(menuFns.sort()).toEqual(Object.keys(catalogue('fr').menu.items).sort());
    expect(Object.keys(app.RPC).sort()).toEqual([...RPC_NAMES].sort());
    expect(Object.keys(app.TRIGGERS)).toEqual(['onOpen', 'onInstall', 'sendWeeklyDigest']);
    expect(names.sort()).toEqual([...menuFns, 'onOpen', 'onInstall', 'sendWeeklyDigest', ...RPC_NAMES].sort());
    expect(Object.keys(app.PUBLIC).sort()).toEqual(names);
    expect(names.filter((n) => n.endsWith('_'))).toEqual([]);
  });

  it('onOpen adds the Citego menu with French labels', () => {
    const bundle = loadBundle();
    bundle.run('onOpen', {});
    expect(bundle.ui.menus).toHaveLength(1);
    expect(bundle.ui.menus[0].title).toBe('Citego');
    expect(bundle.ui.menus[0].items.map((i) => i.label)).toEqual([
      'Nouvelle convention',
      'Modifier la convention sélectionnée',
      'Vérifier la cohérence',
      'Générer le rapport annuel',
      'Compte rendu financier (Cerfa 15059) de la convention sélectionnée',
      'Rapport annuel…',
      'Préparer l’AG',
      'Trésorerie',
      'Dossier expert-comptable',
      'Rapprochement bancaire',
      'Clôture de l’exercice',
      'Noter une décision / un événement',
      'Mémoire',
      'Calendrier',
      'Fiche partenaire (ligne sélectionnée)',
      'Dossiers',
      'Atlas : couverture',
      'Aperçu du classeur',
      'Opportunités',
      'Groupes et comités',
      'Réseau et atlas',
      'Installer / réparer les feuilles',
    ]);
  });

  it('ships a manifest with V8, Paris time and only the least-privilege scopes (the weekly e-mail: its trigger and its sending)', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Europe/Paris');
    expect(manifest.oauthScopes.sort()).toEqual(
      [
        'https://www.googleapis.com/auth/drive.file',
        'https://www.googleapis.com/auth/script.container.ui',
        'https://www.googleapis.com/auth/spreadsheets.currentonly',
        'https://www.googleapis.com/auth/script.scriptapp',
        'https://www.googleapis.com/auth/script.send_mail',
      ].sort(),
    );
    expect(manifest.dependencies.enabledAdvancedServices).toEqual([{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }]);
  });

  it('shows the overview sidebar from the built, self-contained HTML file', () => {
    const bundle = loadBundle();
    bundle.run('menuShowOverview');
    expect(bundle.ui.sidebars).toHaveLength(1);
    const html = bundle.ui.sidebars[0].getContent();
    expect(bundle.ui.sidebars[0].getTitle()).toBe('Aperçu du classeur');
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+stylesheet/);
    expect(html).toContain('<style>');
  });
});

describe('sidebars in the language of Paramètres', () => {
  it('French by default; English when Paramètres › Langue says en', () => {
    const fr = loadBundle();
    fr.run('menuShowCheck');
    expect(fr.ui.sidebars[0].getTitle()).toBe('Vérifier la cohérence');
    expect(fr.ui.sidebars[0].getContent()).toContain('<html lang="fr">');
    const ss = new FakeSpreadsheet(new CallLog());
    ss.addSheetWith('Paramètres', [
      ['Paramètre', 'Valeur'],
      ['Langue', 'en'],
    ]);
    const en = loadBundle({ spreadsheet: ss });
    en.run('onOpen', {});
    expect(en.ui.menus[0].items.slice(0, 3).map((i) => i.label)).toEqual([
      'New agreement',
      'Edit the selected agreement',
      'Check consistency',
    ]);
    en.run('menuShowCheck');
    expect(en.ui.sidebars[0].getTitle()).toBe('Check consistency');
    expect(en.ui.sidebars[0].getContent()).toContain('<html lang="en" data-lang="en">');
  });

  it('the installation report and the selection refusals speak English when Paramètres › Langue says en', () => {
    const ss = new FakeSpreadsheet(new CallLog());
    ss.addSheetWith('Paramètres', [
      ['Paramètre', 'Valeur'],
      ['Langue', 'en'],
    ]);
    const en = loadBundle({ spreadsheet: ss });
    en.run('menuInstallSheets');
    expect(en.ui.alerts[0]).toMatch(/^Sheets created: Partenaires, Conventions, /);
    en.run('menuInstallSheets');
    expect(en.ui.alerts[1]).toBe('Every sheet is in place: nothing changed.');
    ss.sheet('Journal').getRange(2, 1).activate();
    en.run('menuEditConvention');
    expect(en.ui.alerts[2]).toBe('First select a row of the Conventions sheet.');
    expect(() => en.run('selectCell', { sheet: 'Inconnue', row: 1, column: 1 })).toThrow('The sheet "Inconnue" no longer exists.');
  });
});

describe('"Installer / réparer les feuilles" in the spreadsheet', () => {
  it('creates every missing sheet with bold frozen headers, formats and dropdowns, then changes nothing on a second run', () => {
    const ss = new FakeSpreadsheet(new CallLog());
    const kept = ss.addSheetWith('Journal', [
      ['Date', 'Pièce', 'Libellé', 'Compte', 'Recette', 'Dépense', 'Remarque perso'],
      [new Date('2025-01-02T00:00:00+01:00'), 'B1', 'Cotisation', 756, 30, '', 'à vérifier'],
    ]);
    const before = JSON.stringify(kept.rows());
    const bundle = loadBundle({ spreadsheet: ss });
    bundle.run('menuInstallSheets');
    const names = ss.sheets.map((s) => s.getName());
    expect(names).toEqual(['Journal', 'Paramètres', ...RECORD_TABLES.filter((t) => t.sheet !== 'Journal').map((t) => t.sheet)]);
    expect(JSON.stringify(kept.rows())).toBe(before);
    const conv = ss.sheet('Conventions');
    expect(conv.rows()[0]).toEqual([
      'ID',
      'Intitulé',
      'Partenaire',
      'Type',
      'Action',
      'Projet',
      'Signée le',
      'Début',
      'Fin',
      'Montant',
      'Sens',
      'Statut',
      'Dossier',
      'Notes',
    ]);
    expect(conv.frozenRows).toBe(1);
    expect(conv.styles).toContainEqual({ range: 'A1:N1', fontWeight: 'bold' });
    expect(conv.formats).toContainEqual({ range: 'J2:J1000', format: '#,##0.00 "€"' });
    expect(conv.formats).toContainEqual({ range: 'G2:G1000', format: 'dd/mm/yyyy' });
    const sens = conv.validations.find((v) => v.range === 'K2:K1000');
    expect(sens?.rule?.values).toEqual(['recette', 'dépense']);
    expect(
      ss
        .sheet('Paramètres')
        .rows()
        .map((r) => r[0]),
    ).toContain("E-mail de l'expert-comptable");
    expect(bundle.ui.alerts[0]).toMatch(/^Feuilles créées : Paramètres, Partenaires, Conventions/);

    const snapshot = JSON.stringify(ss.sheets.map((s) => [s.getName(), s.rows()]));
    bundle.run('menuInstallSheets');
    expect(JSON.stringify(ss.sheets.map((s) => [s.getName(), s.rows()]))).toBe(snapshot);
    expect(bundle.ui.alerts[1]).toBe('Toutes les feuilles sont déjà en place : rien n’a été modifié.');
  });

  it('adds a numbered ID column to a partners sheet that has none, touching nothing else', () => {
    const ss = new FakeSpreadsheet(new CallLog());
    ss.addSheetWith('Partenaires', [
      ['Nom', 'Type', 'Pays', 'Mon suivi'],
      ['Ville de Grenoble', 'collectivité', 'France', 'relancer'],
      ['', '', '', ''],
      ['Université de Lausanne', 'université', 'Suisse', ''],
      ['Total', '', '', ''],
    ]);
    const bundle = loadBundle({ spreadsheet: ss });
    bundle.run('menuInstallSheets');
    expect(ss.sheet('Partenaires').rows()).toEqual([
      ['Nom', 'Type', 'Pays', 'Mon suivi', 'ID'],
      ['Ville de Grenoble', 'collectivité', 'France', 'relancer', 'P-0001'],
      ['', '', '', '', ''],
      ['Université de Lausanne', 'université', 'Suisse', '', 'P-0002'],
      ['Total', '', '', '', ''],
    ]);
    expect(bundle.ui.alerts[0]).toContain('Colonne « ID » ajoutée à Partenaires (2 lignes numérotées).');
  });

  it('refuses politely when another script holds the document lock, and writes nothing', () => {
    const ss = new FakeSpreadsheet(new CallLog());
    const bundle = loadBundle({ spreadsheet: ss });
    bundle.documentLock.holdByOther();
    bundle.run('menuInstallSheets');
    expect(ss.sheets).toHaveLength(0);
    expect(bundle.ui.alerts).toEqual(['Une autre personne enregistre dans ce classeur : réessayez dans un instant.']);
  });
});

describe('reading through the Apps Script adapter', () => {
  function journal(n: number): (string | number | Date)[][] {
    const rows: (string | number | Date)[][] = [['Date', 'Pièce', 'Libellé', 'Compte', 'Recette', 'Dépense', 'Moyen']];
    for (let i = 0; i < n; i++)
      rows.push([new Date(Date.UTC(2025, i % 12, 1 + (i % 28), 0)), `B${i + 1}`, 'Achat', 6064, '', (i % 50) + 1, 'banque']);
    return rows;
  }

  it('reads Date cells as calendar days in the spreadsheet time zone and reports bad cells', () => {
    const ss = new FakeSpreadsheet(new CallLog());
    ss.addSheetWith('Journal', [
      ['Date', 'Pièce', 'Libellé', 'Compte', 'Recette', 'Dépense'],
      [new Date('2024-12-31T23:00:00Z'), 'B1', 'Nouvel an', 756, 10, ''],
      ['31/02/2025', 'B2', 'Erreur', 756, 10, ''],
    ]);
    const bundle = loadBundle({ spreadsheet: ss });
    const overview = bundle.run('getOverview', 'fr') as {
      findings: { row: number; column: string; message: string }[];
      tables: { sheet: string; records: number }[];
    };
    expect(overview.tables.find((t) => t.sheet === 'Journal')?.records).toBe(2);
    expect(overview.findings).toEqual([
      expect.objectContaining({ row: 3, column: 'Date', message: "« 31/02/2025 » n'est pas une date (ex. 15/03/2025)." }),
    ]);
    expect(JSON.parse(JSON.stringify(overview))).toEqual(overview);
  });

  it('costs the same number of Google calls for 100 and 5 000 Journal lines', () => {
    const counts = [100, 5000].map((n) => {
      const ss = new FakeSpreadsheet(new CallLog());
      ss.addSheetWith('Journal', journal(n));
      ss.addSheetWith('Partenaires', [
        ['ID', 'Nom'],
        ['P-0001', 'Ville'],
      ]);
      const bundle = loadBundle({ spreadsheet: ss });
      bundle.log.reset();
      bundle.run('getOverview', 'fr');
      return bundle.log.total();
    });
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThan(20);
  });

  it('rejects a call with a bad argument by falling back to French, never crashing', () => {
    const bundle = loadBundle();
    const o = bundle.run('getOverview', { evil: true }) as { tables: unknown[] };
    expect(o.tables.length).toBe(RECORD_TABLES.length);
  });
});

describe('the check through the Apps Script adapter', () => {
  function workbook(lines: number): FakeSpreadsheet {
    const ss = new FakeSpreadsheet(new CallLog());
    ss.addSheetWith('Projets', [
      ['Code', 'Intitulé'],
      ['ATLAS', 'Atlas'],
    ]);
    const rows: (string | number | Date)[][] = [['Date', 'Pièce', 'Libellé', 'Compte', 'Projet', 'Recette', 'Dépense']];
    for (let i = 0; i < lines; i++)
      rows.push([new Date(Date.UTC(2025, i % 12, 2)), `P${i}`, `Achat ${i}`, 6064, 'ATLAS', '', 10 + (i % 90)]);
    rows.push([new Date(Date.UTC(2025, 2, 2)), 'P1', 'Doublon de pièce', 6064, 'ATLS', '', 5]);
    ss.addSheetWith('Journal', rows);
    return ss;
  }

  it('returns JSON-safe findings pointing at cells, for the same number of Google calls at 100 and 5 000 lines', () => {
    const counts = [100, 5000].map((n) => {
      const bundle = loadBundle({ spreadsheet: workbook(n) });
      bundle.log.reset();
      const report = bundle.run('runCheck', 'fr') as { findings: { rule: string; row: number; columnIndex: number }[] };
      expect(JSON.parse(JSON.stringify(report))).toEqual(report);
      expect(report.findings.map((f) => [f.rule, f.row, f.columnIndex])).toEqual([
        ['ref.unknown', n + 2, 5],
        ['ledger.voucher', n + 2, 2],
      ]);
      return bundle.log.total();
    });
    expect(counts[0]).toBe(counts[1]);
  });

  it('selectCell activates the sheet and selects the cell; a bad target is refused in French', () => {
    const ss = workbook(3);
    const bundle = loadBundle({ spreadsheet: ss });
    expect(bundle.run('selectCell', { sheet: 'Journal', row: 5, column: 5 })).toEqual({ selected: 'E5' });
    expect(ss.activeSheet?.sheetName).toBe('Journal');
    expect(ss.activeRange?.getA1Notation()).toBe('E5');
    expect(() => bundle.run('selectCell', { sheet: 'Inconnue', row: 1, column: 1 })).toThrow('La feuille « Inconnue » n’existe plus.');
    expect(() => bundle.run('selectCell', { sheet: 'Journal', row: -1, column: 1 })).toThrow('Numéro de ligne invalide.');
    expect(() => bundle.run('selectCell', 'Journal!A1')).toThrow('Cellule à sélectionner invalide.');
    expect(() => bundle.run('selectCell', { sheet: 'Journal', row: 2, column: 1.5 })).toThrow('Numéro de colonne invalide.');
  });
});
