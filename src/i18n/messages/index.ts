/**
 * The message catalogs, one file per area of the app (each exports `en` and `fr`; an area's `fr`
 * must have exactly its `en` keys, or the type-check fails). Keys are prefixed by area.
 */
import type { Lang } from '../lang';
import * as app from './app';
import * as calculator from './calculator';
import * as charts from './charts';
import * as context from './context';
import * as exercises from './exercises';
import * as explain from './explain';
import * as notices from './notices';
import * as shareRules from './shareRules';
import * as why from './why';
// Typed-number messages (issue 9): a separate area, so other areas' additions merge cleanly.
import * as typed from './typed';
// Chart downloads and the printed report: their own area, for the same reason.
import * as exportArea from './export';
// A real class (issue: students apart from the key, shared computers, class results).
import * as klass from './class';
// Embedded charts and their embed codes.
import * as embed from './embed';
// The single HTML file and the app that works offline.
import * as offline from './offline';
// Teaching material (teacher guide, projector mode, printed link and page numbers).
import * as teaching from './teaching';
// The answer key's worked arithmetic from the inputs.
import * as chain from './chain';
// GDP and defence budgets year by year (issue 14).
import * as outlook from './outlook';
// The figures of one year of the outlook in an answer's formula and its working (issue 14).
import * as yearFigures from './yearFigures';

const en = {
  ...app.en,
  ...calculator.en,
  ...charts.en,
  ...why.en,
  ...exercises.en,
  ...notices.en,
  ...explain.en,
  ...typed.en,
  ...exportArea.en,
  ...klass.en,
  ...shareRules.en,
  ...context.en,
  ...embed.en,
  ...offline.en,
  ...teaching.en,
  ...chain.en,
  ...outlook.en,
  ...yearFigures.en,
};

export type MessageKey = keyof typeof en;
export type Messages = Readonly<Record<MessageKey, string>>;

const fr: Messages = {
  ...app.fr,
  ...calculator.fr,
  ...charts.fr,
  ...why.fr,
  ...exercises.fr,
  ...notices.fr,
  ...explain.fr,
  ...typed.fr,
  ...exportArea.fr,
  ...klass.fr,
  ...shareRules.fr,
  ...context.fr,
  ...embed.fr,
  ...offline.fr,
  ...teaching.fr,
  ...chain.fr,
  ...outlook.fr,
  ...yearFigures.fr,
};

export const MESSAGES: Record<Lang, Messages> = { en, fr };
