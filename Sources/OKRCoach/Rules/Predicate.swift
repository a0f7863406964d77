/// How a key result's main clause says something is the case at the end of
/// the period, when it does: "X is published", "the audit has started",
/// "admins can reset…", "plan agreed with finance", "libp2p has a v0 spec".
struct Predicate: Equatable, Sendable {
    /// What is the case is the team's own deliverable done or in hand: "is published", "has a v0 spec",
    /// "a migration tool exists", "the migration is complete". Otherwise a state or capability
    /// ("IPNS works over the DHT", "admins can reset…", "plan agreed"): done or not, but not a deliverable.
    var deliverable: Bool
    /// "is shorter", "gets reduced", "has increased": a number that should move, named without one.
    /// It can be checked against today, so it is a measure, not a milestone.
    var comparison = false
    /// "IPFS can quickly update…", "Opera is receiving the support they need": a capability by degree
    /// or a process under way, with no line that says when it is reached. Nothing to check.
    var open = false
    /// The participle is one of the team's own building activities: "nodes are provisioned and documented".
    /// With a number it still reports a count of deliverables.
    var madeByTeam = false

    /// Reads the clause that follows the subject starting at `head` (the first word after a label, fillers and adverbs).
    static func read(_ sequence: WordSequence, head: Int, vocabulary v: Vocabulary) -> Predicate? {
        let words = sequence.words
        guard head < words.count else { return nil }
        let participles = v.words(.participles)
        let deliverables = v.words(.deliverableNouns)
        let states = v[.milestoneStates]
        let changes = v.words(.changeVerbs)
        func isParticiple(_ word: String) -> Bool {
            participles.contains(word) || (word.utf8.count > 4 && word.endsWith("ed"))
        }
        let activities = v.words(.objectiveActivities)
        func done(_ at: Int) -> Predicate {
            Predicate(deliverable: !approvals.contains(words[at]), madeByTeam: activities.contains(words[at]))
        }
        var i = head + 1
        while i < words.count {
            let word = words[i]
            switch cues[word] {
            case .linking?:
                // "is published", "are tracked", "has started", "has been agreed", "is now live", "has a v0 spec".
                var j = i + 1
                while j < words.count, between.contains(words[j]) || WordSequence.isAdverb(words[j]) { j += 1 }
                guard j < words.count else { return nil }
                let possesses = possessive.contains(word)
                if comparatives.contains(words[j]) || changes.contains(words[j]) {
                    return Predicate(deliverable: false, comparison: true)
                }
                // "All new products have a faster transaction time than…": a comparison too.
                if possesses, j + 1 < words.count, determiners.contains(words[j]), comparatives.contains(words[j + 1]) {
                    return Predicate(deliverable: false, comparison: true)
                }
                if possesses, determiners.contains(words[j]) || deliverables.contains(words[j]) {
                    return Predicate(deliverable: true)
                }
                if isParticiple(words[j]) { return done(j) }
                if !possesses, words[j].utf8.count > 4, words[j].endsWith("ing") {
                    return Predicate(deliverable: false, open: true)
                }
                if sequence.matchesAny(states, at: j) {
                    return Predicate(deliverable: words[head..<i].contains { deliverables.contains($0) })
                }
                // "IPNS is functional", "go and js are interoperable", "npm on IPFS is the default registry".
                return possesses ? nil : Predicate(deliverable: false)
            case .capability?:
                // "admins can reset…", "teams are able to…".
                guard word == "can" || i + 1 < words.count && words[i + 1] == "to" else { break }
                let degree = i + 1 < words.count && WordSequence.isAdverb(words[i + 1])
                return Predicate(deliverable: false, open: degree)
            case .trend?:
                // "Platform user happiness trends in a positive direction".
                return Predicate(deliverable: false, comparison: true)
            case .existence?:
                // "A repo migration tool exists".
                return Predicate(deliverable: true)
            case nil:
                break
            }
            // "Plan agreed with finance", "Pricing page published": a participle right after the subject.
            if i <= head + 3, isParticiple(word), !words[head..<i].contains(where: { prepositions.contains($0) || startsQuantity($0) }) {
                return done(i)
            }
            // "… in place", "… available to all staff", "… on by default".
            if sequence.mayStart(states, at: i), states.starting(with: word).contains(where: { $0.words.count > 1 && sequence.matches($0, at: i) }) {
                return Predicate(deliverable: false)
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

    /// The words that can turn a clause into a predicate, looked up once per word.
    private enum Cue { case linking, capability, trend, existence }
    private static let cues: WordMap<Cue> = {
        var cues: [String: Cue] = [:]
        for word in ["is", "are", "was", "were", "be", "been", "being", "gets", "get", "got", "becomes", "become", "has", "have", "had"] {
            cues[word] = .linking
        }
        cues["can"] = .capability
        cues["able"] = .capability
        cues["trends"] = .trend
        cues["trending"] = .trend
        cues["exists"] = .existence
        cues["exist"] = .existence
        return WordMap(cues)
    }()
    private static let possessive: WordSet = ["has", "have", "had"]
    /// Words that may stand between "is" and what it is: "has been", "is now", "is not yet".
    private static let between: WordSet = ["been", "being", "now", "also", "all", "then", "still", "already", "not", "yet"]
    private static let determiners: WordSet = ["a", "an", "the", "one", "its", "their", "our", "proper", "separate", "single", "new"]
    private static let prepositions: WordSet = ["of", "for", "in", "to", "with", "by", "on", "at", "from", "who", "that", "which"]
    /// Participles that say a decision was made or work began: a milestone, but not a deliverable.
    private static let approvals: WordSet = ["agreed", "approved", "signed", "started", "begun", "accepted", "ratified", "endorsed", "kicked"]
    /// "is shorter", "are faster", "is 5 points lower": a comparison with today.
    private static let comparatives: WordSet = [
        "shorter", "faster", "higher", "lower", "fewer", "less", "more", "better", "quicker", "smaller", "larger", "greater", "cheaper",
    ]
}
