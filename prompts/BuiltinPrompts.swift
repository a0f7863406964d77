/// The prompt files of this folder, compiled into the binary so okr works
/// from any folder. `okr --prompts DIR` reads edited copies instead.
public enum BuiltinPrompts {
    /// File name → UTF-8 contents.
    public static let files: [String: [UInt8]] = [
        "rules.txt": PackageResources.rules_txt,
        "words.txt": PackageResources.words_txt,
        "workshop.txt": PackageResources.workshop_txt,
    ]
}
