/**
 * One message catalogue per language: `fr/` (the default) and `en/`, one file per section,
 * the English file typed by the French one so that a missing key does not compile.
 */
import type { Lang } from './lang';
import { reading as frReading } from './fr/reading';
import { reading as enReading } from './en/reading';
import { refusals as frRefusals } from './fr/refusals';
import { refusals as enRefusals } from './en/refusals';
import { form as frForm } from './fr/form';
import { form as enForm } from './en/form';
import { checks as frChecks } from './fr/checks';
import { checks as enChecks } from './en/checks';
import { report as frReport } from './fr/report';
import { report as enReport } from './en/report';
import { server as frServer } from './fr/server';
import { server as enServer } from './en/server';
import { menu as frMenu } from './fr/menu';
import { menu as enMenu } from './en/menu';
import { cli as frCli } from './fr/cli';
import { cli as enCli } from './en/cli';
import { pack as frPack } from './fr/pack';
import { pack as enPack } from './en/pack';
import { fiche as frFiche } from './fr/fiche';
import { fiche as enFiche } from './en/fiche';
import { preview as frPreview } from './fr/preview';
import { preview as enPreview } from './en/preview';
import { bank as frBank } from './fr/bank';
import { bank as enBank } from './en/bank';
import { close as frClose } from './fr/close';
import { close as enClose } from './en/close';
import { deploy as frDeploy } from './fr/deploy';
import { deploy as enDeploy } from './en/deploy';
import { cerfa as frCerfa } from './fr/cerfa';
import { cerfa as enCerfa } from './en/cerfa';
import { live as frLive } from './fr/live';
import { live as enLive } from './en/live';
import { skos as frSkos } from './fr/skos';
import { skos as enSkos } from './en/skos';
import { commentary as frCommentary } from './fr/commentary';
import { commentary as enCommentary } from './en/commentary';
import { groupsForm as frGroupsForm } from './fr/groups-form';
import { groupsForm as enGroupsForm } from './en/groups-form';
import { memory as frMemory } from './fr/memory';
import { memory as enMemory } from './en/memory';
import { people as frPeople } from './fr/people';
import { people as enPeople } from './en/people';
import { partner as frPartner } from './fr/partner';
import { partner as enPartner } from './en/partner';
import { atlas as frAtlas } from './fr/atlas';
import { atlas as enAtlas } from './en/atlas';
import { graph as frGraph } from './fr/graph';
import { graph as enGraph } from './en/graph';
import { cashplan as frCashplan } from './fr/cashplan';
import { cashplan as enCashplan } from './en/cashplan';
import { ag as frAg } from './fr/ag';
import { ag as enAg } from './en/ag';

const CATALOGUE = {
  fr: {
    reading: frReading,
    refusals: frRefusals,
    form: frForm,
    checks: frChecks,
    report: frReport,
    server: frServer,
    menu: frMenu,
    cli: frCli,
    pack: frPack,
    fiche: frFiche,
    preview: frPreview,
    bank: frBank,
    close: frClose,
    deploy: frDeploy,
    cerfa: frCerfa,
    live: frLive,
    skos: frSkos,
    commentary: frCommentary,
    groupsForm: frGroupsForm,
    memory: frMemory,
    people: frPeople,
    partner: frPartner,
    atlas: frAtlas,
    graph: frGraph,
    cashplan: frCashplan,
    ag: frAg,
  },
  en: {
    reading: enReading,
    refusals: enRefusals,
    form: enForm,
    checks: enChecks,
    report: enReport,
    server: enServer,
    menu: enMenu,
    cli: enCli,
    pack: enPack,
    fiche: enFiche,
    preview: enPreview,
    bank: enBank,
    close: enClose,
    deploy: enDeploy,
    cerfa: enCerfa,
    live: enLive,
    skos: enSkos,
    commentary: enCommentary,
    groupsForm: enGroupsForm,
    memory: enMemory,
    people: enPeople,
    partner: enPartner,
    atlas: enAtlas,
    graph: enGraph,
    cashplan: enCashplan,
    ag: enAg,
  },
} as const;

export type Catalogue = (typeof CATALOGUE)['fr'];

export function catalogue(lang: Lang): Catalogue {
  return CATALOGUE[lang];
}
