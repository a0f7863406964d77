/// A word or words from a word list, matched as whole lowercased words.
struct Phrase: Hashable, Sendable {
    let words: [String]

    init(_ text: String) {
        words = WordSequence(text).words
    }

    init(words: [String]) { self.words = words }

    /// The phrase with its first word in the usual English verb forms
    /// ("roll out" → "rolls out", "rolled out", "rolling out"), so lists only need the base form.
    var verbForms: [Phrase] {
        guard let first = words.first else { return [] }
        return Phrase.inflections(of: first).map { Phrase(words: [$0] + words.dropFirst()) }
    }

    static func inflections(of verb: String) -> [String] {
        // An array sorted and deduplicated at the end: the same list a Set would give, without
        // hashing (okr inflects every verb of words.txt at each start).
        var forms: [String] = [verb, verb + "s", verb + "ed", verb + "ing"]
        let letters = Array(verb)
        let vowels: [Character] = ["a", "e", "i", "o", "u"]
        if verb.hasSuffix("e") {
            let stem = String(verb.dropLast())
            forms += [verb + "d", stem + "ing"]
        }
        if let last = letters.last {
            if ["s", "x", "z", "h", "o"].contains(last) { forms.append(verb + "es") }
            if last == "y", letters.count > 1, !vowels.contains(letters[letters.count - 2]) {
                let stem = String(verb.dropLast())
                forms += [stem + "ies", stem + "ied"]
            }
            // Short verbs ending consonant-vowel-consonant double the last letter: ship → shipped.
            if letters.count >= 3, !vowels.contains(last), !["w", "x", "y"].contains(last),
               vowels.contains(letters[letters.count - 2]), !vowels.contains(letters[letters.count - 3]) {
                forms += [verb + String(last) + "ed", verb + String(last) + "ing"]
            }
        }
        var unique: [String] = []
        for form in forms.sorted() where form != unique.last { unique.append(form) }
        return unique
    }
}
