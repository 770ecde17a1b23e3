/**
 * The weekly digest's ports on Google (shared/usecases/reminder-ports.ts): the user's time triggers
 * (ScriptApp, scope script.scriptapp; 20 triggers per user per script), MailApp (scope
 * script.send_mail; its daily recipients quota) and the user's properties; and the toast of onOpen.
 */
import type { ReminderPorts } from '../shared/usecases/reminder-ports';
import { refusal } from '../shared/i18n/refusal';
import { readCalendar } from '../shared/calendar/read';
import { toastText } from '../shared/calendar/reminders';
import { catalogue } from '../shared/i18n/catalogue';
import { dateInTimeZone, type IsoDate } from '../shared/values/dates';
import { SpreadsheetWorkbook } from './workbook';

export function googleReminders(): ReminderPorts {
  const mine = (handler: string) => ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === handler);
  return {
    triggers: {
      has: (handler) => mine(handler).length > 0,
      createWeekly: (handler) => {
        try {
          ScriptApp.newTrigger(handler).timeBased().onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(7).create();
        } catch (e) {
          // Google's limit: 20 triggers per user per script.
          if (/too many triggers/i.test(e instanceof Error ? e.message : String(e))) throw refusal('digestTooManyTriggers');
          throw e;
        }
      },
      remove: (handler) => {
        const found = mine(handler);
        for (const t of found) ScriptApp.deleteTrigger(t);
        return found.length;
      },
    },
    mail: {
      remainingQuota: () => MailApp.getRemainingDailyQuota(),
      send: (to, subject, body) => MailApp.sendEmail({ to: to.join(','), subject, body, name: 'Citego' }),
    },
    user: {
      get: (key) => PropertiesService.getUserProperties().getProperty(key),
      set: (key, value) => {
        PropertiesService.getUserProperties().setProperty(key, value);
      },
    },
  };
}

/**
 * When the spreadsheet opens: a toast saying what is due this week and what is late. A simple
 * trigger: no scope beyond the bound spreadsheet, nothing but the sheets the calendar reads; before
 * authorisation (authMode NONE) it does nothing, and whatever fails, the menu is already there.
 */
export function weekToast(e: unknown): void {
  const mode = typeof e === 'object' && e !== null ? String((e as { authMode?: unknown }).authMode ?? '') : '';
  if (mode === 'NONE') return;
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const wb = new SpreadsheetWorkbook(ss);
    const today = dateInTimeZone(new Date(), wb.timeZone) as IsoDate;
    const { book, items } = readCalendar(wb, today);
    const lang = book.settings.language;
    const text = toastText(items, today, lang);
    if (text) ss.toast(text, catalogue(lang).memory.toastTitle, 10);
  } catch {
    // A toast is a courtesy: an unreadable sheet or a missing right must not break the opening.
  }
}
