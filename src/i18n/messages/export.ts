/** Messages of chart downloads (PNG, SVG, copy, CSV) and the printed report. */
import { frenchSpacing } from './frenchSpacing';

export const en = {
  'export.menu': 'Download',
  'export.menuLabel': 'Download chart: {title}',
  'export.png': 'PNG image, {width} × {height} px',
  'export.svg': 'SVG image (text stays text)',
  'export.copy': 'Copy as image',
  'export.csv': 'CSV of the numbers drawn',
  'export.asTable': 'Show it as a chart to download it as an image.',
  'export.saved': 'Downloaded {file}.',
  'export.copied': 'Chart copied as an image. Paste it into your slides or article.',
  'export.copyFailed': 'This browser did not allow copying the image. Download the PNG instead.',
  'export.failed': 'This browser could not make the PNG. Download the SVG instead.',
  'export.source': 'Source: {source} · Golden Dome cost calculator',
  'export.sourceCustom': 'a custom amount ({label}, {year} dollars)',
  'export.sourceEstimates': 'each estimate’s publisher, as listed in the calculator',
  'export.units.nominal': 'Money in {currency}, nominal (as spent each year).',
  'export.units.constant': 'Money in {currency}, constant {year} dollars.',
  'export.units.constantEach': 'Money in {currency}, constant dollars of each scenario’s own year.',
  'export.compareName': 'Comparing {count} saved scenarios',
  'export.print': 'Print report',
  'export.printHint':
    'One page (A4 or Letter): the sentence, the figures, the working, the yearly chart, the assumptions and the sources. Ctrl+P prints the same page.',
  'export.printCompare': 'Print comparison',
  'export.report.made': 'Golden Dome cost calculator · report for the scenario',
  'export.report.compare': 'Golden Dome cost calculator · comparison',
  'export.report.assumptions': 'Assumptions',
  'export.report.sources': 'Sources',
  'export.report.cannot':
    'These inputs cannot be computed, so there is no report to print. Fix the problems listed above.',
} as const;

export const fr = frenchSpacing<Record<keyof typeof en, string>>({
  'export.menu': 'Télécharger',
  'export.menuLabel': 'Télécharger le graphique : {title}',
  'export.png': 'Image PNG, {width} × {height} px',
  'export.svg': 'Image SVG (le texte reste du texte)',
  'export.copy': 'Copier comme image',
  'export.csv': 'CSV des nombres tracés',
  'export.asTable': 'Affichez-le en graphique pour le télécharger comme image.',
  'export.saved': '{file} téléchargé.',
  'export.copied': 'Graphique copié comme image. Collez-le dans vos diapositives ou votre article.',
  'export.copyFailed': 'Ce navigateur n’a pas permis de copier l’image. Téléchargez plutôt le PNG.',
  'export.failed': 'Ce navigateur n’a pas pu produire le PNG. Téléchargez plutôt le SVG.',
  'export.source': 'Source : {source} · Calculateur du coût du Dôme d’or',
  'export.sourceCustom': 'un montant personnalisé ({label}, dollars de {year})',
  'export.sourceEstimates': 'l’auteur de chaque estimation, tel qu’indiqué dans le calculateur',
  'export.units.nominal': 'Montants en {currency}, nominaux (tels que dépensés chaque année).',
  'export.units.constant': 'Montants en {currency}, en dollars constants de {year}.',
  'export.units.constantEach': 'Montants en {currency}, en dollars constants de l’année de chaque scénario.',
  'export.compareName': 'Comparaison de {count} scénarios enregistrés',
  'export.print': 'Imprimer le rapport',
  'export.printHint':
    'Une page (A4 ou Letter) : la phrase, les chiffres, le calcul, le graphique annuel, les hypothèses et les sources. Ctrl+P imprime la même page.',
  'export.printCompare': 'Imprimer la comparaison',
  'export.report.made': 'Calculateur du coût du Dôme d’or · rapport du scénario',
  'export.report.compare': 'Calculateur du coût du Dôme d’or · comparaison',
  'export.report.assumptions': 'Hypothèses',
  'export.report.sources': 'Sources',
  'export.report.cannot':
    'Ces données ne peuvent pas être calculées : il n’y a pas de rapport à imprimer. Corrigez les problèmes indiqués ci-dessus.',
});
