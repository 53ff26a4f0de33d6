/**
 * Rules that keep a translation saying what the English says where a slip could hurt someone: the exception to
 * confidentiality (call 911), interpreters that exist only on the phone, signs as a reason to call the hotline (not to
 * act alone), "can" where the source says "can", and not confronting the victim either. Each rule is the mistake an
 * earlier draft made (the Arabic draft made all five), written so that the same mistake cannot come back.
 *
 * The rules read words, so they hold only for languages with a word list below; a language without one is checked by
 * its reviewer alone, and the content report says so.
 */
import type { IssuePath } from "../issues.js";

interface Words {
  victim: RegExp;
  hotline: RegExp;
  phone: RegExp;
  interpreter: RegExp;
  /** Frequency words the sources do not support ("often" for "can"). */
  often: RegExp;
  /** A promise to keep what someone confides secret, which the 911 exception forbids. */
  secrecy: RegExp;
  /** "A reason to act" instead of "a reason to call the hotline". */
  act: RegExp;
}

/** Word lists by language. Patterns are loose on purpose: they look for the idea, in any grammatical form. */
export const MEANING_WORDS: Readonly<Record<string, Words>> = {
  en: {
    victim: /\bvictim/gi,
    hotline: /hotline/i,
    phone: /phone/i,
    interpreter: /interpret/i,
    often: /\b(?:often|usually|mostly)\b/i,
    secrecy: /\bkeep (?:it|this|that|what they (?:tell|told) you) (?:a )?secret\b/i,
    act: /\breason to act\b/i,
  },
  fr: {
    victim: /victime/gi,
    hotline: /ligne d'urgence canadienne|ligne d’urgence canadienne/i,
    phone: /téléphon/i,
    interpreter: /interpr[eè]t/i,
    often: /\b(?:souvent|généralement|habituellement)\b/i,
    secrecy: /\bgardez[^.:;]*\bsecret\b/i,
    act: /raison d['’]agir/i,
  },
  ar: {
    victim: /ضحي/g,
    hotline: /الخط الساخن/,
    phone: /هاتف/,
    interpreter: /مترجم/,
    // «في الغالب», «غالبًا», «عادةً»: frequency the sources do not state.
    often: /غالب|عادة/,
    // «احفظ/احتفظ/اكتم … سرًّا»: keep it secret. «لا تَعِد بكتمان سرٍّ» (do not promise a secret) is what the English says.
    secrecy: /(?:احفظ|احتفظ|اكتم)[^.:؛]*سر/,
    act: /للتحر/,
  },
};

export interface MeaningText {
  /** `steps.if-they-confide.text`, `ui.warningSigns.intro`, `contacts.ca-human-trafficking-hotline.channels.phone`. */
  key: string;
  text: string;
}

interface Rule {
  applies(key: string): boolean;
  /** What is wrong and how to fix it, or nothing; `english` is the English text of the same key. */
  check(text: string, words: Words, english: string): string | undefined;
}

const RULES: Rule[] = [
  {
    applies: (key) => key === "steps.if-they-confide.text",
    check: (text, words) =>
      words.secrecy.test(text)
        ? "promises to keep what the person confides secret: say to keep it private unless someone is in immediate danger (then call 911), and not to promise a secret you cannot keep"
        : text.includes("911")
          ? undefined
          : "drops the exception: keep it private unless someone is in immediate danger, then call 911 (write 911 as digits)",
  },
  {
    // The hotline's interpreters are on the phone only; its chat is English and French. A channel's own note is
    // checked against that channel by the claims rule (load.ts); these texts speak of the hotline as a whole.
    applies: (key) =>
      key === "ui.reportButton.hotlineDetails" ||
      key === "ui.fallback.hotline" ||
      key === "contacts.ca-human-trafficking-hotline.use",
    check: (text, words) =>
      words.interpreter.test(text) && !words.phone.test(text)
        ? 'speaks of interpreters without saying "by phone": interpreters are on the phone only (the chat is English and French)'
        : undefined,
  },
  {
    applies: (key) => key === "ui.warningSigns.intro",
    check: (text, words) =>
      words.act.test(text) || !words.hotline.test(text)
        ? "several signs are a reason to call the hotline, not to act: name the Canadian Human Trafficking Hotline"
        : undefined,
  },
  {
    applies: (key) => key === "steps.leaving-takes-time.text",
    check: (text, words) =>
      words.often.test(text)
        ? 'says "often" (or "usually"): the source says leaving "can" take several attempts'
        : undefined,
  },
  {
    applies: (key) => key === "steps.do-not-confront.text",
    // As many victims as the English names: whom not to confront, and who is put in danger.
    check: (text, words, english) =>
      (text.match(words.victim)?.length ?? 0) < (english.match(MEANING_WORDS.en?.victim ?? /$^/)?.length ?? 0)
        ? 'drops "or the person you think is a victim": confronting either can put them in danger (name the victim as someone not to confront, and as someone put in danger)'
        : undefined,
  },
];

/** The mistakes in `texts` of language `code`, with the path of each; none for a language without a word list. */
export function meaningProblems(
  code: string,
  texts: readonly MeaningText[],
  english: ReadonlyMap<string, string>,
): { path: IssuePath; message: string }[] {
  const words = MEANING_WORDS[code];
  if (!words) return [];
  const found: { path: IssuePath; message: string }[] = [];
  for (const { key, text } of texts) {
    for (const rule of RULES) {
      if (!rule.applies(key)) continue;
      // Global patterns keep their position between calls: start each test afresh.
      for (const pattern of Object.values(words)) pattern.lastIndex = 0;
      const message = rule.check(text, words, english.get(key) ?? "");
      if (message) found.push({ path: key.split("."), message });
    }
  }
  return found;
}
