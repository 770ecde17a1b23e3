/** The partnership network's findings in English: same keys and signatures as the French file. */
import type { PeopleMessages } from '../fr/people';

const list = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');

export const people: PeopleMessages = {
  memberNotPerson: (value) => `"${value}" is not a person of sheet Personnes: write their ID (PE-…) or add them to Personnes.`,
  memberNoGroup: (value) => `Group "${value}" unknown: it is not in sheet Groupes. Fix the ID (G-…).`,
  unmatched: (group, names) =>
    `${group}: ${list(names)} ${names.length > 1 ? 'match' : 'matches'} no person of sheet Personnes; add them to Personnes and Membres, or write their ID.`,
  noAnimator: (group, name) => `${group} (${name}) has no facilitator in office: enter one in Membres (Rôle animateur).`,
  committeeNoDossier: (group, name) =>
    `Review committee ${group} (${name}) is attached to no dossier: fill in Dossier here, or Comité in sheet Dossiers.`,
  committeeUnknownDossier: (group, dossier) =>
    `Review committee ${group} is attached to dossier "${dossier}", which is not in sheet Dossiers: fix the ID (D-…).`,
  steeringNoProject: (group, name) =>
    `Steering committee ${group} (${name}) is attached to no training project: fill in Projet with a project whose Action is formation.`,
  steeringNotTraining: (group, project, action) =>
    `Steering committee ${group} is attached to project ${project}, whose action is "${action}", not formation: a steering committee oversees a training programme.`,
  mandateEnded: (person, group, until) =>
    `${person}'s mandate on group ${group} ended on ${until}, but Groupes still lists them as a member: remove the name from Groupes › Membres, or extend the mandate (Jusqu'au).`,
  organisationUnknown: (person, organisation) =>
    `${person}: organisation "${organisation}" unknown, not in sheet Partenaires. Write the partner's ID (P-…) or add the partner.`,
  opportunityNoPartner: (id) => `Opportunity ${id} has no partner or funder: say who carries it (P-…).`,
  opportunityUnknownPartner: (id, partner) =>
    `Opportunity ${id}: partner "${partner}" is not in sheet Partenaires. Fix the ID or add the partner.`,
};
