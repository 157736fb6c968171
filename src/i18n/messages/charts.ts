/** Messages of the charts area. Keys start with "charts.". */
import { frenchSpacing } from './frenchSpacing';

export const en = {
  // Shared
  'charts.loading': 'Loading charts…',
  'charts.showTable': 'Show as table',
  'charts.showChart': 'Show as chart',
  'charts.noYears': 'No years to show.',
  'charts.nominal': '(nominal)',
  'charts.constant': '(constant dollars)',
  'charts.constantYear': '(constant {year} dollars)',
  'charts.billionsUnit': '{currency} billions',
  'charts.canada': 'Canada',
  'charts.us': 'United States',
  'charts.total': 'Total',
  'charts.year': 'Year',
  'charts.tip': '{label}: {value}',
  'charts.listSeparator': ', ',

  // (1) Yearly cost
  'charts.yearly.title': 'Yearly cost, {unit}',
  'charts.yearly.summary':
    'Stacked bars by year, {span}: Canada pays {canada} and the United States {us} of {total}; the costliest year is {year} at {peak}.',
  'charts.yearly.caption': 'Yearly cost by payer, {unit}',

  // (2) Cumulative
  'charts.cumulative.title': 'Canada’s cumulative cost, {unit}',
  'charts.cumulative.summary': 'Canada’s running total over {span} reaches {total} by {year}.',
  'charts.cumulative.caption': 'Canada’s cost each year and running total, {unit}',
  'charts.cumulative.thatYear': 'Canada that year',
  'charts.cumulative.running': 'Running total',
  'charts.cumulative.series': 'Canada, running total',

  // (3) Defence budget
  'charts.budget.title': 'Canada’s defence budget with its Golden Dome cost on top, {unit}',
  'charts.budget.summary':
    'Bars by year, {span}: Canada’s defence budget of {budget} a year (2025-26, held constant) with its Golden Dome cost on top, against dashed lines at NATO’s {lines} of GDP. The cost peaks at {pct} of the budget in {year}.',
  'charts.budget.summaryOutlook':
    'Bars by year, {span}: Canada’s planned defence budget, from {first} in {firstYear} to {last} in {lastYear}, with its Golden Dome cost on top, against dashed lines at NATO’s {lines} of each year’s GDP. The cost peaks at {pct} of the budget in {year}.',
  'charts.budget.caption':
    'Canada’s defence budget ({budget}, 2025-26, held constant) and its Golden Dome cost, {unit}, with the NATO targets as shares of GDP',
  'charts.budget.captionOutlook':
    'Canada’s planned defence budget each year and its Golden Dome cost, {unit}, with the NATO targets as shares of each year’s GDP',
  'charts.budget.column': '% of defence budget',
  'charts.budget.budgetColumn': 'Defence budget',
  'charts.budget.plannedColumn': 'Planned defence budget',
  'charts.budget.costColumn': 'Canada’s Golden Dome cost',
  'charts.budget.gapColumn': '% of the pledge’s new money',
  'charts.budget.natoColumn': '{line} of GDP',
  'charts.budget.noGap': 'none',
  'charts.budget.tip': '{pct} of Canada’s defence budget',
  'charts.budget.gapTip': '{pct} of the new money the NATO pledge adds',
  'charts.budget.noGapTip': 'the NATO pledge adds no new money this year',
  'charts.budget.legendNato': 'NATO targets ({lines} of GDP)',
  'charts.budget.series': 'Canada, % of defence budget',

  // (4) GDP
  'charts.gdp.title': 'Canada’s defence spending, % of GDP, with and without Golden Dome {dollars}',
  'charts.gdp.summary':
    'Stacked bars by year, {span}: defence spending is {without} of GDP without Golden Dome and up to {with} with it ({year}), against NATO lines at {lines}.',
  'charts.gdp.caption':
    'Canada’s defence spending as a percentage of GDP ({gdp}), without and with its Golden Dome share; NATO targets: {lines}',
  'charts.gdp.captionOutlook':
    'Canada’s planned defence spending as a percentage of each year’s GDP, without and with its Golden Dome share; NATO targets: {lines}',
  'charts.gdp.without': 'Without Golden Dome',
  'charts.gdp.share': 'Golden Dome share',
  'charts.gdp.with': 'With Golden Dome',
  'charts.gdp.tipTitle': '{year}, % of GDP',
  'charts.gdp.note':
    'Canada’s 2025-26 defence budget, held constant, over its GDP; the Golden Dome share is stacked on top.',
  'charts.gdp.noteOutlook':
    'Canada’s planned defence budget each year over that year’s GDP; the Golden Dome share is stacked on top.',
  'charts.gdp.legendBudget': 'Defence budget without Golden Dome',
  'charts.gdp.legendNato': 'NATO targets ({lines})',
  'charts.gdp.nato': 'NATO {pct}',

  // Published estimates
  'charts.estimates.title': 'Published estimates compared, US$ billions',
  'charts.estimates.rates': 'C${cad} per US$ and US${usd} per £',
  'charts.estimates.logScale': 'Logarithmic scale',
  'charts.estimates.logNote': 'Logarithmic scale: each gridline is 10 times the one before.',
  'charts.estimates.summary':
    'Horizontal bars for {count} figures, converted to US dollars at {rates}, from {min} to {max}; low–high pairs are drawn as one bar from low to high.',
  'charts.estimates.highlighted': 'Highlighted: {labels}.',
  'charts.estimates.noneSelected': 'No estimate selected.',
  'charts.estimates.caption': 'Published Golden Dome cost estimates in US$ billions, converted at {rates}',
  'charts.estimates.estimate': 'Estimate',
  'charts.estimates.group': 'Group',
  'charts.estimates.usdBillions': 'US$ billions',
  'charts.estimates.published': 'As published',
  'charts.estimates.notes': 'Notes',
  'charts.estimates.tip': 'US${value} billion (published as {published})',
  'charts.estimates.ratesNote': 'At {rates}.',
  'charts.estimates.yourAmountSelected': 'Your amount (selected)',
  'charts.estimates.selected': 'Selected',
  'charts.estimates.range': 'Range: low to high',
  'charts.estimates.ask': 'Canada ask: Canada’s share, not a program cost',
  'charts.estimates.restates': 'Restates {label} ({reason})',
  'charts.estimates.reason.currency': 'currency conversion',
  'charts.estimates.reason.misprint': 'misprint',
  'charts.estimates.tag.yourAmount': 'your amount',
  'charts.estimates.tag.ask': 'Canada ask',
  'charts.estimates.tag.currency': 'currency restatement',
  'charts.estimates.tag.misprint': 'misprint',
  'charts.estimates.legend.published': 'Published figure (a range is one bar from low to high)',
  'charts.estimates.legend.restates': 'Restates another figure (conversion or misprint)',
  'charts.estimates.legend.ask': 'Canada ask (Canada’s share, not a program cost)',
  'charts.estimates.legend.selected': '▶ Selected',
  'charts.estimates.rangeLabel': '{low} to {high}',
  'charts.group.custom': 'Your amount',
  'charts.group.initial': 'Initial funding',
  'charts.group.whole-system': 'Whole system',
  'charts.group.twenty-year': '20-year estimates',
  'charts.group.canada-ask': 'Canada asks',

  // Scenarios compared
  'charts.compare.title': 'Scenarios compared: Canada and US totals, {unit}',
  'charts.compare.summary': 'Stacked bars for {count} scenarios.',
  'charts.compare.item': '{name}: Canada {canada}, United States {us}.',
  'charts.compare.caption': 'Total cost by scenario and payer, {unit}',
  'charts.compare.scenario': 'Scenario',
  'charts.compare.row': '{name}: Canada {canada}, United States {us}',
  'charts.compare.inYear': '{name} ({year} dollars)',
  'charts.compare.mixedYears': '(constant dollars, each scenario in its own dollar-year: not on one footing)',

  // Fan chart
  'charts.fan.title': 'Canada’s yearly cost, range of outcomes, {unit}',
  'charts.fan.note':
    '{draws} simulated draws; the line is the median, the dark band holds the middle 50% of outcomes, the light band 90%.',
  'charts.fan.summary':
    'Fan chart by year, {span}, from {draws} simulated draws: Canada’s median yearly cost peaks at {peak} in {year}, when the middle 50% of outcomes run from {middle} and 90% from {outer}; the range is widest in {wideYear}, {wide}.',
  'charts.fan.caption': 'Canada’s yearly cost, percentiles of {draws} simulated draws, {unit}',
  'charts.fan.percentile': '{n}th percentile',
  'charts.fan.median': 'Median',
  'charts.fan.middle': 'Middle 50%',
  'charts.fan.outer': '90% of outcomes',
  'charts.fan.legend.median': 'Median (half the outcomes are above, half below)',
  'charts.fan.legend.middle': 'Middle 50% of outcomes (dark band, solid edges)',
  'charts.fan.legend.outer': '90% of outcomes (light band, dashed edges)',
  'charts.fan.series.middle': 'Middle 50% of outcomes',

  // Tornado chart
  'charts.tornado.title': 'Which assumption matters most: Canada’s total, {unit}',
  'charts.tornado.base': 'a most likely total of {total}',
  'charts.tornado.input': 'input',
  'charts.tornado.inputs': 'inputs',
  'charts.tornado.summary':
    'Horizontal bars for {count} {inputs}, each moved from its low to its high value with the others at their most likely values, around {base}. {top} matters most: from {low} to {high} it moves Canada’s total from {atLow} to {atHigh}, a swing of {swing}',
  'charts.tornado.least': '; {least} matters least, a swing of {swing}.',
  'charts.tornado.none': 'No ranged inputs to show.',
  'charts.tornado.caption':
    'Canada’s total with one input at its low and then its high value, the others at their most likely values ({base}), {unit}',
  'charts.tornado.column.input': 'Input',
  'charts.tornado.column.low': 'Low value',
  'charts.tornado.column.atLow': 'Canada’s total at low',
  'charts.tornado.column.high': 'High value',
  'charts.tornado.column.atHigh': 'Canada’s total at high',
  'charts.tornado.column.swing': 'Swing',
  'charts.tornado.tip.at': 'At {value}: Canada’s total {total}',
  'charts.tornado.tip.swing': 'Swing: {value}',
  'charts.tornado.mostLikely': 'Most likely total: {value}',
  'charts.tornado.row': '{input}: {low} → {high}; Canada’s total {atLow} → {atHigh}',
  'charts.tornado.note':
    'Each input moves from its low to its high value while the others stay at their most likely values.',
  'charts.tornado.lower': 'Lower than the most likely total',
  'charts.tornado.higher': 'Higher than the most likely total',
  'charts.tornado.series': 'Canada’s total',
} as const;

