/** Messages of the page frame: title, navigation, footer. */
export const en = {
  'app.title': 'Golden Dome: what would it cost, and what would Canada pay?',
  'app.intro':
    'Every published figure on one footing. Pick an estimate, move the assumptions, and see Canada’s share in dollars, per person and against its defence budget. Nothing you do here leaves this browser.',
  'app.skip': 'Skip to results',
  'app.language': 'Language',
  'app.footer':
    'Figures: Congressional Budget Office, American Enterprise Institute, CRS, DND, Statistics Canada, US Census Bureau, World Bank, NATO and news reports (each cited beside its number). No official Golden Dome cost split exists; every split here is a scenario.',
  'nav.label': 'Views',
  'nav.calculator': 'Calculator',
  'nav.why': 'Why the numbers differ',
  'nav.exercises': 'Exercises',
} as const;

export const fr: Record<keyof typeof en, string> = {
  'app.title': 'Dôme d’or : combien coûterait-il, et combien paierait le Canada?',
  'app.intro':
    'Tous les chiffres publiés sur une même base. Choisissez une estimation, modifiez les hypothèses et voyez la part du Canada en dollars, par personne et par rapport à son budget de la défense. Rien de ce que vous faites ici ne quitte ce navigateur.',
  'app.skip': 'Aller aux résultats',
  'app.language': 'Langue',
  'app.footer':
    'Sources : Congressional Budget Office, American Enterprise Institute, CRS, MDN, Statistique Canada, Bureau du recensement des États-Unis, Banque mondiale, OTAN et médias (chaque source est citée à côté de son chiffre). Il n’existe aucun partage officiel des coûts du Dôme d’or : chaque partage présenté ici est un scénario.',
  'nav.label': 'Vues',
  'nav.calculator': 'Calculateur',
  'nav.why': 'Pourquoi les chiffres diffèrent',
  'nav.exercises': 'Exercices',
};
