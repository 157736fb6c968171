/** Messages of the calculator area. Keys start with "calculator.". */
import { frenchSpacing } from './frenchSpacing';

export const en = {
  // The page
  'calculator.assumptions': 'Assumptions',
  'calculator.results': 'Results',
  'calculator.undo': 'Undo last change',
  'calculator.reset': 'Reset to preset',
  'calculator.problems.title': 'This scenario cannot be computed yet',
  'calculator.problems.help': 'Change the value, or use Undo.',
  'calculator.edited.name': 'Edited from “{name}”',
  'calculator.edited.description': 'Edited from “{name}”: {changes}.',
  'calculator.edited.change': '{field} {before} → {after}',
  'calculator.edited.billions': '{value} billion',
  'calculator.problems.stale':
    'Below are the results of your last computable scenario, out of date until this is fixed. Downloads are off meanwhile.',
  'calculator.problem': '{field}: {message}',
  'calculator.crash.title': 'Something went wrong',
  'calculator.crash.text':
    'The calculator hit a bug and stopped drawing this page. Your scenario is still here: download it, then reload.',
  'calculator.crash.error': 'Error: {message}',
  'calculator.crash.download': 'Download the current scenario (JSON)',
  'calculator.crash.reload': 'Reload the page',

  // Units and shared words
  'calculator.unit.billions': '{currency} billions',
  'calculator.unit.billionsYear': '{currency} billions a year',
  'calculator.unit.year': 'year',
  'calculator.unit.years': 'years',
  'calculator.unit.pctYear': '% a year',
  'calculator.unit.pctShared': '% of the shared cost',
  'calculator.unit.cadForUsd': 'C$ for one US$',
  'calculator.unit.usdForGbp': 'US$ for one £',
  'calculator.unit.millionsPeople': 'millions of people',
  'calculator.unit.millionsKm2': 'millions of km²',
  'calculator.currency.USD': 'US dollars (US$)',
  'calculator.currency.CAD': 'Canadian dollars (C$)',
  'calculator.currency.GBP': 'British pounds (£)',
  'calculator.dollars.nominal': 'nominal',
  'calculator.dollars.constant': 'constant',
  'calculator.date.undated': 'undated',

  // Number fields
  'calculator.field.range': 'Enter a value from {min} to {max}.',
  'calculator.field.whole': 'Enter a whole number.',
  'calculator.field.marks': '{label}: sourced values',

  // Field names (labels, and the names problems are reported under)
  'calculator.field.startYear': 'Start year',
  'calculator.field.years': 'Years',
  'calculator.field.costGrowthPct': 'Cost growth (%)',
  'calculator.field.inflationPct': 'Inflation (%)',
  'calculator.field.discountRatePct': 'Discount rate (%)',
  'calculator.field.sharePercent': 'Canada’s share (%)',
  'calculator.field.fixedAmount': 'Fixed amount',
  'calculator.field.coveredPct': 'Covered (%)',
  'calculator.field.creditCad': 'Credit for NORAD spending',
  'calculator.field.amount': 'Amount',
  'calculator.field.dollarYear': 'Dollar-year',
  'calculator.field.customLabel': 'Where the amount comes from',
  'calculator.field.estimate': 'Published estimate',
  'calculator.field.cadPerUsd': 'CAD per USD',
  'calculator.field.usdPerGbp': 'USD per GBP',
  'calculator.field.draws': 'Draws',
  'calculator.field.seed': 'Seed',

  // 1. The estimate
  'calculator.preset.label': 'Preset scenario',
  'calculator.preset.own': '(your own scenario)',
  'calculator.estimate.legend': '1. The estimate',
  'calculator.estimate.custom': 'Custom amount…',
  'calculator.estimate.customCurrency': 'Currency of the amount',
  'calculator.estimate.dollarYearUnit': 'year of prices',
  'calculator.estimate.defaultLabel': 'My estimate',
  'calculator.group.initial': 'Initial funding',
  'calculator.group.whole-system': 'Whole-system figures',
  'calculator.group.twenty-year': '20-year estimates',
  'calculator.group.canada-ask': 'Canada asks (a share, not a program cost)',

  // 2. Schedule and prices
  'calculator.schedule.legend': '2. Schedule and prices',
  'calculator.profile.legend': 'Spending profile',
  'calculator.profile.even': 'Even',
  'calculator.profile.even.hint': 'the same every year',
  'calculator.profile.front': 'Front-loaded',
  'calculator.profile.front.hint': 'most at the start',
  'calculator.profile.back': 'Back-loaded',
  'calculator.profile.back.hint': 'most at the end',
  'calculator.profile.bell': 'Bell',
  'calculator.profile.bell.hint': 'peaks in the middle years',
  'calculator.costGrowth.unit': '% over the estimate',
  'calculator.costGrowth.hint':
    'Big programs often cost more than first estimated: GAO found +26% across its whole portfolio of programs, RAND +46% on average for completed programs. Nunn-McCurdy breaches start at 15% and 25% unit-cost growth.',
  'calculator.inflation.hint':
    'Turns the estimate’s dollar-year prices into the dollars actually spent each year (nominal).',
  'calculator.discount.hint': 'For the present value: what future spending is worth at the start year.',
  'calculator.mark': '{value} {label}',

  // 3. Canada's share
  'calculator.share.legend': '3. Canada’s share',
  'calculator.share.note': 'No official split exists: every rule here is a scenario, not a fact.',
  'calculator.share.ruleLegend': 'How Canada’s share is set',
  'calculator.share.mark.ask': '{amount} (Trump, {date})',
  'calculator.share.fixedUnit': '{currency} billions, Canada’s total',
  'calculator.share.fixedCurrency': 'Currency of the fixed amount',
  'calculator.share.coveredUnit': '% of the program shared with Canada',
  'calculator.share.coveredHint':
    'The part of the system that protects both countries and is split; the US pays the rest alone.',
  'calculator.share.creditMark': '{amount} NORAD modernization (2022)',
  'calculator.share.creditHint':
    'Money Canada already spends on continental defence, counted toward its share (never below zero).',

  // 4. Exchange rates and context
  'calculator.money.legend': '4. Exchange rates and context',
  'calculator.money.cadMarkDates': '20–21 May 2025',
  'calculator.money.gbpHint': 'Used only for figures stated in pounds (the £18.7bn report).',
  'calculator.money.default': 'Default:',
  'calculator.money.context': 'Context figures: GDP, population, defence budgets, land area',
  'calculator.money.contextDefault': 'Default {value}: {label}.',

  // 5. Uncertainty
  'calculator.uncertainty.legend': '6. Uncertainty',
  'calculator.uncertainty.note':
    'Published figures span US$161B to US$3.6T. Give a range to any of these and the calculator draws thousands of combinations to show the spread of outcomes, and which assumption moves Canada’s total most.',
  'calculator.input.baseCost': 'Base cost',
  'calculator.input.costGrowthPct': 'Cost growth',
  'calculator.input.inflationPct': 'Inflation',
  'calculator.input.cadPerUsd': 'CAD per USD',
  'calculator.input.canadaSharePct': 'Canada’s share',
  'calculator.input.canadaGdpGrowthPct': 'Canada’s GDP growth',
  'calculator.range.baseCost': 'Range for base cost',
  'calculator.range.costGrowthPct': 'Range for cost growth',
  'calculator.range.inflationPct': 'Range for inflation',
  'calculator.range.cadPerUsd': 'Range for CAD per USD',
  'calculator.range.canadaSharePct': 'Range for Canada’s share',
  'calculator.range.canadaGdpGrowthPct': 'Range for Canada’s GDP growth',
  'calculator.range.needsOutlook':
    'Needs projected GDP and budgets: as given, Canada’s GDP does not grow, so its growth has nothing to vary.',
  'calculator.range.low': '{input} low',
  'calculator.range.high': '{input} high',
  'calculator.range.distribution': '{input}: distribution',
  'calculator.range.basis.catalog-pair':
    'Suggested range: the low and high published estimates of the same source.',
  'calculator.range.basis.rand-growth':
    'Suggested range: none to RAND’s +46%, the average growth of completed programs over their first estimate.',
  'calculator.range.basis.market-quotes': 'Suggested range: the market quotes of 20–23 May 2025.',
  'calculator.range.basis.gdp-to-nws':
    'Suggested range: Canada’s share of the two economies (GDP) to the North Warning System’s 40%.',
  'calculator.range.basis.rule-of-thumb-cost':
    'Suggested range: a rule of thumb, 25% below to 50% above the figure. No source gives it.',
  'calculator.range.basis.rule-of-thumb-inflation':
    'Suggested range: a rule of thumb, 1 point below to 2 points above the rate. No source gives it.',
  'calculator.range.basis.rule-of-thumb-growth':
    'Suggested range: a rule of thumb, 2 points below to 2 points above the outlook’s growth. No source gives it: the projections give one path, not a range.',
  'calculator.distribution.uniform': 'Uniform: every value in the range equally likely',
  'calculator.distribution.triangular': 'Triangular: most likely at the scenario’s own value',
  'calculator.draws.unit': 'simulated combinations',
  'calculator.seed.unit': '(same seed, same numbers)',
  'calculator.seed.hint':
    'The simulation is repeatable: the same seed gives the same numbers here and in the command line.',

  // Display choices
  'calculator.view.currency': 'Show money in',
  'calculator.view.USD': 'US dollars',
  'calculator.view.CAD': 'Canadian dollars',
  'calculator.view.dollars': 'Dollars',
  'calculator.view.nominal': 'Nominal',
  'calculator.view.nominal.hint': 'as spent each year',
  'calculator.view.constant': 'Constant',
  'calculator.view.constant.hint': 'prices of the dollar-year',

  // Results
  'calculator.glance.label': 'Result at a glance',
  'calculator.glance.canada': 'Canada:',
  'calculator.glance.see': 'See results',
  'calculator.announce': 'Canada’s total: {total}, {pct} of the program.',
  'calculator.sentence.one':
    'Canada would pay {canada} in {start}, {rule} ({share} of a {program} program, in {kind}): about {perPerson} per person, or {budget} of Canada’s yearly defence budget.',
  'calculator.sentence.many':
    'Canada would pay {canada} over {years} years ({start}–{end}), {rule} ({share} of a {program} program, in {kind}): about {perPerson} per person, or {budget} of Canada’s current yearly defence budget each year on average.',
  'calculator.sentence.oneOutlook':
    'Canada would pay {canada} in {start}, {rule} ({share} of a {program} program, in {kind}): about {perPerson} per person, or {budget} of Canada’s planned defence budget that year.',
  'calculator.sentence.manyOutlook':
    'Canada would pay {canada} over {years} years ({start}–{end}), {rule} ({share} of a {program} program, in {kind}): about {perPerson} per person, or {budget} of Canada’s planned defence budget each year on average.',
  'calculator.kind.nominal': 'dollars of each year',
  'calculator.kind.constant': '{year} dollars',
  'calculator.cards.label': 'Summary',
  'calculator.cards.program': 'Program total',
  'calculator.cards.nominal': 'nominal dollars',
  'calculator.cards.constant': 'constant {year} dollars',
  'calculator.cards.canada': 'Canada’s total',
  'calculator.cards.perPerson': 'Canada per person',
  'calculator.cards.perPerson.detail': 'over the whole period',
  'calculator.cards.share': 'Canada’s effective share',
  'calculator.cards.share.detail': 'of the whole program',
  'calculator.cards.us': 'US total',
  'calculator.cards.us.detail': '{amount} per American',
  'calculator.cards.pv': 'Present value',
  'calculator.cards.pv.detail': 'whole program at {year}, discounted at {rate}',
  'calculator.cards.pv.detailConstant':
    'nominal spending of the whole program, discounted to {year} at {rate} (not constant dollars)',
  'calculator.cards.peak': 'Canada’s peak year',
  'calculator.cards.peak.detail': 'of its defence budget, in {year}',
  'calculator.cards.peak.outlook':
    'At its peak in {year}, Golden Dome would take {pct} of Canada’s planned defence budget ({gap} of the new money the pledge adds).',
  'calculator.cards.peak.outlookNoGap':
    'At its peak in {year}, Golden Dome would take {pct} of Canada’s planned defence budget; the pledge adds no new money that year.',
  'calculator.cards.peak.over': 'First above {pct} of the budget in {year}.',
  'calculator.cards.peak.never': 'Never above {pct} of the budget.',

  // Source panel
  'calculator.source.label': 'Source of the estimate',
  'calculator.source.title': 'Source',
  'calculator.source.titleOf': 'Source: {label}',
  'calculator.source.customDollars':
    'A custom amount: “{label}”, in {year} dollars. Its source is whatever you say it is.',
  'calculator.source.customPounds':
    'A custom amount: “{label}”, in {year} pounds. Its source is whatever you say it is.',
  'calculator.source.confidence.H': 'high confidence (H)',
  'calculator.source.confidence.M': 'medium confidence (M)',
  'calculator.source.confidenceHint':
    'H: primary or several agreeing sources; M: one reputable secondary source',
  'calculator.source.scope': 'Scope:',
  'calculator.source.prices': 'Prices:',
  'calculator.source.pricesYear': '{year} dollars.',
  'calculator.source.pricesBasis.stated': 'As the source states.',
  'calculator.source.pricesBasis.budget': 'A budget figure, in the dollars of its fiscal year.',
  'calculator.source.pricesBasis.assumed': 'An assumption of this app: the source gives no dollar-year.',
  'calculator.source.quoteBy': 'Words of:',
  'calculator.source.quoteNotSource': 'These are its words, not the words of the source above.',
  'calculator.source.notes': 'Notes:',
  'calculator.source.misprintOf': 'A misprint of: {label}.',
  'calculator.source.sameAs': 'The same money as: {label}.',

  // Range of outcomes
  'calculator.outcomes.title': 'Range of outcomes',
  'calculator.outcomes.none':
    'Give a range to one or more inputs in “5. Uncertainty” to see how widely the results could spread.',
  'calculator.outcomes.running': 'Simulating {draws} draws…',
  'calculator.outcomes.failed': 'The simulation could not run: {message}',
  'calculator.outcomes.crashed': 'The simulation stopped unexpectedly.',
  'calculator.outcomes.sentence': '{range}, from {draws} draws (seed {seed}).',
  'calculator.outcomes.range': 'Median of Canada’s total: {median} (90% range {low} to {high})',
  'calculator.outcomes.caption': 'Percentiles of the simulated totals (nominal dollars)',
  'calculator.outcomes.total': 'Total',
  'calculator.outcomes.percentile': '{n}th percentile',
  'calculator.outcomes.median': '50th percentile (median)',
  'calculator.outcomes.programUsd': 'Program (US$)',
  'calculator.outcomes.canadaUsd': 'Canada (US$)',
  'calculator.outcomes.canadaCad': 'Canada (C$)',
  'calculator.outcomes.perPersonCad': 'Canada per person (C$)',
  'calculator.outcomes.peakPctOfDefenceBudget': 'Canada, peak year (% of defence budget)',
  'calculator.outcomes.peakPctOfGdp': 'Canada, largest year (% of GDP)',
  'calculator.outcomes.downloadPercentiles': 'Download percentiles CSV',
  'calculator.outcomes.downloadSensitivity': 'Download sensitivity CSV',
  'calculator.outcomes.rate': '{value} C$ per US$',

  // Download, open and share
  'calculator.files.title': 'Download, open and share',
  'calculator.files.years': 'Download years CSV',
  'calculator.files.summary': 'Download summary CSV',
  'calculator.files.summaryCompared': 'Download summary CSV ({count} compared)',
  'calculator.files.json': 'Download scenario JSON',
  'calculator.files.open': 'Open scenario file…',
  'calculator.files.openLabel': 'Open scenario file',
  'calculator.files.share': 'Copy share link',
  'calculator.files.hint':
    'The years CSV is in {dollars} dollars; the summary’s totals are nominal. You can also drop a scenario JSON file anywhere on the page.',
  'calculator.files.copied': 'Link copied. Anyone who opens it sees exactly this scenario.',
  'calculator.files.copyManually': 'Copy the link below (this browser did not allow copying automatically).',
  'calculator.files.link': 'Share link',

  // Saved scenarios and comparing
  'calculator.saved.title': 'Saved scenarios',
  'calculator.saved.name': 'Name',
  'calculator.saved.save': 'Save scenario',
  'calculator.saved.fixFirst': 'Fix the problem above to save this scenario.',
  'calculator.saved.none': 'Nothing saved yet. Saved scenarios stay in this browser only.',
  'calculator.saved.tick': 'Tick two to {max} scenarios to compare them side by side.',
  'calculator.saved.newName': 'New name for {name}',
  'calculator.saved.saveName': 'Save name',
  'calculator.saved.cancel': 'Cancel',
  'calculator.saved.compare': 'Compare',
  'calculator.saved.compareName': 'Compare {name}',
  'calculator.saved.open': 'Open',
  'calculator.saved.openName': 'Open {name}',
  'calculator.saved.rename': 'Rename',
  'calculator.saved.renameName': 'Rename {name}',
  'calculator.saved.duplicate': 'Duplicate',
  'calculator.saved.duplicateName': 'Duplicate {name}',
  'calculator.saved.delete': 'Delete',
  'calculator.saved.deleteName': 'Delete {name}',
  'calculator.saved.copyOf': '{name} (copy)',
  'calculator.compare.title': 'Comparing {count} scenarios',
  'calculator.compare.caption': 'Totals in {currency} ({dollars}); Canada’s total always in C$',
  'calculator.compare.scenario': 'Scenario',
  'calculator.compare.program': 'Program total',
  'calculator.compare.canada': 'Canada’s total (C$)',
  'calculator.compare.share': 'Canada’s share',
  'calculator.compare.perPerson': 'Canada per person (C$)',
  'calculator.compare.us': 'US total',
  'calculator.compare.sentence': '{name}:',
} as const;

