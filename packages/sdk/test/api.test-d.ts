import { describe, expectTypeOf, it } from "vitest";
import {
  type Contact,
  type ContentBundle,
  contacts,
  type Sign,
  signs,
  text,
  type UiKey,
} from "../src/index.js";
import { parsePartnerContacts } from "../src/overrides.js";

declare const bundle: ContentBundle;

describe("public types", () => {
  it("types UI keys from the English content", () => {
    expectTypeOf<"reportButton.label">().toExtend<UiKey>();
    expectTypeOf(text(bundle, "common.close")).toEqualTypeOf<string>();
    // @ts-expect-error a key that English ui.yaml does not define
    text(bundle, "common.doesNotExist");
  });

  it("types query options from the vocabularies", () => {
    expectTypeOf(signs(bundle, { audience: "youth", category: "labour" })).toEqualTypeOf<Sign[]>();
    // @ts-expect-error "teens" is not an audience
    signs(bundle, { audience: "teens" });
    // @ts-expect-error "abuse" is not a sign category
    signs(bundle, { category: "abuse" });
    expectTypeOf(contacts(bundle, { region: "CA-ON" })).toEqualTypeOf<Contact[]>();
  });

  it("returns partner contacts as Contacts, with problems as path and message", () => {
    const result = parsePartnerContacts([]);
    expectTypeOf(result.contacts).toEqualTypeOf<Contact[]>();
    expectTypeOf(result.problems).toEqualTypeOf<{ path: string; message: string }[]>();
    expectTypeOf<Contact["origin"]>().toEqualTypeOf<"lantern" | "partner">();
  });
});
