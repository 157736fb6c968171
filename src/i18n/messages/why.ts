/** Messages of the "why the numbers differ" page. Keys start with "why.". */
export const en = {
  'why.title': 'Why do the numbers differ?',
  'why.intro':
    'The news reported Golden Dome at $25B, $175B, C$243B, $524B, $542B, $1.2T and more. Most of the gap is not disagreement: it is currency, a misprint, what the figure covers, and over how many years. Each step below is computed by the calculator from the sourced figures.',
  'why.figures': 'The figures',
  'why.steps': 'The arithmetic',
  'why.open': 'Open “{name}” in the calculator',
  'why.title.currency-175-243': '$175B and C$243B: the same money in two currencies',
  'why.title.currency-25-gbp': '$25B and £18.7bn: the same deposit in dollars and pounds',
  'why.title.misprint-524': '$524B and $542B: a misprint',
  'why.title.scope-542-1200': '$542B and $1.2T: one layer against a whole system',
  'why.title.period-scope': '$175B against $161B–$542B and $252B–$3.6T: period and scope',
  'why.title.asks-61-71': '$61B and $71B: two asks, no method',
  'why.step.convert':
    '{from} {op} {rate} ({rateName}) = {result}. Reported: {reported} (rounding gap {gap}).',
  'why.step.misprint':
    'Printed {printed}, CBO’s figure is {correct}: two digits swapped (positions {a} and {b}). The difference, {difference}, is a multiple of 9 — the bookkeepers’ sign of a swap.',
  'why.step.misprintNoSwap': 'Printed {printed}, the source says {correct}: a difference of {difference}.',
  'why.step.scope': '{part} is {pct} of {whole}; the whole is {times} times the part.',
  'why.step.coverage': '{label}: {coverage}.',
  'why.step.coverageExcludes': '{label}: {coverage}, on top of programs already funded.',
  'why.step.dollarYear':
    '{label} is in {year} dollars; {other} is in {otherYear} dollars ({apart} year apart).',
  'why.step.dollarYearRestated':
    '{label} is in {year} dollars; at {inflation} inflation it is {restated} in {otherYear} dollars.',
  'why.step.perYear': '{label}: {total} ÷ {years} years = {perYear} a year.',
  'why.step.change': 'From {from} to {to}: {difference} more ({pct}).',
  'why.step.impliedShare': '{ask} ÷ {estimate} = {pct} of {label}.',
  'why.step.ruleShare': 'For comparison, the {rule} rule gives Canada {pct}.',
  'why.rate.cadPerUsd': 'C$ per US$',
  'why.rate.usdPerGbp': 'US$ per £',
  'why.coverage.first-tranche': 'a first funding tranche, not the whole system',
  'why.coverage.whole-system-undefined': 'the whole system, not defined, over about three years',
  'why.coverage.whole-system-dod': 'the whole system as the Pentagon defines it, over about a decade',
  'why.coverage.space-interceptors': 'space-based interceptors only, over 20 years',
  'why.coverage.four-layer-system': 'a four-layer national missile defence, over 20 years',
  'why.coverage.example-architectures': 'example architectures over 20 years',
  'why.coverage.canada-share': 'a price for Canada’s share, not a program cost',
  // Source confidence in words (issue 9).
  'why.confidence.H': 'High confidence: an official or primary source, or several sources that agree.',
  'why.confidence.M': 'Medium confidence: one reputable secondary source.',
} as const;

export const fr: Record<keyof typeof en, string> = {
  'why.title': 'Pourquoi les chiffres diffèrent-ils?',
  'why.intro':
    'Les médias ont annoncé le Dôme d’or à 25 G$, 175 G$, 243 G$ CA, 524 G$, 542 G$, 1,2 billion $ et plus. L’essentiel de l’écart n’est pas un désaccord : c’est la devise, une coquille, ce que couvre le chiffre et sur combien d’années. Chaque étape ci-dessous est calculée par le calculateur à partir des chiffres sourcés.',
  'why.figures': 'Les chiffres',
  'why.steps': 'Le calcul',
  'why.open': 'Ouvrir « {name} » dans le calculateur',
  'why.title.currency-175-243': '175 G$ US et 243 G$ CA : le même montant en deux devises',
  'why.title.currency-25-gbp': '25 G$ US et 18,7 G£ : le même dépôt en dollars et en livres',
  'why.title.misprint-524': '524 G$ et 542 G$ : une coquille',
  'why.title.scope-542-1200': '542 G$ et 1,2 billion $ : une couche contre un système complet',
  'why.title.period-scope': '175 G$ contre 161–542 G$ et 252 G$–3,6 billions $ : période et portée',
  'why.title.asks-61-71': '61 G$ et 71 G$ : deux demandes, aucune méthode',
  'why.step.convert':
    '{from} {op} {rate} ({rateName}) = {result}. Chiffre publié : {reported} (écart d’arrondi {gap}).',
  'why.step.misprint':
    'Imprimé {printed}, le chiffre du CBO est {correct} : deux chiffres inversés (positions {a} et {b}). La différence, {difference}, est un multiple de 9 — l’indice classique d’une inversion.',
  'why.step.misprintNoSwap':
    'Imprimé {printed}, la source indique {correct} : une différence de {difference}.',
  'why.step.scope': '{part} représente {pct} de {whole}; le tout vaut {times} fois la partie.',
  'why.step.coverage': '{label} : {coverage}.',
  'why.step.coverageExcludes': '{label} : {coverage}, en plus des programmes déjà financés.',
  'why.step.dollarYear':
    '{label} est en dollars de {year}; {other} est en dollars de {otherYear} ({apart} an d’écart).',
  'why.step.dollarYearRestated':
    '{label} est en dollars de {year}; avec une inflation de {inflation}, cela donne {restated} en dollars de {otherYear}.',
  'why.step.perYear': '{label} : {total} ÷ {years} ans = {perYear} par année.',
  'why.step.change': 'De {from} à {to} : {difference} de plus ({pct}).',
  'why.step.impliedShare': '{ask} ÷ {estimate} = {pct} de {label}.',
  'why.step.ruleShare': 'À titre de comparaison, la règle {rule} donne au Canada {pct}.',
  'why.rate.cadPerUsd': '$ CA par $ US',
  'why.rate.usdPerGbp': '$ US par £',
  'why.coverage.first-tranche': 'une première tranche de financement, pas le système complet',
  'why.coverage.whole-system-undefined': 'le système complet, non défini, sur environ trois ans',
  'why.coverage.whole-system-dod': 'le système complet tel que le Pentagone le définit, sur environ dix ans',
  'why.coverage.space-interceptors': 'les intercepteurs spatiaux seulement, sur 20 ans',
  'why.coverage.four-layer-system': 'une défense antimissile nationale à quatre couches, sur 20 ans',
  'why.coverage.example-architectures': 'des architectures types sur 20 ans',
  'why.coverage.canada-share': 'un prix pour la part du Canada, pas un coût de programme',
  // Source confidence in words (issue 9).
  'why.confidence.H':
    'Fiabilité élevée\u00a0: une source officielle ou primaire, ou plusieurs sources concordantes.',
  'why.confidence.M': 'Fiabilité moyenne\u00a0: une seule source secondaire fiable.',
};