export const fr = frenchSpacing<Record<keyof typeof en, string>>({
  // La page
  'calculator.assumptions': 'Hypothèses',
  'calculator.results': 'Résultats',
  'calculator.undo': 'Annuler la dernière modification',
  'calculator.reset': 'Revenir au scénario prédéfini',
  'calculator.problems.title': 'Ce scénario ne peut pas encore être calculé',
  'calculator.problems.help': 'Modifiez la valeur ou annulez la dernière modification.',
  'calculator.edited.name': 'Modifié à partir de « {name} »',
  'calculator.edited.description': 'Modifié à partir de « {name} » : {changes}.',
  'calculator.edited.change': '{field} {before} → {after}',
  'calculator.edited.billions': '{value} milliards',
  'calculator.problems.stale':
    'Ci-dessous, les résultats de votre dernier scénario calculable, périmés tant que ce problème n’est pas corrigé. Les téléchargements sont désactivés entre-temps.',
  'calculator.problem': '{field} : {message}',
  'calculator.crash.title': 'Une erreur s’est produite',
  'calculator.crash.text':
    'Le calculateur a rencontré un bogue et a cessé d’afficher cette page. Votre scénario est toujours là : téléchargez-le, puis rechargez la page.',
  'calculator.crash.error': 'Erreur : {message}',
  'calculator.crash.download': 'Télécharger le scénario actuel (JSON)',
  'calculator.crash.reload': 'Recharger la page',

  // Unités et mots communs
  'calculator.unit.billions': 'milliards {currency}',
  'calculator.unit.billionsYear': 'milliards {currency} par année',
  'calculator.unit.year': 'année',
  'calculator.unit.years': 'ans',
  'calculator.unit.pctYear': '% par année',
  'calculator.unit.pctShared': '% du coût partagé',
  'calculator.unit.cadForUsd': '$ CA pour 1 $ US',
  'calculator.unit.usdForGbp': '$ US pour 1 £',
  'calculator.unit.millionsPeople': 'millions de personnes',
  'calculator.unit.millionsKm2': 'millions de km²',
  'calculator.currency.USD': 'dollars américains ($ US)',
  'calculator.currency.CAD': 'dollars canadiens ($ CA)',
  'calculator.currency.GBP': 'livres sterling (£)',
  'calculator.dollars.nominal': 'nominaux',
  'calculator.dollars.constant': 'constants',
  'calculator.date.undated': 'non datée',

  // Champs numériques
  'calculator.field.range': 'Entrez une valeur de {min} à {max}.',
  'calculator.field.whole': 'Entrez un nombre entier.',
  'calculator.field.marks': '{label} : valeurs sourcées',

  // Noms des champs
  'calculator.field.startYear': 'Année de début',
  'calculator.field.years': 'Années',
  'calculator.field.costGrowthPct': 'Hausse des coûts (%)',
  'calculator.field.inflationPct': 'Taux d’inflation (%)',
  'calculator.field.discountRatePct': 'Taux d’actualisation (%)',
  'calculator.field.sharePercent': 'Part du Canada (%)',
  'calculator.field.fixedAmount': 'Montant fixe',
  'calculator.field.coveredPct': 'Part couverte (%)',
  'calculator.field.creditCad': 'Crédit pour les dépenses liées au NORAD',
  'calculator.field.amount': 'Montant',
  'calculator.field.dollarYear': 'Année des dollars',
  'calculator.field.customLabel': 'Provenance du montant',
  'calculator.field.estimate': 'Estimation publiée',
  'calculator.field.cadPerUsd': '$ CA par $ US',
  'calculator.field.usdPerGbp': '$ US par £',
  'calculator.field.draws': 'Tirages',
  'calculator.field.seed': 'Germe',

  // 1. L’estimation
  'calculator.preset.label': 'Scénario prédéfini',
  'calculator.preset.own': '(votre propre scénario)',
  'calculator.estimate.legend': '1. L’estimation',
  'calculator.estimate.custom': 'Montant personnalisé…',
  'calculator.estimate.customCurrency': 'Devise du montant',
  'calculator.estimate.dollarYearUnit': 'année de référence des prix',
  'calculator.estimate.defaultLabel': 'Mon estimation',
  'calculator.group.initial': 'Financement initial',
  'calculator.group.whole-system': 'Chiffres pour le système complet',
  'calculator.group.twenty-year': 'Estimations sur 20 ans',
  'calculator.group.canada-ask': 'Demandes au Canada (une part, pas un coût de programme)',

  // 2. Calendrier et prix
  'calculator.schedule.legend': '2. Calendrier et prix',
  'calculator.profile.legend': 'Profil des dépenses',
  'calculator.profile.even': 'Uniforme',
  'calculator.profile.even.hint': 'le même montant chaque année',
  'calculator.profile.front': 'Concentré au début',
  'calculator.profile.front.hint': 'l’essentiel dans les premières années',
  'calculator.profile.back': 'Concentré à la fin',
  'calculator.profile.back.hint': 'l’essentiel dans les dernières années',
  'calculator.profile.bell': 'En cloche',
  'calculator.profile.bell.hint': 'culmine au milieu de la période',
  'calculator.costGrowth.unit': '% au-dessus de l’estimation',
  'calculator.costGrowth.hint':
    'Les grands programmes coûtent souvent plus cher que prévu : le GAO a constaté une hausse de 26 % pour l’ensemble de son portefeuille de programmes, RAND une hausse moyenne de 46 % pour les programmes terminés. Les dépassements au sens de la loi Nunn-McCurdy commencent à 15 % et à 25 % de hausse du coût unitaire.',
  'calculator.inflation.hint':
    'Convertit les prix de l’année de référence de l’estimation en dollars réellement dépensés chaque année (dollars nominaux).',
  'calculator.discount.hint':
    'Pour la valeur actualisée : ce que valent les dépenses futures à l’année de début.',
  'calculator.mark': '{value} — {label}',

  // 3. La part du Canada
  'calculator.share.legend': '3. La part du Canada',
  'calculator.share.note':
    'Il n’existe aucun partage officiel : chaque règle présentée ici est un scénario, pas un fait.',
  'calculator.share.ruleLegend': 'Comment la part du Canada est fixée',
  'calculator.share.mark.ask': '{amount} (Trump, le {date})',
  'calculator.share.fixedUnit': 'milliards {currency}, total du Canada',
  'calculator.share.fixedCurrency': 'Devise du montant fixe',
  'calculator.share.coveredUnit': '% du programme partagé avec le Canada',
  'calculator.share.coveredHint':
    'La partie du système qui protège les deux pays et qui est partagée ; les États-Unis paient seuls le reste.',
  'calculator.share.creditMark': '{amount} pour la modernisation du NORAD (2022)',
  'calculator.share.creditHint':
    'Ce que le Canada dépense déjà pour la défense continentale, déduit de sa part (sans jamais passer sous zéro).',

  // 4. Taux de change et contexte
  'calculator.money.legend': '4. Taux de change et contexte',
  'calculator.money.cadMarkDates': '20 et 21 mai 2025',
  'calculator.money.gbpHint': 'Sert seulement aux chiffres exprimés en livres (le reportage des 18,7 G£).',
  'calculator.money.default': 'Valeur par défaut :',
  'calculator.money.context': 'Chiffres de contexte : PIB, population, budgets de la défense, superficie',
  'calculator.money.contextDefault': 'Valeur par défaut : {value} — {label}.',

  // 5. Incertitude
  'calculator.uncertainty.legend': '6. Incertitude',
  'calculator.uncertainty.note':
    'Les chiffres publiés vont de 161 G$ US à 3,6 billions $ US. Donnez une plage à l’une ou l’autre de ces valeurs : le calculateur tire des milliers de combinaisons pour montrer l’éventail des résultats et l’hypothèse qui fait le plus varier le total du Canada.',
  'calculator.input.baseCost': 'Coût de base',
  'calculator.input.costGrowthPct': 'Hausse des coûts',
  'calculator.input.inflationPct': 'Taux d’inflation',
  'calculator.input.cadPerUsd': 'Taux $ CA par $ US',
  'calculator.input.canadaSharePct': 'Part du Canada',
  'calculator.input.canadaGdpGrowthPct': 'Croissance du PIB du Canada',
  'calculator.range.baseCost': 'Plage pour le coût de base',
  'calculator.range.costGrowthPct': 'Plage pour la hausse des coûts',
  'calculator.range.inflationPct': 'Plage pour le taux d’inflation',
  'calculator.range.cadPerUsd': 'Plage pour le taux $ CA par $ US',
  'calculator.range.canadaSharePct': 'Plage pour la part du Canada',
  'calculator.range.canadaGdpGrowthPct': 'Plage pour la croissance du PIB du Canada',
  'calculator.range.needsOutlook':
    'Il faut un PIB et des budgets projetés : tels quels, le PIB du Canada ne croît pas, et sa croissance n’a rien à faire varier.',
  'calculator.range.low': '{input}, minimum',
  'calculator.range.high': '{input}, maximum',
  'calculator.range.distribution': '{input} : loi de probabilité',
  'calculator.range.basis.catalog-pair':
    'Plage suggérée : les estimations publiées basse et haute d’une même source.',
  'calculator.range.basis.rand-growth':
    'Plage suggérée : de zéro aux 46 % de RAND, la hausse moyenne des programmes terminés par rapport à leur première estimation.',
  'calculator.range.basis.market-quotes': 'Plage suggérée : les cotations du marché du 20 au 23 mai 2025.',
  'calculator.range.basis.gdp-to-nws':
    'Plage suggérée : de la part du Canada dans les deux économies (PIB) aux 40 % du Système d’alerte du Nord.',
  'calculator.range.basis.rule-of-thumb-cost':
    'Plage suggérée : une règle empirique, de 25 % de moins à 50 % de plus que le chiffre. Aucune source ne la donne.',
  'calculator.range.basis.rule-of-thumb-inflation':
    'Plage suggérée : une règle empirique, d’un point de moins à deux points de plus que le taux. Aucune source ne la donne.',
  'calculator.range.basis.rule-of-thumb-growth':
    'Plage suggérée : une règle empirique, de deux points de moins à deux points de plus que la croissance des perspectives. Aucune source ne la donne : les projections donnent une trajectoire, pas une plage.',
  'calculator.distribution.uniform': 'Uniforme : toutes les valeurs de la plage sont également probables',
  'calculator.distribution.triangular': 'Triangulaire : la valeur la plus probable est celle du scénario',
  'calculator.draws.unit': 'combinaisons simulées',
  'calculator.seed.unit': '(même germe, mêmes nombres)',
  'calculator.seed.hint':
    'La simulation est reproductible : le même germe donne les mêmes nombres ici et dans la ligne de commande.',

  // Affichage
  'calculator.view.currency': 'Afficher les montants en',
  'calculator.view.USD': 'dollars américains',
  'calculator.view.CAD': 'dollars canadiens',
  'calculator.view.dollars': 'Type de dollars',
  'calculator.view.nominal': 'Nominaux',
  'calculator.view.nominal.hint': 'tels que dépensés chaque année',
  'calculator.view.constant': 'Constants',
  'calculator.view.constant.hint': 'aux prix de l’année de référence',

  // Résultats
  'calculator.glance.label': 'Résultat en bref',
  'calculator.glance.canada': 'Canada :',
  'calculator.glance.see': 'Voir les résultats',
  'calculator.announce': 'Total du Canada : {total}, soit {pct} du programme.',
  'calculator.sentence.one':
    'Le Canada paierait {canada} en {start}, {rule} ({share} d’un programme de {program}, en {kind}) : environ {perPerson} par personne, soit {budget} du budget annuel de la défense du Canada.',
  'calculator.sentence.many':
    'Le Canada paierait {canada} sur {years} ans ({start}–{end}), {rule} ({share} d’un programme de {program}, en {kind}) : environ {perPerson} par personne, soit en moyenne, chaque année, {budget} du budget annuel actuel de la défense du Canada.',
  'calculator.sentence.oneOutlook':
    'Le Canada paierait {canada} en {start}, {rule} ({share} d’un programme de {program}, en {kind}) : environ {perPerson} par personne, soit {budget} du budget de la défense prévu du Canada pour cette année-là.',
  'calculator.sentence.manyOutlook':
    'Le Canada paierait {canada} sur {years} ans ({start}–{end}), {rule} ({share} d’un programme de {program}, en {kind}) : environ {perPerson} par personne, soit en moyenne, chaque année, {budget} du budget de la défense prévu du Canada pour l’année.',
  'calculator.kind.nominal': 'dollars de chaque année',
  'calculator.kind.constant': 'dollars de {year}',
  'calculator.cards.label': 'Sommaire',
  'calculator.cards.program': 'Total du programme',
  'calculator.cards.nominal': 'dollars nominaux',
  'calculator.cards.constant': 'dollars constants de {year}',
  'calculator.cards.canada': 'Total du Canada',
  'calculator.cards.perPerson': 'Canada, par personne',
  'calculator.cards.perPerson.detail': 'sur toute la période',
  'calculator.cards.share': 'Part effective du Canada',
  'calculator.cards.share.detail': 'de l’ensemble du programme',
  'calculator.cards.us': 'Total des États-Unis',
  'calculator.cards.us.detail': '{amount} par Américain',
  'calculator.cards.pv': 'Valeur actualisée',
  'calculator.cards.pv.detail': 'ensemble du programme en {year}, actualisé à {rate}',
  'calculator.cards.pv.detailConstant':
    'dépenses nominales de l’ensemble du programme, actualisées en {year} à {rate} (pas en dollars constants)',
  'calculator.cards.peak': 'Année de pointe du Canada',
  'calculator.cards.peak.detail': 'de son budget de la défense, en {year}',
  'calculator.cards.peak.outlook':
    'À son sommet, en {year}, le Dôme d’or absorberait {pct} du budget de la défense prévu du Canada ({gap} de l’argent neuf qu’ajoute l’engagement de l’OTAN).',
  'calculator.cards.peak.outlookNoGap':
    'À son sommet, en {year}, le Dôme d’or absorberait {pct} du budget de la défense prévu du Canada ; l’engagement de l’OTAN n’ajoute aucun argent neuf cette année-là.',
  'calculator.cards.peak.over': 'Au-dessus de {pct} du budget pour la première fois en {year}.',
  'calculator.cards.peak.never': 'Jamais au-dessus de {pct} du budget.',

  // Source
  'calculator.source.label': 'Source de l’estimation',
  'calculator.source.title': 'Source',
  'calculator.source.titleOf': 'Source : {label}',
  'calculator.source.customDollars':
    'Un montant personnalisé : « {label} », en dollars de {year}. Sa source est celle que vous indiquez.',
  'calculator.source.customPounds':
    'Un montant personnalisé : « {label} », en livres de {year}. Sa source est celle que vous indiquez.',
  'calculator.source.confidence.H': 'fiabilité élevée (H)',
  'calculator.source.confidence.M': 'fiabilité moyenne (M)',
  'calculator.source.confidenceHint':
    'H : source primaire ou plusieurs sources concordantes ; M : une seule source secondaire fiable',
  'calculator.source.scope': 'Portée :',
  'calculator.source.prices': 'Prix :',
  'calculator.source.pricesYear': 'dollars de {year}.',
  'calculator.source.pricesBasis.stated': 'Comme l’indique la source.',
  'calculator.source.pricesBasis.budget': 'Un montant budgétaire, en dollars de son exercice financier.',
  'calculator.source.pricesBasis.assumed':
    'Une hypothèse de l’application : la source ne précise pas l’année de référence des dollars.',
  'calculator.source.quoteBy': 'Propos de :',
  'calculator.source.quoteNotSource': 'Ce sont ses mots, pas ceux de la source ci-dessus.',
  'calculator.source.notes': 'Remarques :',
  'calculator.source.misprintOf': 'Une coquille ; le chiffre juste est : {label}.',
  'calculator.source.sameAs': 'Le même montant que : {label}.',

  // Éventail des résultats
  'calculator.outcomes.title': 'Éventail des résultats',
  'calculator.outcomes.none':
    'Donnez une plage à une ou plusieurs valeurs dans « 5. Incertitude » pour voir jusqu’où les résultats peuvent varier.',
  'calculator.outcomes.running': 'Simulation de {draws} tirages…',
  'calculator.outcomes.failed': 'La simulation n’a pas pu s’exécuter : {message}',
  'calculator.outcomes.crashed': 'La simulation s’est arrêtée de façon inattendue.',
  'calculator.outcomes.sentence': '{range}, d’après {draws} tirages (germe {seed}).',
  'calculator.outcomes.range':
    'Médiane du total du Canada : {median} (intervalle de 90 % : de {low} à {high})',
  'calculator.outcomes.caption': 'Centiles des totaux simulés (dollars nominaux)',
  'calculator.outcomes.total': 'Montant total',
  'calculator.outcomes.percentile': '{n}e centile',
  'calculator.outcomes.median': '50e centile (médiane)',
  'calculator.outcomes.programUsd': 'Programme ($ US)',
  'calculator.outcomes.canadaUsd': 'Canada ($ US)',
  'calculator.outcomes.canadaCad': 'Canada ($ CA)',
  'calculator.outcomes.perPersonCad': 'Canada, par personne ($ CA)',
  'calculator.outcomes.peakPctOfDefenceBudget': 'Canada, année de pointe (% du budget de défense)',
  'calculator.outcomes.peakPctOfGdp': 'Canada, année la plus lourde (% du PIB)',
  'calculator.outcomes.downloadPercentiles': 'Télécharger le CSV des centiles',
  'calculator.outcomes.downloadSensitivity': 'Télécharger le CSV de sensibilité',
  'calculator.outcomes.rate': '{value} $ CA par $ US',

  // Télécharger, ouvrir et partager
  'calculator.files.title': 'Télécharger, ouvrir et partager',
  'calculator.files.years': 'Télécharger le CSV par année',
  'calculator.files.summary': 'Télécharger le CSV sommaire',
  'calculator.files.summaryCompared': 'Télécharger le CSV sommaire ({count} scénarios comparés)',
  'calculator.files.json': 'Télécharger le scénario (JSON)',
  'calculator.files.open': 'Ouvrir un fichier de scénario…',
  'calculator.files.openLabel': 'Ouvrir un fichier de scénario',
  'calculator.files.share': 'Copier le lien de partage',
  'calculator.files.hint':
    'Le CSV par année est en dollars {dollars} ; les totaux du sommaire sont en dollars nominaux. Les en-têtes de colonnes des CSV restent en anglais, comme en ligne de commande. Vous pouvez aussi déposer un fichier de scénario JSON n’importe où sur la page.',
  'calculator.files.copied': 'Lien copié. Quiconque l’ouvre verra exactement ce scénario.',
  'calculator.files.copyManually':
    'Copiez le lien ci-dessous (ce navigateur n’a pas permis la copie automatique).',
  'calculator.files.link': 'Lien de partage',

  // Scénarios enregistrés et comparaison
  'calculator.saved.title': 'Scénarios enregistrés',
  'calculator.saved.name': 'Nom',
  'calculator.saved.save': 'Enregistrer le scénario',
  'calculator.saved.fixFirst': 'Corrigez le problème ci-dessus pour enregistrer ce scénario.',
  'calculator.saved.none':
    'Aucun scénario enregistré pour l’instant. Les scénarios enregistrés restent uniquement dans ce navigateur.',
  'calculator.saved.tick': 'Cochez de 2 à {max} scénarios pour les comparer côte à côte.',
  'calculator.saved.newName': 'Nouveau nom pour {name}',
  'calculator.saved.saveName': 'Enregistrer le nom',
  'calculator.saved.cancel': 'Annuler',
  'calculator.saved.compare': 'Comparer',
  'calculator.saved.compareName': 'Comparer {name}',
  'calculator.saved.open': 'Ouvrir',
  'calculator.saved.openName': 'Ouvrir {name}',
  'calculator.saved.rename': 'Renommer',
  'calculator.saved.renameName': 'Renommer {name}',
  'calculator.saved.duplicate': 'Dupliquer',
  'calculator.saved.duplicateName': 'Dupliquer {name}',
  'calculator.saved.delete': 'Supprimer',
  'calculator.saved.deleteName': 'Supprimer {name}',
  'calculator.saved.copyOf': '{name} (copie)',
  'calculator.compare.title': 'Comparaison de {count} scénarios',
  'calculator.compare.caption': 'Totaux en {currency} ({dollars}) ; le total du Canada est toujours en $ CA',
  'calculator.compare.scenario': 'Scénario',
  'calculator.compare.program': 'Total du programme',
  'calculator.compare.canada': 'Total du Canada ($ CA)',
  'calculator.compare.share': 'Part du Canada',
  'calculator.compare.perPerson': 'Canada, par personne ($ CA)',
  'calculator.compare.us': 'Total des États-Unis',
  'calculator.compare.sentence': '{name} :',
});
