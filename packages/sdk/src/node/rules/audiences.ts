/**
 * Audience rules for at-risk groups and myths. An audience reorders a list (`leadFor`) or adds to it (`audiences`),
 * never shortens it: the seed campaign's groups are everyone's, so a hotel's staff and a teenager both see each of
 * them. Validation reports these with the file's line; the queries rely on them.
 */

export interface RuleProblem {
  path: (string | number)[];
  message: string;
  severity: "error" | "warning";
}

interface AudienceEntry {
  audiences: readonly string[];
  leadFor?: readonly string[] | undefined;
  seed?: boolean | undefined;
}

/** `group` is `groups` (at-risk.yaml) or `myths` (myths.yaml). */
export function audienceProblems(group: string, entries: Record<string, AudienceEntry>): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const [id, entry] of Object.entries(entries)) {
    if (entry.seed && entry.audiences.length > 0) {
      problems.push({
        path: [group, id, "audiences"],
        message:
          "a seed group is shown to every audience: write audiences: [] (use leadFor to put it first for some readers)",
        severity: "error",
      });
    }
    (entry.leadFor ?? []).forEach((audience, index) => {
      if (entry.audiences.length > 0 && !entry.audiences.includes(audience)) {
        problems.push({
          path: [group, id, "leadFor", index],
          message: `leads for ${audience}, who never see it: add ${audience} to audiences, or remove it here`,
          severity: "error",
        });
      }
    });
  }
  return problems;
}

/**
 * Why traffickers target a group: a seed group is shown open with it, so English must have it; a locale that lacks a
 * why English has would show the group without one.
 */
export function whyProblems(
  seeds: readonly string[],
  english: Record<string, { why?: string | undefined }>,
  own: Record<string, { why?: string | undefined }> | undefined,
  isEnglish: boolean,
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (isEnglish) {
    for (const id of seeds) {
      if (english[id] && english[id].why === undefined) {
        problems.push({
          path: ["groups", id],
          message: 'a seed group is shown open, with why traffickers target it: add "why"',
          severity: "error",
        });
      }
    }
    return problems;
  }
  for (const [id, entry] of Object.entries(own ?? {})) {
    if (english[id]?.why !== undefined && entry.why === undefined) {
      problems.push({
        path: ["groups", id],
        // An entry is taken whole from its locale, so a half entry would show the group without why.
        message: 'missing "why": translate it, or leave the whole group out so English is shown',
        severity: "error",
      });
    }
  }
  return problems;
}
