/** The "Groups and committees" forms' messages, in English: same keys as the French file. */
import type { GroupsFormMessages } from '../fr/groups-form';

export const groupsForm: GroupsFormMessages = {
  required: () => 'Required field.',
  tooLong: (max) => `${max} characters at most.`,
  unknownType: () => 'Choose a type: groupe de travail, comité de relecture or comité de pilotage.',
  unknownProject: (code) => `Project "${code}" is not in the Projets sheet.`,
  unknownDossier: (id) => `Dossier "${id}" is not in the Dossiers sheet.`,
  unknownPerson: (id) => `Person "${id}" is not in the Personnes sheet.`,
  unknownGroup: (id) => `Group "${id}" is not in the Groupes sheet.`,
  unknownRole: () => 'Choose a role: animateur, président, relecteur, membre or observateur.',
  reviewNeedsDossier: () => 'A review committee reviews a dossier: choose it.',
  steeringNeedsProject: () => 'A steering committee steers a project: choose it.',
  badDate: (typed) => `"${typed}" is not a date (e.g. 15/03/2026).`,
  alreadyMember: (person, group) => `${person} already sits in ${group} (mandate running).`,
  noActiveMandate: (person, group) => `${person} has no running mandate in ${group}.`,
  untilBeforeSince: (since) => `The end is before the mandate's start (${since}).`,
  fieldsToFix: (n) => (n === 1 ? 'One field to fix: nothing was written.' : `${n} fields to fix: nothing was written.`),
};
