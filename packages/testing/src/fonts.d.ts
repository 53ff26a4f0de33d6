/** The pinned font packages, the family each gives, and what it stands for. */
export declare const PINNED_FONTS: ReadonlyArray<{ package: string; family: string; role: string }>;
/** A WOFF 1.0 file back to the TrueType/OpenType font it wraps. */
export declare function woffToSfnt(woff: Buffer): Buffer;
/** Converts the pinned fonts once and returns the path of a fontconfig file naming only them. */
export declare function pinnedFontconfig(): string;
