import { citego } from '../helpers/cli';

interface JsonFinding {
  rule: string;
  severity: string;
  message: string;
  sheet: string;
  row: number | null;
  column: string | null;
}

function json(args: string[]): { code: number; findings: JsonFinding[] } {
  const r = citego(['check', '--json', '--date', '2026-01-15', ...args]);
  return { code: r.code, findings: (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings };
}

describe('citego check on the demo workbook', () => {
  it('finds exactly the deliberate inconsistencies listed in examples/README.md', () => {
    const { code, findings } = json([]);
    expect(code).toBe(1);
    const seen = findings.filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.row} ${f.column}`);
    expect(seen.sort()).toEqual(
      [
        'error cell.invalid Journal!72 Date',
        'error id.duplicate Partenaires!17 ID',
        'error ref.unknown Journal!220 Projet',
        'error ledger.amount Journal!97 Dépense',
        'error budget.unbalanced Budget!21 Charge',
        'error funding.order Financements!6 Reçu',
        'error convention.dates Conventions!12 Fin',
        'warning ledger.voucher Journal!241 Pièce',
        'warning ledger.duplicate Journal!183 Libellé',
        'warning ledger.side Journal!253 Compte',
        'warning convention.ineligible Journal!233 Compte',
        'warning convention.period Journal!292 Date',
        'warning convention.written Conventions!10 Signée le',
        'warning convention.report Échéances!12 Fait',
        'warning budget.overrun Budget!31 Charge',
        'warning ledger.private-subsidy Journal!40 Compte',
        'warning ledger.private-subsidy Journal!107 Compte',
        'warning ledger.unknown-account Journal!121 Compte',
        'warning ledger.unknown-account Journal!261 Compte',
        'warning ledger.unknown-account Budget!18 Compte',
        'error member.unknown Membres!38 Personne',
        'warning group.project Groupes!4 Projet',
        'warning group.dossier Groupes!8 Dossier',
        'warning group.animator Groupes!12 Nom',
        "warning member.ended Membres!10 Jusqu'au",
        'warning opportunity.partner Opportunités!13 Partenaire',
        'warning person.organisation Personnes!33 Organisation',
        'error atlas.broader-cycle Relations!149 Vers',
        'error atlas.relation-unknown Relations!148 Vers',
        'warning atlas.duplicate Atlas!82 Terme',
        'warning atlas.term-unknown Index!16 Terme',
        'warning atlas.term-unknown Veille!9 Termes',
        'warning dossier.orphan Dossiers!6 Dossier parent',
        'warning dossier.committee Dossiers!15 Comité',
        'warning dossier.published Dossiers!16 URL',
        'warning dossier.published Dossiers!18 ID',
      ].sort(),
    );
    expect(findings.find((f) => f.rule === 'budget.unbalanced')?.message).toBe(
      'Budget 2025 du projet ATLAS déséquilibré : charges 48\u202f200,00\u202f€, produits 45\u202f000,00\u202f€ (écart 3\u202f200,00\u202f€).',
    );
  });

  it('--json prints only {"findings":[...]} with the documented keys', () => {
    const r = citego(['check', '--json', '--date', '2026-01-15']);
    const parsed = JSON.parse(r.stdout) as { findings: Record<string, unknown>[] };
    expect(Object.keys(parsed)).toEqual(['findings']);
    for (const f of parsed.findings) expect(Object.keys(f)).toEqual(['rule', 'severity', 'message', 'sheet', 'row', 'column']);
    expect(r.stderr).toBe('');
  });

  it('groups the human output by severity with counts and Feuille!B17 references', () => {
    const r = citego(['check', '--date', '2026-01-15']);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Vérification de Citego — Cités, territoires, gouvernance');
    expect(lines[1]).toBe('10 erreurs · 26 avertissements · 7 informations');
    expect(r.stdout).toContain('  Budget!E21         Budget 2025 du projet ATLAS déséquilibré');
    expect(r.stdout.indexOf('26 avertissements\n')).toBeGreaterThan(r.stdout.indexOf('10 erreurs\n'));
  });

  it('checks one year with --year and speaks English with --lang en', () => {
    const { findings } = json(['--year', '2024']);
    expect(findings.filter((f) => f.rule === 'convention.unspent').map((f) => f.row)).toEqual([13]);
    const en = citego(['check', '--date', '2026-01-15', '--lang', 'en']);
    expect(en.stdout).toContain('10 errors · 26 warnings · 7 notes');
    expect(en.stdout).toContain('2025 budget of project ATLAS is unbalanced');
  });

  it('exits 0 without error-level findings, 2 on bad usage', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'citego-check-')), 'vide.xlsx');
    expect(citego(['init', '--workbook', file]).code).toBe(0);
    const clean = citego(['check', '--workbook', file]);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('Tout est cohérent.');
    const bad = citego(['check', '--year', 'vingt']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe('citego : --year attend une année comme 2025, pas « vingt »');
  });

  it('says no in one English line with --lang en, exit code 2', () => {
    const bad = citego(['check', '--year', 'vingt', '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('citego : --year expects a year like 2025, not "vingt"\n');
    const noFile = citego(['init', '--lang', 'en']);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toBe('citego : init needs --workbook FILE: the demo workbook is never modified.\n');
  });
});
