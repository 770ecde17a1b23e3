/**
 * The partnership network's findings in French (docs/domain.md, "Partnership network"): the
 * persons, the Membres register, the groups and committees, the opportunities. The English file
 * has the same keys and signatures.
 */
import { formatDateFr as day, type IsoDate } from '../../values/dates';

const list = (names: readonly string[]) => names.map((n) => `« ${n} »`).join(', ');

export const people = {
  memberNotPerson: (value: string) =>
    `« ${value} » n'est pas une personne de la feuille Personnes : écrivez son identifiant (PE-…) ou ajoutez-la dans Personnes.`,
  memberNoGroup: (value: string) => `Groupe « ${value} » inconnu : il n'existe pas dans la feuille Groupes. Corrigez l'identifiant (G-…).`,
  unmatched: (group: string, names: readonly string[]) =>
    `${group} : ${list(names)} ne ${names.length > 1 ? 'correspondent' : 'correspond'} à aucune personne de la feuille Personnes ; ajoutez-les dans Personnes et Membres, ou écrivez leur identifiant.`,
  noAnimator: (group: string, name: string) =>
    `${group} (${name}) n'a pas d'animateur en fonction : indiquez-le dans Membres (Rôle animateur).`,
  committeeNoDossier: (group: string, name: string) =>
    `Comité de relecture ${group} (${name}) rattaché à aucun dossier : renseignez Dossier ici, ou Comité dans la feuille Dossiers.`,
  committeeUnknownDossier: (group: string, dossier: string) =>
    `Comité de relecture ${group} rattaché au dossier « ${dossier} », absent de la feuille Dossiers : corrigez l'identifiant (D-…).`,
  steeringNoProject: (group: string, name: string) =>
    `Comité de pilotage ${group} (${name}) rattaché à aucun projet de formation : renseignez Projet avec un projet dont l'Action est formation.`,
  steeringNotTraining: (group: string, project: string, action: string) =>
    `Comité de pilotage ${group} rattaché au projet ${project}, dont l'action est « ${action} » et non formation : un comité de pilotage suit un programme de formation.`,
  mandateEnded: (person: string, group: string, until: IsoDate) =>
    `Le mandat de ${person} au groupe ${group} a pris fin le ${day(until)}, mais Groupes le cite encore parmi les membres : retirez son nom de Groupes › Membres, ou prolongez le mandat (Jusqu'au).`,
  organisationUnknown: (person: string, organisation: string) =>
    `${person} : organisation « ${organisation} » inconnue, absente de la feuille Partenaires. Écrivez l'identifiant du partenaire (P-…) ou ajoutez-le.`,
  opportunityNoPartner: (id: string) => `Opportunité ${id} sans partenaire ni financeur : indiquez qui la porte (P-…).`,
  opportunityUnknownPartner: (id: string, partner: string) =>
    `Opportunité ${id} : partenaire « ${partner} » absent de la feuille Partenaires. Corrigez l'identifiant ou ajoutez le partenaire.`,
};

export type PeopleMessages = typeof people;
