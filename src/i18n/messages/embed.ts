/** Messages of embedded charts (`?embed=<chart>`) and of each chart's "Embed" button. */
import { frenchSpacing } from './frenchSpacing';

export const en = {
  'embed.button': 'Embed',
  'embed.buttonLabel': 'Embed chart: {title}',
  'embed.code': 'HTML code to paste into your page',
  'embed.copy': 'Copy code',
  'embed.copied': 'Embed code copied. Paste it into your article or course page.',
  'embed.copyFailed': 'This browser did not allow copying. The code is selected: press Ctrl+C (⌘C on a Mac).',
  'embed.note':
    'It shows this chart for the scenario as it is now, with its source and a link back to the calculator. Later changes here do not change it. The scenario travels in the address: nothing is stored or sent anywhere.',
  'embed.open': 'Open this scenario in the Golden Dome cost calculator',
  'embed.newTab': '(opens in a new tab)',
  'embed.unknownChart': 'There is no chart called “{name}” to embed. The charts are: {list}.',
  'embed.noChart': 'This embed names no chart. The charts are: {list}.',
  'embed.badLink':
    'This chart’s scenario link is damaged or was edited, so the chart is not shown. Ask the page’s author for a new embed code.',
  'embed.cannot': 'This chart’s scenario cannot be computed, so the chart is not shown.',
} as const;

export const fr = frenchSpacing<Record<keyof typeof en, string>>({
  'embed.button': 'Intégrer',
  'embed.buttonLabel': 'Intégrer le graphique : {title}',
  'embed.code': 'Code HTML à coller dans votre page',
  'embed.copy': 'Copier le code',
  'embed.copied': 'Code d’intégration copié. Collez-le dans votre article ou votre page de cours.',
  'embed.copyFailed':
    'Ce navigateur n’a pas permis de copier. Le code est sélectionné : appuyez sur Ctrl+C (⌘C sur un Mac).',
  'embed.note':
    'Il montre ce graphique pour le scénario tel qu’il est maintenant, avec sa source et un lien vers le calculateur. Vos changements ultérieurs ici ne le modifient pas. Le scénario voyage dans l’adresse : rien n’est enregistré ni envoyé nulle part.',
  'embed.open': 'Ouvrir ce scénario dans le calculateur du coût du Dôme d’or',
  'embed.newTab': '(s’ouvre dans un nouvel onglet)',
  'embed.unknownChart': 'Aucun graphique ne s’appelle « {name} ». Les graphiques sont : {list}.',
  'embed.noChart': 'Cette intégration ne nomme aucun graphique. Les graphiques sont : {list}.',
  'embed.badLink':
    'Le lien du scénario de ce graphique est endommagé ou a été modifié : le graphique n’est pas affiché. Demandez un nouveau code d’intégration à l’auteur de la page.',
  'embed.cannot': 'Le scénario de ce graphique ne peut pas être calculé : le graphique n’est pas affiché.',
});
