/// How a key result's main clause says something is the case at the end of
/// the period, when it does: "X is published", "the audit has started",
/// "admins can reset…", "plan agreed with finance", "… in place".
struct Predicate: Equatable, Sendable {
    /// The state is the team's own deliverable done: "published", "launched", "documented".
    var deliverable: Bool
    /// "are tracked", "is instrumented": a passive that says something was done to a thing, not by people.
    var passive: Bool
    /// "is shorter", "gets reduced", "has increased": a number that should move, named without one.
    /// It can be checked against today, so it is a measure, not a milestone.
    var comparison = false

    /// Reads the clause from `head` (the first word after fillers and adverbs) up to the first number.
    static func read(_ sequence: WordSequence, head: Int, vocabulary v: Vocabulary) -> Predicate? {
        let words = sequence.words
        let end = words[head...].firstIndex { Predicate.startsQuantity($0) } ?? words.count
        guard head < end else { return nil }
        let participles = v.words(.participles)
        let activities = v.words(.krActivities)
        let states = v[.milestoneStates]
        let changes = v.words(.changeVerbs)
        func isParticiple(_ word: String) -> Bool {
            participles.contains(word) || (word.utf8.count > 4 && word.hasSuffix("ed"))
        }
        func deliverable(_ at: Int) -> Bool {
            activities.contains(words[at]) || sequence.matchesAny(v[.krDeliverables], at: at)
        }
        var i = head + 1
        while i < end {
            let word = words[i]
            // "is published", "are tracked", "has started", "has been agreed", "is now live", "is on by default".
            if Predicate.linking.contains(word) {
                var j = i + 1
                while j < end, Predicate.between.contains(words[j]) || (words[j].utf8.count > 4 && words[j].hasSuffix("ly")) { j += 1 }
                guard j < end else { return nil }
                if Predicate.comparatives.contains(words[j]) || changes.contains(words[j]) {
                    return Predicate(deliverable: false, passive: false, comparison: true)
                }
                if isParticiple(words[j]) {
                    return Predicate(deliverable: deliverable(j), passive: true)
                }
                if sequence.matchesAny(states, at: j) { return Predicate(deliverable: false, passive: false) }
                return nil
            }
            // "admins can reset…", "teams are able to…".
            if word == "can" || (word == "able" && i + 1 < end && words[i + 1] == "to") {
                return Predicate(deliverable: false, passive: false)
            }
            // "Plan agreed with finance", "Pricing page published": a participle right after the subject.
            if i <= head + 3, isParticiple(words[i]), !Predicate.prepositions.contains(words[i - 1]),
               !words[head..<i].contains(where: { Predicate.prepositions.contains($0) }) {
                return Predicate(deliverable: deliverable(i), passive: true)
            }
            // "… in place", "… available to all staff", "… on by default".
            if states.starting(with: word).contains(where: { $0.words.count > 1 && sequence.matches($0, at: i) }) {
                return Predicate(deliverable: false, passive: false)
            }
            i += 1
        }
        return nil
    }

    /// A number, or a word that stands for one, starts the measured part of a statement.
    static func startsQuantity(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        return (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) || QuantityScanner.numberWords[word] != nil
    }

    /// "is shorter", "are faster", "is 5 points lower": a comparison with today.
    private static let comparatives: WordSet = [
        "shorter", "faster", "higher", "lower", "fewer", "less", "more", "better", "quicker", "smaller", "larger", "greater", "cheaper",
    ]
    private static let linking: WordSet = ["is", "are", "was", "were", "be", "been", "being", "gets", "get", "got", "becomes", "become", "has", "have", "had"]
    /// Words that may stand between "is" and what it is: "has been", "is now", "is not yet".
    private static let between: WordSet = ["been", "being", "now", "also", "all", "then", "still", "already", "formally"]
    private static let prepositions: WordSet = ["of", "for", "in", "to", "with", "by", "on", "at", "from", "who", "that", "which"]
}
