/** Usage: npm run synthetic -- N FILE.xlsx (a synthetic workbook with N Journal lines). */
import { writeSynthetic } from './synthetic';

{
  const [n, file] = process.argv.slice(2);
  const lines = Number(n);
  if (!Number.isInteger(lines) || lines < 1 || !file) {
    process.stderr.write('usage : node build/make-synthetic.js NOMBRE_DE_LIGNES FICHIER.xlsx\n');
    process.exit(2);
  }
  writeSynthetic(lines, file).then(() => process.stdout.write(`${file}\n`));
}
