import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { formatProblem, loadContent } from "../src/node/load.js";
import { CONTENT_ROOT, problems } from "./real-content.js";

/** A copy of the project's content/ with `from` replaced by `to` in `file`. */
function withEdit(file: string, from: string, to: string): string[] {
  const root = join(mkdtempSync(join(tmpdir(), "lantern-meaning-")), "content");
  cpSync(CONTENT_ROOT, root, { recursive: true });
  const path = join(root, file);
  const text = readFileSync(path, "utf8");
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  writeFileSync(path, text.replace(from, to));
  return loadContent(root)
    .problems.filter((problem) => problem.severity === "error")
    .map(formatProblem);
}

describe("content checks refuse the Arabic draft's old mistakes", () => {
  test("the project's content passes them", () => {
    expect(problems.filter((problem) => problem.severity === "error")).toEqual([]);
  });

  test("a promise of secrecy without the 911 exception", () => {
    expect(
      withEdit(
        "locales/ar/steps.yaml",
        "حافظ على خصوصية ما يخبرك به، إلا إذا كان أحد في خطر مباشر: عندها اتصل بالرقم 911. لا تَعِد بكتمان سرٍّ لا تستطيع كتمانه.",
        "واحفظ ما يخبرك به سرًّا.",
      ),
    ).toEqual([
      "content/locales/ar/steps.yaml:15 steps.if-they-confide.text: promises to keep what the person confides secret: say to keep it private unless someone is in immediate danger (then call 911), and not to promise a secret you cannot keep",
    ]);
  });

  test("the 911 exception dropped, in English too", () => {
    expect(
      withEdit("locales/en/steps.yaml", " unless someone is in immediate danger: then call 911.", "."),
    ).toContainEqual(
      "content/locales/en/steps.yaml:15 steps.if-they-confide.text: drops the exception: keep it private unless someone is in immediate danger, then call 911 (write 911 as digits)",
    );
  });

  test('interpreters without "by phone"', () => {
    expect(
      withEdit(
        "locales/ar/ui.yaml",
        "عبر الهاتف، يتوفر مترجمون لأكثر من 200 لغة.",
        "يوفّر مترجمين بأكثر من 200 لغة.",
      ),
    ).toEqual([
      'content/locales/ar/ui.yaml:36 ui.reportButton.hotlineDetails: speaks of interpreters without saying "by phone": interpreters are on the phone only (the chat is English and French)',
    ]);
  });

  test('signs as a reason "to act" instead of to call the hotline', () => {
    expect(
      withEdit(
        "locales/ar/ui.yaml",
        "سبب للاتصال بالخط الساخن الكندي لمكافحة الاتجار بالبشر.",
        "سبب كافٍ للتحرّك.",
      ),
    ).toEqual([
      "content/locales/ar/ui.yaml:27 ui.warningSigns.intro: several signs are a reason to call the hotline, not to act: name the Canadian Human Trafficking Hotline",
    ]);
  });

  test('"often" where the source says "can"', () => {
    expect(
      withEdit(
        "locales/ar/steps.yaml",
        "قد يتطلّب الخروج من حالة الاتجار عدة محاولات.",
        "الخروج من حالة الاتجار يتطلّب في الغالب عدة محاولات.",
      ),
    ).toEqual([
      'content/locales/ar/steps.yaml:17 steps.leaving-takes-time.text: says "often" (or "usually"): the source says leaving "can" take several attempts',
    ]);
    expect(withEdit("locales/fr/steps.yaml", "peut demander", "demande souvent")).toContainEqual(
      'content/locales/fr/steps.yaml:17 steps.leaving-takes-time.text: says "often" (or "usually"): the source says leaving "can" take several attempts',
    );
  });

  test('"do not confront" without "or the person you think is a victim"', () => {
    expect(
      withEdit(
        "locales/ar/steps.yaml",
        "لا تواجه الشخص الذي تشك في أنه يمارس الاتجار بالبشر، ولا الشخص الذي تظن أنه ضحية.",
        "لا تواجه الشخص الذي تشك فيه،",
      ),
    ).toEqual([
      'content/locales/ar/steps.yaml:3 steps.do-not-confront.text: drops "or the person you think is a victim": confronting either can put them in danger (name the victim as someone not to confront, and as someone put in danger)',
    ]);
  });
});