export const fr = frenchSpacing<Record<keyof typeof en, string>>({
  // Commun
  'charts.loading': 'Chargement des graphiques…',
  'charts.showTable': 'Afficher sous forme de tableau',
  'charts.showChart': 'Afficher sous forme de graphique',
  'charts.noYears': 'Aucune année à afficher.',
  'charts.nominal': '(dollars nominaux)',
  'charts.constant': '(dollars constants)',
  'charts.constantYear': '(dollars constants de {year})',
  'charts.billionsUnit': 'en milliards {currency}',
  'charts.canada': 'Canada',
  'charts.us': 'États-Unis',
  'charts.total': 'Total',
  'charts.year': 'Année',
  'charts.tip': '{label} : {value}',
  'charts.listSeparator': ' ; ',

  // (1) Coût annuel
  'charts.yearly.title': 'Coût annuel, {unit}',
  'charts.yearly.summary':
    'Barres empilées par année, {span} : le Canada paie {canada} et les États-Unis {us} sur un total de {total} ; l’année la plus coûteuse est {year}, avec {peak}.',
  'charts.yearly.caption': 'Coût annuel par payeur, {unit}',

  // (2) Cumulatif
  'charts.cumulative.title': 'Coût cumulatif du Canada, {unit}',
  'charts.cumulative.summary': 'Le total cumulé du Canada sur {span} atteint {total} en {year}.',
  'charts.cumulative.caption': 'Coût annuel et total cumulé du Canada, {unit}',
  'charts.cumulative.thatYear': 'Canada, cette année-là',
  'charts.cumulative.running': 'Total cumulé',
  'charts.cumulative.series': 'Canada, total cumulé',

  // (3) Budget de la défense
  'charts.budget.title': 'Budget de la défense du Canada, avec le coût du Dôme d’or par-dessus, {unit}',
  'charts.budget.summary':
    'Barres par année, {span} : le budget de la défense du Canada de {budget} par an (2025-2026, maintenu constant), avec le coût du Dôme d’or par-dessus, par rapport aux lignes pointillées des cibles de l’OTAN de {lines} du PIB. Le coût culmine à {pct} du budget en {year}.',
  'charts.budget.summaryOutlook':
    'Barres par année, {span} : le budget de la défense prévu du Canada, de {first} en {firstYear} à {last} en {lastYear}, avec le coût du Dôme d’or par-dessus, par rapport aux lignes pointillées des cibles de l’OTAN de {lines} du PIB de chaque année. Le coût culmine à {pct} du budget en {year}.',
  'charts.budget.caption':
    'Budget de la défense du Canada ({budget}, 2025-2026, maintenu constant) et coût du Dôme d’or pour le Canada, {unit}, avec les cibles de l’OTAN en parts du PIB',
  'charts.budget.captionOutlook':
    'Budget de la défense prévu du Canada chaque année et coût du Dôme d’or pour le Canada, {unit}, avec les cibles de l’OTAN en parts du PIB de chaque année',
  'charts.budget.column': '% du budget de la défense',
  'charts.budget.budgetColumn': 'Budget de la défense',
  'charts.budget.plannedColumn': 'Budget de la défense prévu',
  'charts.budget.costColumn': 'Coût du Dôme d’or pour le Canada',
  'charts.budget.gapColumn': '% de l’argent neuf de l’engagement',
  'charts.budget.natoColumn': '{line} du PIB',
  'charts.budget.noGap': 'aucun',
  'charts.budget.tip': '{pct} du budget de la défense du Canada',
  'charts.budget.gapTip': '{pct} de l’argent neuf qu’ajoute l’engagement de l’OTAN',
  'charts.budget.noGapTip': 'l’engagement de l’OTAN n’ajoute aucun argent neuf cette année',
  'charts.budget.legendNato': 'Cibles de l’OTAN ({lines} du PIB)',
  'charts.budget.series': 'Canada, % du budget de la défense',

  // (4) PIB
  'charts.gdp.title': 'Dépenses de défense du Canada, en % du PIB, avec et sans le Dôme d’or {dollars}',
  'charts.gdp.summary':
    'Barres empilées par année, {span} : les dépenses de défense représentent {without} du PIB sans le Dôme d’or et jusqu’à {with} avec lui ({year}), par rapport aux cibles de l’OTAN de {lines}.',
  'charts.gdp.caption':
    'Dépenses de défense du Canada en pourcentage du PIB ({gdp}), sans et avec sa part du Dôme d’or ; cibles de l’OTAN : {lines}',
  'charts.gdp.captionOutlook':
    'Dépenses de défense prévues du Canada en pourcentage du PIB de chaque année, sans et avec sa part du Dôme d’or ; cibles de l’OTAN : {lines}',
  'charts.gdp.without': 'Sans le Dôme d’or',
  'charts.gdp.share': 'Part du Dôme d’or',
  'charts.gdp.with': 'Avec le Dôme d’or',
  'charts.gdp.tipTitle': '{year}, en % du PIB',
  'charts.gdp.note':
    'Budget de la défense 2025-2026 du Canada, maintenu constant, rapporté à son PIB ; la part du Dôme d’or est empilée par-dessus.',
  'charts.gdp.noteOutlook':
    'Budget de la défense prévu du Canada chaque année, rapporté au PIB de la même année ; la part du Dôme d’or est empilée par-dessus.',
  'charts.gdp.legendBudget': 'Budget de la défense sans le Dôme d’or',
  'charts.gdp.legendNato': 'Cibles de l’OTAN ({lines})',
  'charts.gdp.nato': 'OTAN {pct}',

  // Estimations publiées
  'charts.estimates.title': 'Estimations publiées comparées, en milliards $ US',
  'charts.estimates.rates': '{cad} $ CA par dollar américain et {usd} $ US par livre',
  'charts.estimates.logScale': 'Échelle logarithmique',
  'charts.estimates.logNote': 'Échelle logarithmique : chaque ligne vaut 10 fois la précédente.',
  'charts.estimates.summary':
    'Barres horizontales pour {count} chiffres, convertis en dollars américains à {rates}, de {min} à {max} ; chaque paire bas–haut est tracée comme une seule barre, du bas vers le haut.',
  'charts.estimates.highlighted': 'En surbrillance : {labels}.',
  'charts.estimates.noneSelected': 'Aucune estimation sélectionnée.',
  'charts.estimates.caption':
    'Estimations publiées du coût du Dôme d’or, en milliards $ US, converties à {rates}',
  'charts.estimates.estimate': 'Estimation',
  'charts.estimates.group': 'Groupe',
  'charts.estimates.usdBillions': 'Milliards $ US',
  'charts.estimates.published': 'Tel que publié',
  'charts.estimates.notes': 'Remarques',
  'charts.estimates.tip': '{value} G$ US (publié sous la forme {published})',
  'charts.estimates.ratesNote': 'À {rates}.',
  'charts.estimates.yourAmountSelected': 'Votre montant (sélectionné)',
  'charts.estimates.selected': 'Sélectionnée',
  'charts.estimates.range': 'Plage : du bas vers le haut',
  'charts.estimates.ask': 'Demande au Canada : la part du Canada, pas un coût de programme',
  'charts.estimates.restates': 'Reprend {label} ({reason})',
  'charts.estimates.reason.currency': 'conversion de devise',
  'charts.estimates.reason.misprint': 'coquille',
  'charts.estimates.tag.yourAmount': 'votre montant',
  'charts.estimates.tag.ask': 'demande au Canada',
  'charts.estimates.tag.currency': 'conversion de devise',
  'charts.estimates.tag.misprint': 'coquille',
  'charts.estimates.legend.published': 'Chiffre publié (une plage est une seule barre, du bas vers le haut)',
  'charts.estimates.legend.restates': 'Reprend un autre chiffre (conversion ou coquille)',
  'charts.estimates.legend.ask': 'Demande au Canada (la part du Canada, pas un coût de programme)',
  'charts.estimates.legend.selected': '▶ Sélectionnée',
  'charts.estimates.rangeLabel': '{low} à {high}',
  'charts.group.custom': 'Votre montant',
  'charts.group.initial': 'Financement initial',
  'charts.group.whole-system': 'Système complet',
  'charts.group.twenty-year': 'Estimations sur 20 ans',
  'charts.group.canada-ask': 'Demandes au Canada',

  // Scénarios comparés
  'charts.compare.title': 'Scénarios comparés : totaux du Canada et des États-Unis, {unit}',
  'charts.compare.summary': 'Barres empilées pour {count} scénarios.',
  'charts.compare.item': '{name} : Canada {canada}, États-Unis {us}.',
  'charts.compare.caption': 'Coût total par scénario et par payeur, {unit}',
  'charts.compare.scenario': 'Scénario',
  'charts.compare.row': '{name} : Canada {canada}, États-Unis {us}',
  'charts.compare.inYear': '{name} (dollars de {year})',
  'charts.compare.mixedYears':
    '(dollars constants, chaque scénario dans les dollars de sa propre année : pas sur le même pied)',

  // Graphique en éventail
  'charts.fan.title': 'Coût annuel du Canada, éventail des résultats, {unit}',
  'charts.fan.note':
    '{draws} tirages simulés ; la ligne est la médiane, la bande foncée contient les 50 % centraux des résultats, la bande pâle 90 %.',
  'charts.fan.summary':
    'Graphique en éventail par année, {span}, d’après {draws} tirages simulés : le coût annuel médian du Canada culmine à {peak} en {year}, alors que les 50 % centraux des résultats se situent dans la fourchette {middle} et 90 % dans la fourchette {outer} ; l’éventail est le plus large en {wideYear} ({wide}).',
  'charts.fan.caption': 'Coût annuel du Canada, centiles de {draws} tirages simulés, {unit}',
  'charts.fan.percentile': '{n}e centile',
  'charts.fan.median': 'Médiane',
  'charts.fan.middle': '50 % centraux',
  'charts.fan.outer': '90 % des résultats',
  'charts.fan.legend.median': 'Médiane (la moitié des résultats sont au-dessus, l’autre moitié au-dessous)',
  'charts.fan.legend.middle': '50 % centraux des résultats (bande foncée, bords pleins)',
  'charts.fan.legend.outer': '90 % des résultats (bande pâle, bords en tirets)',
  'charts.fan.series.middle': '50 % centraux des résultats',

  // Graphique en tornade
  'charts.tornado.title': 'Quelle hypothèse compte le plus : total du Canada, {unit}',
  'charts.tornado.base': 'un total le plus probable de {total}',
  'charts.tornado.input': 'hypothèse',
  'charts.tornado.inputs': 'hypothèses',
  'charts.tornado.summary':
    'Barres horizontales pour {count} {inputs}, chacune passant de sa valeur basse à sa valeur haute pendant que les autres restent à leur valeur la plus probable, autour d’{base}. {top} compte le plus : de {low} à {high}, le total du Canada passe de {atLow} à {atHigh}, un écart de {swing}',
  'charts.tornado.least': ' ; {least} compte le moins, avec un écart de {swing}.',
  'charts.tornado.none': 'Aucune hypothèse avec une plage à afficher.',
  'charts.tornado.caption':
    'Total du Canada avec une hypothèse à sa valeur basse puis à sa valeur haute, les autres à leur valeur la plus probable ({base}), {unit}',
  'charts.tornado.column.input': 'Hypothèse',
  'charts.tornado.column.low': 'Valeur basse',
  'charts.tornado.column.atLow': 'Total du Canada (valeur basse)',
  'charts.tornado.column.high': 'Valeur haute',
  'charts.tornado.column.atHigh': 'Total du Canada (valeur haute)',
  'charts.tornado.column.swing': 'Écart',
  'charts.tornado.tip.at': 'À {value} : total du Canada de {total}',
  'charts.tornado.tip.swing': 'Écart : {value}',
  'charts.tornado.mostLikely': 'Total le plus probable : {value}',
  'charts.tornado.row': '{input} : {low} → {high} ; total du Canada {atLow} → {atHigh}',
  'charts.tornado.note':
    'Chaque hypothèse passe de sa valeur basse à sa valeur haute pendant que les autres restent à leur valeur la plus probable.',
  'charts.tornado.lower': 'Inférieur au total le plus probable',
  'charts.tornado.higher': 'Supérieur au total le plus probable',
  'charts.tornado.series': 'Total du Canada',
});
