/**
 * Messages about the user's data: opening files, links and saved scenarios, storage that is full,
 * damaged, shared with another tab or missing. Keys start with "notice.".
 */
import { frenchSpacing } from './frenchSpacing';

export const en = {
  'notice.dismiss': 'Dismiss',
  'notice.undo': 'Undo',
  'notice.downloadSaved': 'Download saved scenarios',
  'notice.downloadSetAside': 'Download what was set aside',
  'notice.moreProblems': '…and {count} more problems.',
  'notice.fileBad': '“{file}” was not opened; nothing changed.',
  'notice.fileOpened': 'Opened “{file}”: {name}. Undo brings back what you had.',
  'notice.bundleOpened': '“{file}”: {added} saved scenarios added to your list; {refused} could not be read.',
  'notice.linkOpened': 'Opened a shared link: {name}. Undo brings back what you had.',
  'notice.linkBad': 'This link could not be used; your scenario and saved scenarios are as they were.',
  'notice.savedOpened': 'Opened your saved scenario “{name}”. Undo brings back what you had.',
  'notice.savedBad': 'This saved scenario cannot be opened.',
  'notice.savedMissing': 'This saved scenario cannot be opened: it was deleted, perhaps in another tab.',
  'notice.presetMissing': 'There is no preset “{name}”.',
  'notice.storedDamaged':
    'Your data in this browser could not be read (it is damaged or from another app). It was set aside, not deleted, and the calculator started fresh.',
  'notice.storedOtherVersion':
    'Data stored by another version of the calculator (version {version}) was set aside, not deleted; the calculator started fresh.',
  'notice.storedKept':
    'Your data in this browser could not be read, and there was no room to set it aside: it was left exactly as it was, and this tab will not save anything. Download it, then free some space.',
  'notice.storedDraft':
    'Part of your stored data could not be read and was set aside, not deleted: the scenario you were editing.',
  'notice.storedSavedOne':
    'Part of your stored data could not be read and was set aside, not deleted: a saved scenario.',
  'notice.storedSavedMany':
    'Part of your stored data could not be read and was set aside, not deleted: {count} saved scenarios.',
  'notice.storedSavedNotList':
    'Your saved scenarios were stored in a form this calculator cannot read; they were set aside, not deleted.',
  'notice.storedPartKept':
    'Part of your stored data could not be read, and there was no room to set it aside: it was left as it was, and this tab will not save anything. Download it, then free some space.',
  'notice.storageFull':
    'This browser refused to store your change (storage full or disabled): it is only in this tab for now. Download your saved scenarios to keep them.',
  'notice.otherTab': 'Your saved scenarios were changed in another tab; this list now shows them.',
  'notice.savingOff':
    'Saving is off here: this page cannot store anything in the browser (a frame without storage, or storage blocked). Download your scenarios to keep them.',
  'notice.savingReadOnly':
    'Saving is paused in this tab so that stored data that could not be read is not overwritten.',
} as const;

export const fr: Record<keyof typeof en, string> = frenchSpacing({
  'notice.dismiss': 'Fermer',
  'notice.undo': 'Annuler',
  'notice.downloadSaved': 'Télécharger les scénarios enregistrés',
  'notice.downloadSetAside': 'Télécharger ce qui a été mis de côté',
  'notice.moreProblems': '… et {count} autres problèmes.',
  'notice.fileBad': '« {file} » n’a pas été ouvert ; rien n’a changé.',
  'notice.fileOpened': 'Fichier « {file} » ouvert : {name}. « Annuler » rétablit ce que vous aviez.',
  'notice.bundleOpened':
    '« {file} » : {added} scénarios ajoutés à votre liste ; {refused} n’ont pas pu être lus.',
  'notice.linkOpened': 'Lien partagé ouvert : {name}. « Annuler » rétablit ce que vous aviez.',
  'notice.linkBad':
    'Ce lien n’a pas pu être utilisé ; votre scénario et vos scénarios enregistrés sont inchangés.',
  'notice.savedOpened': 'Scénario enregistré « {name} » ouvert. « Annuler » rétablit ce que vous aviez.',
  'notice.savedBad': 'Ce scénario enregistré ne peut pas être ouvert.',
  'notice.savedMissing':
    'Ce scénario enregistré ne peut pas être ouvert : il a été supprimé, peut-être dans un autre onglet.',
  'notice.presetMissing': 'Il n’y a pas de scénario prédéfini « {name} ».',
  'notice.storedDamaged':
    'Vos données dans ce navigateur n’ont pas pu être lues (elles sont endommagées ou proviennent d’une autre application). Elles ont été mises de côté, pas supprimées, et le calculateur a redémarré à neuf.',
  'notice.storedOtherVersion':
    'Des données enregistrées par une autre version du calculateur (version {version}) ont été mises de côté, pas supprimées ; le calculateur a redémarré à neuf.',
  'notice.storedKept':
    'Vos données dans ce navigateur n’ont pas pu être lues, et il n’y avait pas de place pour les mettre de côté : elles sont restées telles quelles, et cet onglet n’enregistrera rien. Téléchargez-les, puis libérez de l’espace.',
  'notice.storedDraft':
    'Une partie de vos données n’a pas pu être lue et a été mise de côté, pas supprimée : le scénario que vous modifiiez.',
  'notice.storedSavedOne':
    'Une partie de vos données n’a pas pu être lue et a été mise de côté, pas supprimée : un scénario enregistré.',
  'notice.storedSavedMany':
    'Une partie de vos données n’a pas pu être lue et a été mise de côté, pas supprimée : {count} scénarios enregistrés.',
  'notice.storedSavedNotList':
    'Vos scénarios enregistrés étaient stockés sous une forme que ce calculateur ne sait pas lire ; ils ont été mis de côté, pas supprimés.',
  'notice.storedPartKept':
    'Une partie de vos données n’a pas pu être lue, et il n’y avait pas de place pour la mettre de côté : elle est restée telle quelle, et cet onglet n’enregistrera rien. Téléchargez-la, puis libérez de l’espace.',
  'notice.storageFull':
    'Ce navigateur a refusé d’enregistrer votre modification (espace plein ou désactivé) : elle n’existe que dans cet onglet pour l’instant. Téléchargez vos scénarios enregistrés pour les conserver.',
  'notice.otherTab':
    'Vos scénarios enregistrés ont été modifiés dans un autre onglet ; cette liste les montre maintenant.',
  'notice.savingOff':
    'L’enregistrement est désactivé ici : cette page ne peut rien stocker dans le navigateur (un cadre sans stockage, ou un stockage bloqué). Téléchargez vos scénarios pour les conserver.',
  'notice.savingReadOnly':
    'L’enregistrement est suspendu dans cet onglet pour ne pas écraser des données qui n’ont pas pu être lues.',
});
